using Abscopal.Models.Patients;
using Abscopal.Numerics.Random;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Planning.Problems;
using Abscopal.Planning.Search;
using Abscopal.Radiobiology.Constraints;

namespace Abscopal.Planning.Tests.Search;

public class ConstraintPropertyTests
{
    private static readonly AnatomicSite[] s_sites = [AnatomicSite.Breast, AnatomicSite.Liver, AnatomicSite.Lung, AnatomicSite.Bone, AnatomicSite.LymphNode, AnatomicSite.Skin, AnatomicSite.Brain];

    [Fact]
    public void No_Returned_Plan_Breaks_A_Constraint_On_Random_Problems()
    {
        // Given 40 random problems (sites, fraction numbers, dose ranges, lesion counts, ALC limits and the probability they
        // must hold with) scored by the stand-in, whose ALC nadir varies between samples in half of them
        var random = new RandomStream(20261126, 0);
        var checkedPlans = 0;
        for (var p = 0; p < 40; p++)
        {
            var model = new StandIn(alcSpread: random.NextDouble() < 0.5 ? 0 : 500 * random.NextDouble());
            var probability = 0.5 + (0.5 * random.NextDouble());
            var lesions = 1 + random.NextInt32(3);
            var patient = StandIn.Patient([.. Enumerable.Range(0, lesions).Select(_ => s_sites[random.NextInt32(s_sites.Length)])]);
            var fractions = new[] { 1, 3, 5, 10 }.Where(_ => random.NextDouble() < 0.6).DefaultIfEmpty(1).ToArray();
            var min = 2 + (10 * random.NextDouble());
            var max = min + (18 * random.NextDouble());
            double? alcMin = random.NextDouble() < 0.7 ? 600 + (800 * random.NextDouble()) : null;
            var problem = new PlanningProblem(patient, [RegimenLibrary.Find("pembrolizumab-200mg-q3w")!])
            {
                MaxIrradiatedLesions = 1 + random.NextInt32(2),
                Fractions = [.. fractions],
                DosePerFraction = new DoseRange(min, Math.Min(30, max)),
                DrugStartDaysRelativeToRt = [0, 7],
                Objective = (PlanningObjective)random.NextInt32(3),
                Constraints = new PlanningConstraints { AlcNadirMinPerMicrolitre = alcMin, AlcNadirProbability = probability },
                UncertaintySamples = 12,
                Prior = model,
            };

            // When planning
            var result = TreatmentPlanner.Plan(problem, new PlannerOptions { RefineIterations = 4, RefineSamples = 6 }, model);

            // Then every returned plan keeps the ALC limit in at least the required share of the samples (stand-in nadir
            // ALC₀ − 20·n·d per target, recomputed here on the samples of seed 1) and each target's organ Dmax = n·d within the
            // published TG-101 limit when the table has one for that fraction number
            foreach (var score in result.Plans)
            {
                var plan = score.Plan;
                Assert.True(score.ConstraintsOk);
                if (alcMin is { } limit)
                {
                    var kept = Enumerable.Range(0, 12).Count(i => StandIn.AlcNadir(plan, model.Draw(1, i)) >= limit) / 12.0;
                    Assert.True(kept >= probability, $"ALC ≥ {limit} in {kept:P0} of samples < {probability:P0} for {plan.Key}");
                    Assert.Equal(kept, score.AlcNadirProbability);
                }

                Assert.InRange(plan.DosePerFractionGy, min - 1e-9, max + 1e-9);
                foreach (var course in plan.Radiotherapy)
                {
                    var site = patient.Lesions.First(l => l.Id == course.TargetLesion).Site;
                    var organ = Abscopal.Planning.Constraints.SiteOrgans.DefaultOrgan(site);
                    if (organ is null)
                    {
                        continue;
                    }

                    foreach (var c in NormalTissueConstraints.For(organ, course.Schedule.Fractions).Where(c => c.Metric.StartsWith("Dmax", StringComparison.Ordinal)))
                    {
                        Assert.True(course.Schedule.TotalDoseGy <= c.Limit + 1e-9, $"{organ} Dmax {course.Schedule.TotalDoseGy} > {c.Limit} in {plan.Key}");
                    }
                }

                checkedPlans++;
            }

            // And when none is feasible the result says which constraint and by how much
            if (result.Plans.IsEmpty)
            {
                Assert.NotEmpty(result.Infeasibilities);
                Assert.All(result.Infeasibilities, i => Assert.True(i.Shortfall > 0));
            }
        }

        Assert.True(checkedPlans > 40, $"only {checkedPlans} plans checked");
    }

    [Fact]
    public void The_Alc_Limit_Is_A_Probability_Over_The_Samples_Not_A_Mean()
    {
        // Given one candidate (liver, 3 Gy × 1: nadir ALC₀ − 60) and ALC₀ uniform in [1100, 1900): over the 40 samples of seed 1,
        // recomputed here, the mean nadir is above 1300 cells/µL but fewer than 90% of the samples stay at or above it
        var model = new StandIn(alcSpread: 400);
        var nadirs = Enumerable.Range(0, 40).Select(i => model.Draw(1, i).Parameters["alc0"] - 60).Order().ToArray();
        var share = nadirs.Count(x => x >= 1300) / 40.0;
        Assert.True(nadirs.Average() >= 1300 && share < 0.9, $"mean {nadirs.Average()}, share {share}");
        PlanningProblem Problem(double probability) => new(StandIn.Patient(AnatomicSite.Liver), [RegimenLibrary.Find("pembrolizumab-200mg-q3w")!])
        {
            Fractions = [1],
            DosePerFraction = new DoseRange(3, 3),
            Constraints = new PlanningConstraints { AlcNadirMinPerMicrolitre = 1300, AlcNadirProbability = probability },
            UncertaintySamples = 40,
            Prior = model,
        };

        // When planning with the default probability 0.9, and with a probability just at the share
        var strict = TreatmentPlanner.Plan(Problem(PlanningConstraints.DefaultAlcNadirProbability), PlannerOptions.Default, model);
        var loose = TreatmentPlanner.Plan(Problem(share), PlannerOptions.Default, model);

        // Then 0.9 rules the plan out and names the shortfall of the 10%-quantile (the 36th highest of 40 nadirs, index 4)
        Assert.Empty(strict.Plans);
        Assert.Equal(1300 - nadirs[40 - 36], Assert.Single(strict.Infeasibilities, i => i.Constraint == "alc_nadir_min_per_uL").Shortfall, 9);

        // And at the share itself the plan is kept, with P = share and the margin: the ⌈share·40⌉-th highest nadir minus 1300
        var plan = Assert.Single(loose.Plans);
        Assert.Equal(share, plan.AlcNadirProbability);
        var margin = plan.ConstraintMargins.Single(m => m.Name == "alc_nadir_per_uL");
        Assert.Equal(nadirs[40 - (int)Math.Round(share * 40)] - 1300, margin.Margin, 9);
        Assert.True(margin.Margin >= 0);
    }

    [Fact]
    public void An_Unreachable_Alc_Limit_Is_Reported_With_Its_Shortfall()
    {
        // Given a limit above the stand-in's best nadir: the mildest plan, 3 Gy × 1, leaves 1500 − 60 = 1440 cells/µL
        var model = new StandIn();
        var problem = new PlanningProblem(StandIn.Patient(AnatomicSite.Liver), [RegimenLibrary.Find("pembrolizumab-200mg-q3w")!])
        {
            Fractions = [1],
            DosePerFraction = new DoseRange(3, 10),
            Constraints = new PlanningConstraints { AlcNadirMinPerMicrolitre = 1450 },
            UncertaintySamples = 4,
            Prior = model,
        };

        // When planning
        var result = TreatmentPlanner.Plan(problem, PlannerOptions.Default, model);

        // Then no plan is returned and the ALC constraint is named with the 10 cells/µL shortfall
        Assert.Empty(result.Plans);
        var alc = Assert.Single(result.Infeasibilities, i => i.Constraint == "alc_nadir_min_per_uL");
        Assert.Equal(10, alc.Shortfall, 9);
    }

    [Fact]
    public void A_Normal_Tissue_Limit_Below_The_Smallest_Dose_Excludes_The_Fraction_Number_With_Its_Excess()
    {
        // Given a bone (spinal cord) target, 1 fraction, dose range from 15 Gy: TG-101 cord Dmax 14 Gy in 1 fraction
        var model = new StandIn();
        var problem = new PlanningProblem(StandIn.Patient(AnatomicSite.Bone), [RegimenLibrary.Find("pembrolizumab-200mg-q3w")!])
        {
            Fractions = [1, 3],
            DosePerFraction = new DoseRange(15, 20),
            UncertaintySamples = 4,
            Prior = model,
        };

        // When planning
        var result = TreatmentPlanner.Plan(problem, PlannerOptions.Default, model);

        // Then 1 and 3 fractions are both excluded (15 > 14; 45 > 21.9) with excesses 1 and 23.1 Gy, and no plan is returned
        Assert.Empty(result.Plans);
        Assert.Equal(1, result.Infeasibilities.Single(i => i.What.EndsWith("1 fraction(s)", StringComparison.Ordinal)).Shortfall, 9);
        Assert.Equal(45 - 21.9, result.Infeasibilities.Single(i => i.What.EndsWith("3 fraction(s)", StringComparison.Ordinal)).Shortfall, 9);
    }
}
