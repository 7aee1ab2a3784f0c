using System.Collections.Immutable;
using Abscopal.Models.Patients;
using Abscopal.Numerics.Random;
using Abscopal.Planning.Evaluation;
using Abscopal.Planning.Plans;
using Abscopal.Planning.Uncertainty;

namespace Abscopal.Planning.Tests;

/// <summary>
/// A stand-in model whose best schedule is known in closed form. Efficacy E = n·d·exp(−d/d*) × timing × site, maximal
/// over d at d = d* (dE/dd = n·exp(−d/d*)(1 − d/d*) = 0), increasing in n, largest with the drug given with RT (timing 1,
/// before 0.9, after 0.8) and for a lung target (×1.2). A sample responds when E exceeds its threshold θ, drawn uniform
/// in [0, θmax) from the sample's own random stream; the ALC nadir is ALC₀ − 20·n·d cells/µL per target, with ALC₀ = 1500
/// cells/µL, or uniform in [1500 − spread, 1500 + spread) when an ALC spread is given (drawn after θ from the same stream).
/// </summary>
internal sealed class StandIn : IPlanEvaluator, IPatientPrior
{
    public const double OptimalDoseGy = 7.3;

    public StandIn(double thresholdMax = 40, double alcSpread = 0)
    {
        ThresholdMax = thresholdMax;
        AlcSpread = alcSpread;
    }

    public double ThresholdMax { get; }

    public double AlcSpread { get; }

    public string Description => "stand-in thresholds θ ~ U(0, θmax)";

    public static Patient Patient(params AnatomicSite[] sites) =>
        new(HostSpecies.Human, 70, sites.Select((s, i) => Lesion.FromDiameter($"{s.ToString().ToLowerInvariant()}{i + 1}", s, 20)));

    public static double Efficacy(CandidatePlan plan)
    {
        if (plan.Radiotherapy.IsEmpty)
        {
            return 0.5;
        }

        var d = plan.DosePerFractionGy;
        var timing = plan.DrugStartDaysRelativeToRt switch { 0 => 1.0, < 0 => 0.9, _ => 0.8 };
        var site = plan.Targets.Any(t => t.StartsWith("lung", StringComparison.Ordinal)) ? 1.2 : 1.0;
        return plan.Fractions * d * Math.Exp(-d / OptimalDoseGy) * timing * site;
    }

    public static double AlcNadir(CandidatePlan plan) => 1500 - (20 * plan.Fractions * plan.DosePerFractionGy * plan.Radiotherapy.Length);

    public static double AlcNadir(CandidatePlan plan, ParameterSample sample) => AlcNadir(plan) - 1500 + sample.Parameters["alc0"];

    public ParameterSample Draw(ulong seed, int sampleIndex)
    {
        var stream = new RandomStream(seed, (ulong)sampleIndex, 7);
        var theta = ThresholdMax * stream.NextDouble();
        var alc0 = 1500 + (AlcSpread * ((2 * stream.NextDouble()) - 1));
        return new ParameterSample(sampleIndex, ImmutableDictionary<string, double>.Empty.Add("theta", theta).Add("alc0", alc0));
    }

    public PlanOutcome Evaluate(CandidatePlan plan, ParameterSample sample)
    {
        var e = Efficacy(plan);
        var responds = e > sample.Parameters["theta"];
        return new PlanOutcome(responds, responds && plan.Radiotherapy.Length > 0, responds ? 252 : 100 + e, AlcNadir(plan, sample), -e / 100);
    }

    public PlanTrajectory? Trajectory(CandidatePlan plan, ParameterSample sample) => null;
}
