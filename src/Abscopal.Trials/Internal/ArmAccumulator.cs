using Abscopal.Models.Patients;
using Abscopal.Numerics.Statistics;
using Abscopal.Simulation.Ensembles;
using Abscopal.Simulation.Readouts;
using Abscopal.Trials.Endpoints;

namespace Abscopal.Trials.Internal;

/// <summary>Exactly mergeable totals of one arm: all patients, each biomarker subgroup, preclinical responders, failures, and optionally the rows.</summary>
internal sealed class ArmAccumulator(bool keepRows) : IMergeable<ArmAccumulator>
{
    /// <summary>The biomarker subgroups, with their membership test.</summary>
    public static readonly (string Name, Func<Biomarkers, bool> Test)[] SubgroupTests =
    [
        ("pdl1_cps<1", b => b.PdL1Cps < 1),
        ("pdl1_cps>=1", b => b.PdL1Cps >= 1),
        ("pdl1_cps>=10", b => b.PdL1Cps >= 10),
        ("tils<10", b => b.TilsPercent < 10),
        ("tils>=10", b => b.TilsPercent >= 10),
        ("alc<1000", b => b.AlcPerMicrolitre < 1000),
        ("alc>=1000", b => b.AlcPerMicrolitre >= 1000),
    ];

    public OutcomeAccumulator All { get; } = new();

    public OutcomeAccumulator[] Subgroups { get; } = [.. SubgroupTests.Select(_ => new OutcomeAccumulator())];

    public ProportionAccumulator Responders { get; } = new();

    public long Failures { get; private set; }

    public List<PatientRecord>? Rows { get; } = keepRows ? [] : null;

    public void Add(PatientRecord record)
    {
        All.Add(record.Outcome);
        for (var g = 0; g < SubgroupTests.Length; g++)
        {
            if (SubgroupTests[g].Test(record.Biomarkers))
            {
                Subgroups[g].Add(record.Outcome);
            }
        }

        if (record.Responder is { } r)
        {
            Responders.Add(r);
        }

        Rows?.Add(record);
    }

    public void AddFailure() => Failures++;

    public void Merge(ArmAccumulator other)
    {
        All.Merge(other.All);
        for (var g = 0; g < Subgroups.Length; g++)
        {
            Subgroups[g].Merge(other.Subgroups[g]);
        }

        Responders.Merge(other.Responders);
        Failures += other.Failures;
        if (Rows is not null && other.Rows is not null)
        {
            Rows.AddRange(other.Rows);
        }
    }
}
