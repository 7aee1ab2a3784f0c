using System.Collections.ObjectModel;

namespace Abscopal.Pharmacology.Regimens;

/// <summary>Named checkpoint-inhibitor regimens: the labels' clinical schedules and the mouse schedules of the papers in SCIENCE.md.</summary>
public static class RegimenLibrary
{
    private static readonly NamedDrugRegimen[] s_regimens =
    [
        new("pembrolizumab-200mg-q3w", "pembrolizumab", DrugDose.Flat(200), 21, null, "KEYTRUDA US label §2 (200 mg every 3 weeks, up to 24 months)"),
        new("pembrolizumab-400mg-q6w", "pembrolizumab", DrugDose.Flat(400), 42, null, "KEYTRUDA US label §2 (400 mg every 6 weeks)"),
        new("atezolizumab-840mg-q2w", "atezolizumab", DrugDose.Flat(840), 14, null, "TECENTRIQ US label §2 (840 mg every 2 weeks)"),
        new("atezolizumab-1200mg-q3w", "atezolizumab", DrugDose.Flat(1200), 21, null, "TECENTRIQ US label §2 (1200 mg every 3 weeks)"),
        new("atezolizumab-1680mg-q4w", "atezolizumab", DrugDose.Flat(1680), 28, null, "TECENTRIQ US label §2 (1680 mg every 4 weeks)"),
        new("nivolumab-240mg-q2w", "nivolumab", DrugDose.Flat(240), 14, null, "OPDIVO US label §2 (240 mg every 2 weeks)"),
        new("nivolumab-480mg-q4w", "nivolumab", DrugDose.Flat(480), 28, null, "OPDIVO US label §2 (480 mg every 4 weeks)"),
        new("durvalumab-1500mg-q4w", "durvalumab", DrugDose.Flat(1500), 28, null, "IMFINZI US label §2 (1500 mg every 4 weeks, ≥ 30 kg)"),
        new("ipilimumab-3mgkg-q3w-x4", "ipilimumab", DrugDose.PerKg(3), 21, 4, "YERVOY US label §2 (melanoma: 3 mg/kg every 3 weeks, 4 doses)"),
        new("ipilimumab-1mgkg-q3w-x4", "ipilimumab", DrugDose.PerKg(1), 21, 4, "YERVOY US label §2 (with nivolumab: 1 mg/kg every 3 weeks, 4 doses; CheckMate 067)"),
        new("murine-anti-pd-l1-10mgkg-3x-week", "murine-anti-pd-l1", DrugDose.PerKg(10), 7, 3, "Dovedi et al. 2014, Cancer Res 74:5458 (CT26: anti-PD-L1 10 mg/kg three times a week for up to 3 weeks; SCIENCE.md §3)", [0.0, 2.0, 4.0]),
        new("murine-anti-pd-1-10mgkg-3x-week", "murine-anti-pd-1", DrugDose.PerKg(10), 7, 3, "Dovedi et al. 2014, Cancer Res 74:5458 (anti-PD-1 in the same schedule as anti-PD-L1) [check: recalled]", [0.0, 2.0, 4.0]),
        new("murine-anti-pd-l1-10mgkg-q3d-x4", "murine-anti-pd-l1", DrugDose.PerKg(10), 3, 4, "Deng et al. 2014, J Clin Invest 124:687 (TUBO: 200 µg ≈ 10 mg/kg i.p. every 3 days, 4 doses) [check: recalled]"),
        new("murine-anti-ctla-4-10mgkg-q3d-x3", "murine-anti-ctla-4", DrugDose.PerKg(10), 3, 3, "Demaria et al. 2005, Clin Cancer Res 11:728 (4T1: 9H10 200 µg ≈ 10 mg/kg i.p., 3 doses 3 days apart) [check: recalled]"),
        new("murine-anti-ctla-4-vanpouille-box-2017", "murine-anti-ctla-4", DrugDose.PerKg(10), 3, 3, "Vanpouille-Box et al. 2017, Nat Commun 8:15618 (TSA: 9H10 200 µg ≈ 10 mg/kg i.p. after 8 Gy × 3, 3 doses 3 days apart) [check: recalled]"),
    ];

    /// <summary>The default body weight of a mouse, in kg (20 g), used to turn mg/kg into mg.</summary>
    public const double MouseWeightKg = 0.020;

    /// <summary>Every named regimen.</summary>
    public static ReadOnlyCollection<NamedDrugRegimen> All { get; } = Array.AsReadOnly(s_regimens);

    /// <summary>The regimen named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static NamedDrugRegimen? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return s_regimens.FirstOrDefault(r => string.Equals(r.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The regimens of <paramref name="drug"/>.</summary>
    public static IReadOnlyList<NamedDrugRegimen> ForDrug(string drug) =>
        s_regimens.Where(r => string.Equals(r.Drug, drug, StringComparison.OrdinalIgnoreCase)).ToArray();
}
