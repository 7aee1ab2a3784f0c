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
        // Given 40 random problems (sites, fraction numbers, dose ranges, lesion counts, ALC limits) scored by the stand-in
        var random = new RandomStream(20261126, 0);
        var model = new StandIn();
        var checkedPlans = 0;
        for (var p = 0; p < 40; p++)
        {
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
                Constraints = new PlanningConstraints { AlcNadirMinPerMicrolitre = alcMin },
                UncertaintySamples = 6,
                Prior = model,
            };

            // When planning
            var result = TreatmentPlanner.Plan(problem, new PlannerOptions { RefineIterations = 4, RefineSamples = 6 }, model);

            // Then every returned plan keeps the ALC limit (stand-in nadir 1500 − 20·n·d per target, recomputed here) and each
            // target's organ Dmax = n·d within the published TG-101 limit when the table has one for that fraction number
            foreach (var score in result.Plans)
            {
                var plan = score.Plan;
                Assert.True(score.ConstraintsOk);
                if (alcMin is { } limit)
                {
                    Assert.True(StandIn.AlcNadir(plan) >= limit, $"ALC {StandIn.AlcNadir(plan)} < {limit} for {plan.Key}");
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
