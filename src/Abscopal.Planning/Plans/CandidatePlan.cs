using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;

namespace Abscopal.Planning.Plans;

/// <summary>
/// A candidate treatment: radiotherapy courses (one per irradiated lesion, all with the same fractions on the same days) and
/// drug regimens, as the scenario file's <c>treatment.radiotherapy</c> and <c>treatment.drugs</c> items.
/// </summary>
public sealed record CandidatePlan
{
    /// <summary>Creates a plan.</summary>
    /// <param name="radiotherapy">Courses, one per irradiated lesion (may be empty: drug alone).</param>
    /// <param name="drugs">Drug regimens (may be empty: RT alone).</param>
    /// <param name="drugStartDaysRelativeToRt">Days from the first fraction to the first drug dose; null without RT or drug.</param>
    /// <param name="regimenName">Name of the drug regimen the drugs follow, or null.</param>
    public CandidatePlan(IEnumerable<RtCourse> radiotherapy, IEnumerable<DrugRegimen> drugs, double? drugStartDaysRelativeToRt = null, string? regimenName = null)
    {
        ArgumentNullException.ThrowIfNull(radiotherapy);
        ArgumentNullException.ThrowIfNull(drugs);
        Radiotherapy = [.. radiotherapy];
        Drugs = [.. drugs];
        DrugStartDaysRelativeToRt = drugStartDaysRelativeToRt;
        RegimenName = regimenName;
        Key = BuildKey();
    }

    /// <summary>Radiotherapy courses, one per irradiated lesion, in the patient's lesion order.</summary>
    public ImmutableArray<RtCourse> Radiotherapy { get; }

    /// <summary>Drug regimens.</summary>
    public ImmutableArray<DrugRegimen> Drugs { get; }

    /// <summary>Days from the first fraction to the first drug dose (negative: drug first), or null.</summary>
    public double? DrugStartDaysRelativeToRt { get; }

    /// <summary>The named regimen the drugs follow, or null.</summary>
    public string? RegimenName { get; }

    /// <summary>A text that identifies the plan and orders ties deterministically, e.g. "rt liver1 3x8Gy d7 | pembrolizumab-200mg-q3w +0d".</summary>
    public string Key { get; }

    /// <summary>The discrete choice without the dose: regimen, targets, fraction number and drug start, e.g. "pembrolizumab-200mg-q3w | liver1 | 3 fx | +0 d".</summary>
    public string ChoiceKey => string.Create(CultureInfo.InvariantCulture, $"{RegimenName} | {string.Join("+", Targets)} | {Fractions} fx | {DrugStartDaysRelativeToRt:+0.##;-0.##;0} d");

    /// <summary>Ids of the irradiated lesions.</summary>
    public IEnumerable<string> Targets => Radiotherapy.Select(c => c.TargetLesion);

    /// <summary>Number of fractions per irradiated lesion (0 without RT).</summary>
    public int Fractions => Radiotherapy.IsEmpty ? 0 : Radiotherapy[0].Schedule.Fractions;

    /// <summary>Dose per fraction, in Gy (0 without RT).</summary>
    public double DosePerFractionGy => Radiotherapy.IsEmpty ? 0 : Radiotherapy[0].Schedule.DosePerFractionGy;

    /// <summary>The plan for a body weight of <paramref name="weightKg"/> kg, as the simulator takes it.</summary>
    public TreatmentPlan ToTreatmentPlan(double weightKg) => new(weightKg, Radiotherapy, Drugs);

    /// <summary>A short description, e.g. "8 Gy × 3 to liver1; pembrolizumab 200 mg q21d from day 7 (with RT)".</summary>
    public string Describe()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        if (Radiotherapy.IsEmpty)
        {
            text.Append("no radiotherapy");
        }
        else
        {
            text.Append(c, $"{DosePerFractionGy:0.##} Gy × {Fractions} to {string.Join(" and ", Targets)} from day {Radiotherapy[0].StartDay:0.#}");
        }

        foreach (var drug in Drugs)
        {
            text.Append(c, $"; {drug.Drug} {drug.Dose} every {drug.IntervalDays:0.#} d from day {drug.StartDay:0.#}");
            if (DrugStartDaysRelativeToRt is { } offset && !Radiotherapy.IsEmpty)
            {
                text.Append(offset switch
                {
                    0 => " (with the first fraction)",
                    < 0 => string.Create(c, $" ({-offset:0.#} d before RT)"),
                    _ => string.Create(c, $" ({offset:0.#} d after RT starts)"),
                });
            }
        }

        if (Drugs.IsEmpty)
        {
            text.Append("; no drug");
        }

        return text.ToString();
    }

    private string BuildKey()
    {
        var c = CultureInfo.InvariantCulture;
        var key = new StringBuilder();
        foreach (var course in Radiotherapy)
        {
            key.Append(c, $"rt {course.TargetLesion} {course.Schedule.Fractions}x{course.Schedule.DosePerFractionGy:R}Gy d{course.StartDay:R}; ");
        }

        foreach (var drug in Drugs)
        {
            key.Append(c, $"{drug.Drug} {drug.Dose} d{drug.StartDay:R} q{drug.IntervalDays:R} x{drug.Cycles}; ");
        }

        return key.Length == 0 ? "untreated" : key.ToString(0, key.Length - 2);
    }
}
