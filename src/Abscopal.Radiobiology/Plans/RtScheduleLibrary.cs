using System.Collections.ObjectModel;

namespace Abscopal.Radiobiology.Plans;

/// <summary>Named radiotherapy schedules used for breast cancer and in immunoradiotherapy trials, each with its source.</summary>
public static class RtScheduleLibrary
{
    private static readonly NamedRtSchedule[] s_schedules =
    [
        new("50Gy/25", new FractionSchedule(2, 25), "conventional whole-breast control arm of START-B (START Trialists' Group 2008, Lancet 371:1098)"),
        new("40Gy/15", new FractionSchedule(40.0 / 15, 15), "START-B (START Trialists' Group 2008, Lancet 371:1098; Haviland 2013, Lancet Oncol 14:1086) [check: SCIENCE.md §2]"),
        new("26Gy/5", new FractionSchedule(5.2, 5), "FAST-Forward (Brunt et al. 2020, Lancet 395:1613): 5-year local relapse 1.4% vs 2.1% for 40 Gy/15"),
        new("30Gy/5", new FractionSchedule(6, 5), "SBRT of oligometastases in immunoradiotherapy trials (SCIENCE.md §2)"),
        new("8Gyx3", new FractionSchedule(8, 3), "TONIC induction (Voorwerk et al. 2019, Nat Med 25:920); TSA mice 8 Gy × 3 + anti-CTLA-4 (Vanpouille-Box et al. 2017, Nat Commun 8:15618)"),
        new("6Gyx5", new FractionSchedule(6, 5), "6 Gy × 5 + anti-CTLA-4 in TSA mice (Dewan et al. 2009, Clin Cancer Res 15:5379) [check: recalled]; immune-oriented SBRT (SCIENCE.md §2)"),
        new("20Gyx1", new FractionSchedule(20, 1), "20 Gy × 1 + anti-CTLA-4 in TSA mice (Dewan et al. 2009, Clin Cancer Res 15:5379) [check: recalled]; SCIENCE.md §2"),
        new("8Gyx1", new FractionSchedule(8, 1), "single-fraction palliation of bone metastases (Hartsell et al. 2005, J Natl Cancer Inst 97:798, RTOG 97-14) [check: recalled]"),
    ];

    /// <summary>Every named schedule.</summary>
    public static ReadOnlyCollection<NamedRtSchedule> All { get; } = Array.AsReadOnly(s_schedules);

    /// <summary>The schedule named <paramref name="name"/> (case-insensitive, "×" accepted for "x"), or null.</summary>
    public static NamedRtSchedule? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string key = name.Trim().Replace('×', 'x').Replace(" ", string.Empty, StringComparison.Ordinal);
        return s_schedules.FirstOrDefault(s => string.Equals(s.Name, key, StringComparison.OrdinalIgnoreCase));
    }
}
