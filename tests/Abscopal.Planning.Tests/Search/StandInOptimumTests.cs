using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Planning.Problems;
using Abscopal.Planning.Search;

namespace Abscopal.Planning.Tests.Search;

public class StandInOptimumTests
{
    private static PlanningProblem Problem(StandIn model, int samples) =>
        new(StandIn.Patient(AnatomicSite.Liver, AnatomicSite.Lung, AnatomicSite.Bone), [RegimenLibrary.Find("pembrolizumab-200mg-q3w")!])
        {
            MaxIrradiatedLesions = 1,
            Fractions = [1, 3, 5],
            DosePerFraction = new DoseRange(3, 12),
            DrugStartDaysRelativeToRt = [-7, 0, 7],
            Objective = PlanningObjective.ObjectiveResponseProbability,
            UncertaintySamples = samples,
            Prior = model,
            // A lung lesion's default organ (trachea) allows 20.2 Gy in 1 fraction and 40 Gy in 5 (TG-101): 8 Gy × 5 fits.
        };

    [Fact]
    public void The_Planner_Finds_The_Analytic_Best_Schedule()
    {
        // Given the stand-in, whose best plan is analytic: lung target, 5 fractions (the most allowed), drug with RT, d* = 7.3 Gy
        var model = new StandIn();
        var problem = Problem(model, samples: 24);

        // When the planner searches (exhaustively: 3 targets × 3 fraction numbers × 3 timings × 4 doses × 24 samples < budget), then refines the dose
        var result = TreatmentPlanner.Plan(problem, new PlannerOptions { RefineIterations = 12, RefineSamples = 24 }, model);

        // Then the top plan is the analytic optimum; the dose is d* to the 0.1-Gy rounding plus the golden-section bracket (0.618^12 × 9 Gy ≈ 0.03 Gy)
        var top = result.Plans[0].Plan;
        Assert.Equal(["lung2"], top.Targets);
        Assert.Equal(5, top.Fractions);
        Assert.Equal(0, top.DrugStartDaysRelativeToRt);
        Assert.InRange(top.DosePerFractionGy, StandIn.OptimalDoseGy - 0.15, StandIn.OptimalDoseGy + 0.15);
    }

    [Fact]
    public void Successive_Halving_Keeps_The_Analytic_Best_Schedule()
    {
        // Given the same stand-in with a budget that forces successive halving (4 samples first, then 8, 16, 32)
        var model = new StandIn();
        var problem = Problem(model, samples: 32);
        var options = new PlannerOptions { ExhaustiveBudget = 1, InitialSamples = 4, KeepFraction = 0.25, Finalists = 4, RefineIterations = 12, RefineSamples = 32 };

        // When planning
        var result = TreatmentPlanner.Plan(problem, options, model);

        // Then the optimum survives the halving and is found, with fewer simulations than the exhaustive 108 × 32
        var top = result.Plans[0].Plan;
        Assert.Equal(["lung2"], top.Targets);
        Assert.Equal(5, top.Fractions);
        Assert.Equal(0, top.DrugStartDaysRelativeToRt);
        Assert.InRange(top.DosePerFractionGy, StandIn.OptimalDoseGy - 0.15, StandIn.OptimalDoseGy + 0.15);
        Assert.True(result.Simulations < 108 * 32, $"{result.Simulations} simulations");
    }

    [Fact]
    public void The_Objective_Is_The_Share_Of_Samples_Whose_Threshold_The_Plan_Exceeds()
    {
        // Given the stand-in and its samples θ_i (seed 1)
        var model = new StandIn();
        var problem = Problem(model, samples: 24);

        // When planning
        var result = TreatmentPlanner.Plan(problem, new PlannerOptions { RefineTop = 0 }, model);

        // Then every reported probability equals the count of θ_i < E(plan) over 24, computed here independently, with the Wilson interval
        foreach (var score in result.Plans.Concat(result.StandardPlans.Select(s => s.Score)))
        {
            var e = StandIn.Efficacy(score.Plan);
            var count = Enumerable.Range(0, 24).Count(i => model.Draw(1, i).Parameters["theta"] < e);
            Assert.Equal(count / 24.0, score.Objective.Value, 12);
            var wilson = Abscopal.Numerics.Statistics.BinomialProportion.Wilson(count, 24);
            Assert.Equal(wilson.Lower, score.Objective.Lower, 12);
            Assert.Equal(wilson.Upper, score.Objective.Upper, 12);
        }
    }

    [Fact]
    public void Standard_Plans_Are_Compared_With_The_Top_Plan_Sample_By_Sample()
    {
        // Given the stand-in (a sample responds when the plan's efficacy E exceeds its threshold θ_i, seed 1) and 24 samples
        var model = new StandIn();
        var problem = Problem(model, samples: 24);

        // When planning
        var result = TreatmentPlanner.Plan(problem, new PlannerOptions { RefineTop = 0 }, model);
        var top = result.Plans[0];

        // Then each standard plan carries the paired difference of the objective over the same samples: computed here
        // independently as 1[θ_i < E(top)] − 1[θ_i < E(standard)], its mean and Student-t interval (MeanEstimate.Of)
        foreach (var standard in result.StandardPlans)
        {
            var d = Enumerable.Range(0, 24).Select(i =>
            {
                var theta = model.Draw(1, i).Parameters["theta"];
                return (theta < StandIn.Efficacy(top.Plan) ? 1.0 : 0.0) - (theta < StandIn.Efficacy(standard.Score.Plan) ? 1.0 : 0.0);
            }).ToArray();
            var expected = Abscopal.Planning.Results.MeanEstimate.Of(d);
            var actual = standard.TopMinusThis!.Value;
            Assert.Equal(top.Objective.Value - standard.Score.Objective.Value, actual.Value, 12);
            Assert.Equal(expected.Lower, actual.Lower, 12);
            Assert.Equal(expected.Upper, actual.Upper, 12);

            // And the explanation's verdict follows the interval, not the bare difference of the two estimates
            var verdict = actual.Lower > 0 ? "better than it" : actual.Upper < 0 ? "worse than it" : actual.Lower == 0 && actual.Upper == 0 ? "equal to it on every sample" : "not distinguishable from it on these samples";
            Assert.Contains($"Against {standard.Name}: ", result.Explanation, StringComparison.Ordinal);
            Assert.Contains($"the top plan is {verdict} (difference", result.Explanation, StringComparison.Ordinal);
        }
    }
}
