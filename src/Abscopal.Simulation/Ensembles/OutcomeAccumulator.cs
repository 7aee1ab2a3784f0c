using Abscopal.Numerics.Statistics;
using Abscopal.Simulation.Readouts;

namespace Abscopal.Simulation.Ensembles;

/// <summary>
/// Streaming, exactly mergeable totals of <see cref="PatientOutcome"/>s (one trial arm, one subgroup): response, abscopal
/// response and disease-control counts, the progression-free survival table, and lymphopenia grades; a few hundred numbers
/// however many patients are added.
/// </summary>
public sealed class OutcomeAccumulator : IMergeable<OutcomeAccumulator>
{
    // The ALC nadir is summed in fixed point (1/1024 cells/µL) so that the sum, and thus the mean, is exact and independent of the order of addition.
    private const double AlcScale = 1024;
    private readonly long[] _grades = new long[5];
    private long _alcSum;
    private long _alcCount;

    /// <summary>Objective responses (confirmed CR or PR, as the read-out was asked) among all patients.</summary>
    public ProportionAccumulator Responses { get; } = new();

    /// <summary>Abscopal responses (CR or PR of the non-irradiated lesions) among patients who have non-irradiated lesions.</summary>
    public ProportionAccumulator AbscopalResponses { get; } = new();

    /// <summary>Disease control (CR, PR or SD as best response) among all patients.</summary>
    public ProportionAccumulator DiseaseControl { get; } = new();

    /// <summary>Progression-free survival: days to progression (event) or to the last assessment (censored).</summary>
    public SurvivalTableBuilder ProgressionFree { get; } = new();

    /// <summary>Patients added.</summary>
    public long Patients => Responses.Trials;

    /// <summary>Patients by CTCAE v5.0 grade (0–4) of their ALC nadir; index = grade.</summary>
    public IReadOnlyList<long> LymphopeniaGrades => _grades;

    /// <summary>Mean ALC nadir, in cells/µL (exact to 1/1024 cells/µL per patient), or NaN when no patient has a lymphocyte count.</summary>
    public double MeanAlcNadir => _alcCount == 0 ? double.NaN : _alcSum / AlcScale / _alcCount;

    /// <summary>Adds one patient's outcome.</summary>
    public void Add(PatientOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        Responses.Add(outcome.IsObjectiveResponse);
        DiseaseControl.Add(outcome.IsDiseaseControl);
        if (outcome.AbscopalResponse is not null)
        {
            AbscopalResponses.Add(outcome.IsAbscopalResponse);
        }

        ProgressionFree.Add(outcome.PfsDays, outcome.Progressed);
        if (outcome.AlcNadir is { } nadir)
        {
            _grades[nadir.CtcaeGrade]++;
            _alcSum += (long)Math.Round(nadir.CellsPerMicroliter * AlcScale);
            _alcCount++;
        }
    }

    /// <inheritdoc/>
    public void Merge(OutcomeAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Responses.Merge(other.Responses);
        AbscopalResponses.Merge(other.AbscopalResponses);
        DiseaseControl.Merge(other.DiseaseControl);
        ProgressionFree.Merge(other.ProgressionFree);
        for (var g = 0; g < _grades.Length; g++)
        {
            _grades[g] += other._grades[g];
        }

        _alcSum += other._alcSum;
        _alcCount += other._alcCount;
    }
}
