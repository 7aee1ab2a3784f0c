using Abscopal.Models.Patients;
using Abscopal.Simulation.Readouts;
using Abscopal.Trials.Endpoints;
using Abscopal.Trials.Internal;

namespace Abscopal.Trials.Tests;

/// <summary>Arm end points from per-patient outcomes: Wilson intervals against published values, Kaplan–Meier against a hand-computed table.</summary>
public class EndpointTests
{
    private static PatientRecord Row(long i, RecistResponse best, double pfs, bool progressed, double cps = 5) =>
        new("arm", i, 2, "liver1", new Biomarkers { PdL1Cps = cps, TilsPercent = 5, AlcPerMicrolitre = 1200 }, 103, new PatientOutcome(best, best, -10, pfs, progressed, new AlcNadir(7, 700, 2)), null);

    [Fact]
    public void The_Arm_Orr_Has_The_Published_Wilson_Interval()
    {
        // Given 15 confirmed responders among 148 patients (Newcombe 1998, Stat Med 17:857, Table II example 15/148)
        var acc = new ArmAccumulator(keepRows: false);
        for (var i = 0; i < 148; i++)
        {
            acc.Add(Row(i, i < 15 ? RecistResponse.PartialResponse : RecistResponse.ProgressiveDisease, 42, true));
        }

        // When the arm is summarised
        var arm = VirtualTrial.Summarise("arm", acc, responders: false);

        // Then the ORR is 0.1014 with the Wilson score interval 0.0624–0.1605 (Newcombe's method 3)
        Assert.Equal(15.0 / 148, arm.Orr.Value, 12);
        Assert.Equal(0.0624, arm.Orr.Lower, 4);
        Assert.Equal(0.1605, arm.Orr.Upper, 4);

        // And the CPS subgroups split the arm (all CPS 5: 148 in "pdl1_cps>=1", none in "pdl1_cps>=10")
        Assert.Equal(148, arm.Subgroups.Single(s => s.Name == "pdl1_cps>=1").Patients);
        Assert.Equal(0, arm.Subgroups.Single(s => s.Name == "pdl1_cps>=10").Patients);
        Assert.Equal([0L, 0, 148, 0, 0], arm.LymphopeniaGrades);
        Assert.Equal(700, arm.MeanAlcNadir, 9);
    }

    [Fact]
    public void Pfs_Follows_The_Hand_Computed_Kaplan_Meier_Table()
    {
        // Given six patients: progression at 42, 84, 126; censored at 84, 168, 252 (days)
        //   t     n  d   S(t)                      Greenwood Σ d/(n(n−d))
        //   42    6  1   5/6 = 0.8333              1/30
        //   84    5  1   0.8333·4/5 = 0.6667       + 1/20
        //   126   3  1   0.6667·2/3 = 0.4444       + 1/6   → Σ = 0.25, SE = 0.4444·√0.25 = 0.2222
        var acc = new ArmAccumulator(keepRows: false);
        (double T, bool E)[] data = [(42, true), (84, true), (84, false), (126, true), (168, false), (252, false)];
        for (var i = 0; i < data.Length; i++)
        {
            acc.Add(Row(i, RecistResponse.StableDisease, data[i].T, data[i].E));
        }

        var arm = VirtualTrial.Summarise("arm", acc, responders: false);

        // Then the curve, its Greenwood SE and the median (first time S ≤ 0.5) are as in the table
        Assert.Equal([42.0, 84, 126], arm.Pfs.Times.ToArray());
        Assert.Equal(5.0 / 6, arm.Pfs.Survival[0], 12);
        Assert.Equal(4.0 / 6, arm.Pfs.Survival[1], 12);
        Assert.Equal(4.0 / 9, arm.Pfs.Survival[2], 12);
        Assert.Equal(4.0 / 9 * 0.5, arm.Pfs.StandardError[2], 12);
        Assert.Equal(126, arm.PfsMedian.Median);
        Assert.Equal(1.0, arm.Dcr.Value);
    }
}
