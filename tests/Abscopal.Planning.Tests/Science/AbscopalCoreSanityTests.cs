using Abscopal.Models;
using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Planning.Evaluation;
using Abscopal.Planning.Problems;
using Abscopal.Planning.Search;
using Abscopal.Planning.Uncertainty;

namespace Abscopal.Planning.Tests.Science;

/// <summary>
/// The planner against the science of SCIENCE.md §1 on abscopal-core: each test first asks the model, on the planner's own
/// samples, whether the mechanism holds for this patient, then checks that the planner follows it. Few samples keep CI short.
/// </summary>
public class AbscopalCoreSanityTests
{
    private const int Samples = 6;

    // A "cold" TNBC patient (TILs 1%): the drug alone rarely shrinks the lesions, so any response needs RT priming.
    private static readonly Patient s_patient = new(
        HostSpecies.Human,
        65,
        [Lesion.FromDiameter("liver1", AnatomicSite.Liver, 30), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 20)],
        BreastCancerSubtype.TripleNegative,
        biomarkers: new Biomarkers { TilsPercent = 1, PdL1Cps = 1 });

    private static PlanningProblem Problem(int[] fractions, double[] offsets) =>
        new(s_patient, [RegimenLibrary.Find("pembrolizumab-200mg-q3w")!])
        {
            Fractions = [.. fractions],
            DosePerFraction = new DoseRange(6, 20),
            DrugStartDaysRelativeToRt = [.. offsets],
            Objective = PlanningObjective.AbscopalResponseProbability,
            UncertaintySamples = Samples,
            HorizonDays = 168,
        };

    private static readonly PlannerOptions s_options = new() { DoseGridPoints = 3, RefineTop = 1, RefineIterations = 3, RefineSamples = Samples, BandPlans = 0 };

    private static (double Abscopal, double Depth) Mean(PlanningProblem problem, string target, int fractions, double dose, double offset)
    {
        var evaluator = new ModelPlanEvaluator(BuiltinModels.AbscopalCore, s_patient, problem.HorizonDays);
        var prior = new VirtualPopulationPrior(s_patient);
        var plan = new CandidateSpace(problem).Build(problem.Regimens[0], [target], fractions, dose, offset);
        var outcomes = Enumerable.Range(0, Samples).Select(i => evaluator.Evaluate(plan, prior.Draw(s_options.Seed, i))).ToArray();
        return (outcomes.Average(o => o.AbscopalResponse ? 1.0 : 0), outcomes.Average(o => o.BestChange));
    }

    [Fact]
    public void The_Top_Plan_Avoids_Single_Fractions_Above_The_Trex1_Threshold_When_The_Model_Favours_Sub_Threshold_Doses()
    {
        // Given single fractions from 6 to 20 Gy (and 3 fractions), and the model's own verdict on these samples that
        // 3 × 8 Gy (sub-threshold, Vanpouille-Box 2017) is at least as good as 1 × 20 Gy (above abscopal-core's dT = 15 Gy)
        var problem = Problem([1, 3], [0]);
        var sub = Mean(problem, "liver1", 3, 8, 0);
        var above = Mean(problem, "liver1", 1, 20, 0);
        Assert.True(sub.Abscopal > above.Abscopal || (sub.Abscopal == above.Abscopal && sub.Depth <= above.Depth), $"abscopal-core disagrees: 3×8 Gy {sub}, 1×20 Gy {above}");

        // When planning
        var result = TreatmentPlanner.Plan(problem, s_options);

        // Then the top plan gives no single fraction above 15 Gy
        var top = result.Plans[0].Plan;
        Assert.False(top.Fractions == 1 && top.DosePerFractionGy > 15, $"top plan {top.Describe()}");
    }

    [Fact]
    public void Concurrent_Drug_Beats_Drug_After_Rt_When_The_Model_Says_So()
    {
        // Given the drug with the first fraction or 21 days after, and the model's verdict on these samples for 3 × 8 Gy to liver1
        var problem = Problem([3], [0, 21]);
        var concurrent = Mean(problem, "liver1", 3, 8, 0);
        var after = Mean(problem, "liver1", 3, 8, 21);
        Assert.True(concurrent.Abscopal > after.Abscopal || (concurrent.Abscopal == after.Abscopal && concurrent.Depth < after.Depth), $"abscopal-core does not favour concurrent: {concurrent} vs {after}");

        // When planning
        var result = TreatmentPlanner.Plan(problem, s_options);

        // Then the top plan starts the drug with RT, and its timing table ranks concurrent at least as high as after
        Assert.Equal(0, result.Plans[0].Plan.DrugStartDaysRelativeToRt);
        Assert.True(result.Timing.Single(t => t.DrugStartDaysRelativeToRt == 0).Objective >= result.Timing.Single(t => t.DrugStartDaysRelativeToRt == 21).Objective);
    }
}
