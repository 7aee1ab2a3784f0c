using System.Collections.Immutable;
using Abscopal.Models;
using Abscopal.Models.Patients;
using Abscopal.Planning.Plans;
using Abscopal.Planning.Uncertainty;
using Abscopal.Simulation;
using Abscopal.Simulation.Readouts;

namespace Abscopal.Planning.Evaluation;

/// <summary>Scores plans by simulating a built-in model (abscopal-core) for the patient, with RECIST 1.1 and ALC read-outs.</summary>
public sealed class ModelPlanEvaluator : IPlanEvaluator
{
    /// <summary>Assessment interval, in days: a scan every 6 weeks, a common schedule in metastatic breast-cancer trials (assumed; RECIST 1.1 leaves it to the protocol).</summary>
    public const double DefaultAssessmentEveryDays = 42;

    private readonly SimulationRequest _template;
    private readonly double[] _assessmentDays;
    private readonly bool[] _lymphNode;

    /// <summary>Creates an evaluator for <paramref name="model"/>, <paramref name="patient"/> and a horizon of <paramref name="horizonDays"/> days.</summary>
    /// <param name="model">The built-in model.</param>
    /// <param name="patient">The patient.</param>
    /// <param name="horizonDays">Simulated days from baseline; &gt; 0.</param>
    /// <param name="assessmentEveryDays">Days between RECIST assessments; &gt; 0.</param>
    public ModelPlanEvaluator(BuiltinModel model, Patient patient, double horizonDays, double assessmentEveryDays = DefaultAssessmentEveryDays)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(assessmentEveryDays);
        Patient = patient;

        // Daily output for the ALC nadir and the curves; the solver tolerances are looser than the simulate default: the
        // read-outs (RECIST categories at 30%/20% thresholds, nadir in cells/µL) do not need 1e-6.
        _template = SimulationRequest.For(model) with
        {
            Patient = patient,
            Options = new SimulationOptions { Days = horizonDays, OutputEveryDays = 1, RelativeTolerance = 1e-5, AbsoluteTolerance = 1e-7 },
        };
        var days = new List<double>();
        for (var t = 0.0; t < horizonDays - 1e-9; t += assessmentEveryDays)
        {
            days.Add(t);
        }

        days.Add(horizonDays);
        _assessmentDays = [.. days];
        _lymphNode = [.. patient.Lesions.Select(l => l.Site == AnatomicSite.LymphNode)];
    }

    /// <summary>The patient.</summary>
    public Patient Patient { get; }

    /// <summary>RECIST assessment days, from 0 (baseline) to the horizon.</summary>
    public IReadOnlyList<double> AssessmentDays => _assessmentDays;

    /// <inheritdoc/>
    public PlanOutcome Evaluate(CandidatePlan plan, ParameterSample sample)
    {
        var (result, lesions, overall, abscopal) = Run(plan, sample);
        _ = lesions;
        var best = 0.0;
        foreach (var change in overall.ChangeFromBaseline)
        {
            best = Math.Min(best, change);
        }

        var nadir = result.AlcPerMicrolitre is { } alc ? alc.Min() : double.NaN;
        return new PlanOutcome(
            IsResponse(overall.BestOverallResponse),
            abscopal is not null && !plan.Radiotherapy.IsEmpty && IsResponse(abscopal.BestOverallResponse),
            overall.TimeToProgressionDays ?? _template.Options.Days,
            nadir,
            best);
    }

    /// <inheritdoc/>
    public PlanTrajectory? Trajectory(CandidatePlan plan, ParameterSample sample)
    {
        var (result, _, overall, _) = Run(plan, sample);
        return new PlanTrajectory(
            [.. result.Times],
            [.. result.Lesions.Select(l => l.Id)],
            [.. result.Lesions.Select(l => l.Irradiated)],
            [.. result.Lesions.Select(l => ImmutableArray.Create(l.DiameterMm))],
            [.. overall.Lesions.Select(l => IsResponse(l.BestResponse))],
            result.AlcPerMicrolitre is { } alc ? [.. alc] : null);
    }

    private static bool IsResponse(RecistResponse response) => response is RecistResponse.CompleteResponse or RecistResponse.PartialResponse;

    private (PatientSimulation Result, LesionSeries[] Lesions, RecistEvaluation Overall, RecistEvaluation? Abscopal) Run(CandidatePlan plan, ParameterSample sample)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(sample);

        // A sample may carry the patient with drawn biomarkers (a virtual twin): same lesions, so the same assessments apply.
        var result = Simulator.Run(_template with { Patient = sample.Patient ?? Patient, Plan = plan.ToTreatmentPlan(Patient.WeightKg), Parameters = sample.Parameters });
        var lesions = new LesionSeries[result.Lesions.Length];
        for (var i = 0; i < lesions.Length; i++)
        {
            var l = result.Lesions[i];
            var diameters = new double[_assessmentDays.Length];
            for (var k = 0; k < diameters.Length; k++)
            {
                // Output is daily from day 0, so assessment day t is row round(t) (the last row is the horizon).
                diameters[k] = l.DiameterMm[Math.Min(l.DiameterMm.Length - 1, (int)Math.Round(_assessmentDays[k]))];
            }

            lesions[i] = new LesionSeries(l.Id, diameters, l.Irradiated, _lymphNode[i]);
        }

        var overall = Recist.Evaluate(_assessmentDays, lesions);
        var abscopal = Recist.EvaluateAbscopal(_assessmentDays, lesions);
        return (result, lesions, overall, abscopal);
    }
}
