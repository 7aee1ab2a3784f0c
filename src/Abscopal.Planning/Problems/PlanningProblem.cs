using System.Collections.Immutable;
using System.Globalization;
using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Planning.Uncertainty;

namespace Abscopal.Planning.Problems;

/// <summary>
/// One patient's planning problem: the candidate space (drug regimens, targets, fraction numbers, dose per fraction, drug
/// start relative to RT), the objective, the constraints, the number of uncertainty samples and the horizon (file block
/// <c>planning:</c>, docs/planning.md).
/// </summary>
public sealed record PlanningProblem
{
    /// <summary>Creates a problem for <paramref name="patient"/> with the given drug regimens to consider (at least one).</summary>
    public PlanningProblem(Patient patient, IEnumerable<NamedDrugRegimen> regimens)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(regimens);
        Patient = patient;
        Regimens = [.. regimens];
        if (Regimens.IsEmpty || Regimens.Any(r => r is null))
        {
            throw new ArgumentException("drugs: give at least one regimen to consider.", nameof(regimens));
        }
    }

    /// <summary>The patient, with lesions and biomarkers.</summary>
    public Patient Patient { get; }

    /// <summary>Drug regimens to consider; each candidate gives one of them, started at one of <see cref="DrugStartDaysRelativeToRt"/>.</summary>
    public ImmutableArray<NamedDrugRegimen> Regimens { get; }

    /// <summary>Most lesions one plan irradiates (at least 1).</summary>
    public int MaxIrradiatedLesions { get; init => field = value >= 1 ? value : throw Bad(nameof(MaxIrradiatedLesions), value, "max_irradiated_lesions must be ≥ 1"); } = 1;

    /// <summary>Fraction numbers to consider, each in [1, 50].</summary>
    public ImmutableArray<int> Fractions { get; init => field = !value.IsDefaultOrEmpty && value.All(n => n is >= 1 and <= 50) ? [.. value.Distinct().Order()] : throw Bad(nameof(Fractions), value, "fractions must be a non-empty list of integers in [1, 50]"); } = [1, 3, 5];

    /// <summary>Range of dose per fraction, in Gy.</summary>
    public DoseRange DosePerFraction { get; init; } = new(3, 20);

    /// <summary>Days from the first fraction to the first drug dose to consider (negative: drug first), each in [−120, 120].</summary>
    public ImmutableArray<double> DrugStartDaysRelativeToRt { get; init => field = !value.IsDefaultOrEmpty && value.All(d => d >= -120 && d <= 120) ? [.. value.Distinct().Order()] : throw Bad(nameof(DrugStartDaysRelativeToRt), value, "drug_start_days_relative_to_rt must be a non-empty list of days in [−120, 120]"); } = [0];

    /// <summary>What to maximise.</summary>
    public PlanningObjective Objective { get; init; } = PlanningObjective.AbscopalResponseProbability;

    /// <summary>Lymphocyte and normal-tissue limits.</summary>
    public PlanningConstraints Constraints { get; init; } = PlanningConstraints.Default;

    /// <summary>Number of samples of the patient's parameters every candidate is scored on, in [1, 100000].</summary>
    public int UncertaintySamples { get; init => field = value is >= 1 and <= 100_000 ? value : throw Bad(nameof(UncertaintySamples), value, "uncertainty_samples must be in [1, 100000]"); } = 200;

    /// <summary>Simulated days from baseline (day 0), in (0, 3650].</summary>
    public double HorizonDays { get; init => field = value > 0 && value <= 3650 ? value : throw Bad(nameof(HorizonDays), value, "horizon_days must be in (0, 3650]"); } = 252;

    /// <summary>The prior the samples come from; null for <see cref="VirtualPopulationPrior"/> of the patient (the seam where a fitted posterior plugs in).</summary>
    public IPatientPrior? Prior { get; init; }

    /// <summary>Day of the first fraction, in days from baseline: late enough that the earliest drug start is on or after day 0.</summary>
    public double RtStartDay => Math.Max(0, -DrugStartDaysRelativeToRt[0]);

    private static ArgumentOutOfRangeException Bad(string name, object value, string message) =>
        new(name, value, string.Create(CultureInfo.InvariantCulture, $"{message}; got {value}."));
}
