using Abscopal.Models.Patients;
using Abscopal.Trials.Designs;
using Abscopal.Trials.Populations;

namespace Abscopal.Trials.Tests;

/// <summary>Virtual trials end to end: determinism across threads, lesion rules, mouse responders, power.</summary>
public class TrialTests
{
    [Fact]
    public void A_Trial_Is_Bit_Identical_On_1_2_And_4_Threads_And_Any_Chunk_Size()
    {
        // Given the two-arm trial with 6 patients per arm, followed 84 days
        var design = TrialFixtures.Small(6);
        var reference = VirtualTrial.Run(design, new TrialRunOptions { Threads = 1, ChunkSize = 6 });
        foreach (var (threads, chunk) in new[] { (2, 1), (4, 3) })
        {
            var other = VirtualTrial.Run(design, new TrialRunOptions { Threads = threads, ChunkSize = chunk });
            for (var a = 0; a < 2; a++)
            {
                Assert.Equal(reference.Arms[a].Orr, other.Arms[a].Orr);
                Assert.Equal(reference.Arms[a].AbscopalOrr, other.Arms[a].AbscopalOrr);
                Assert.Equal(reference.Arms[a].Pfs.Survival.ToArray(), other.Arms[a].Pfs.Survival.ToArray());
                Assert.Equal(reference.Arms[a].MeanAlcNadir, other.Arms[a].MeanAlcNadir);
            }

            Assert.Equal(reference.Comparisons[0].LogRankP, other.Comparisons[0].LogRankP);
            Assert.Equal(reference.Patients.Select(p => (p.Arm, p.Index, p.Outcome.BestChangePercent)), other.Patients.Select(p => (p.Arm, p.Index, p.Outcome.BestChangePercent)));
        }

        // And the SBRT arm irradiates each patient's largest lesion, the monotherapy arm none
        Assert.All(reference.Patients.Where(p => p.Arm == "pembrolizumab"), p => Assert.Equal(string.Empty, p.IrradiatedLesion));
        Assert.All(reference.Patients.Where(p => p.Arm != "pembrolizumab"), p => Assert.NotEqual(string.Empty, p.IrradiatedLesion));
        Assert.Equal(12, reference.Patients.Count);
    }

    [Fact]
    public void Each_Arm_Announces_Its_Start_In_Order_Without_Changing_A_Result()
    {
        // Given the two-arm trial, run with and without a start-of-arm callback (what the CLI's progress display uses)
        var design = TrialFixtures.Small(3);
        var started = new List<string>();
        var watched = VirtualTrial.Run(design, new TrialRunOptions { Threads = 2, ArmStarted = started.Add });
        var plain = VirtualTrial.Run(design, new TrialRunOptions { Threads = 2 });

        // Then the callback named the arms once each, in the design's order, and the results are the same
        Assert.Equal(design.Arms.Select(a => a.Name), started);
        Assert.Equal(plain.Patients.Select(p => (p.Arm, p.Index, p.Outcome.BestChangePercent)), watched.Patients.Select(p => (p.Arm, p.Index, p.Outcome.BestChangePercent)));
    }

    [Fact]
    public void Lesion_Rules_Pick_The_Largest_The_Smallest_Or_The_Largest_At_A_Site()
    {
        var patient = new Patient(HostSpecies.Human, 70, [Lesion.FromDiameter("liver1", AnatomicSite.Liver, 30), Lesion.FromDiameter("liver2", AnatomicSite.Liver, 18), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 40)]);
        Assert.Equal("lung1", LesionRule.Parse("largest").Resolve(patient));
        Assert.Equal("liver2", LesionRule.Parse("smallest").Resolve(patient));
        Assert.Equal("liver1", LesionRule.Parse("site:liver").Resolve(patient));
        Assert.Null(LesionRule.Parse("site:brain").Resolve(patient));
        Assert.Contains("allowed: largest, smallest, site:", Assert.Throws<ArgumentException>(() => LesionRule.Parse("biggest")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Untreated_Mice_Are_Never_Responders_While_Their_Tumours_Grow()
    {
        // Given 8 TSA mice per arm starting near 100 mm³, untreated, and the responder rule "≤ 10 mm³ on day 30"
        var design = new TrialDesign("TSA control", new PopulationSpec(HostSpecies.Mouse, tumorLine: MurineTumorLine.Tsa, minLesions: 1, maxLesions: 1),
            [new TrialArm("control", ArmTreatment.None)], 8, new AssessmentSchedule(7, 28))
        { Responder = new ResponderRule(10, 30) };
        var result = VirtualTrial.Run(design, new TrialRunOptions { Threads = 2 });

        // Then no mouse responds (the tumours double in ≈ 1.8 days at small size: Kosinsky 2018 r − d0) and all progress by RECIST
        Assert.Equal(0, result.Arms[0].Responders!.Value.Successes);
        Assert.Equal(8, result.Arms[0].Responders!.Value.Trials);
        Assert.Equal(8, result.Patients.Count(p => p.Outcome.Progressed));
    }

    [Fact]
    public void Power_Of_Identical_Arms_Is_Near_Alpha()
    {
        // Given two arms with the same (no) treatment, 10 patients each, 20 replicate trials at α = 0.5
        var design = new TrialDesign("null", new PopulationSpec(HostSpecies.Human, line: LineOfTherapy.Pretreated),
            [new TrialArm("a", ArmTreatment.None), new TrialArm("b", ArmTreatment.None)], 10, new AssessmentSchedule(42, 126));
        var power = TrialPower.Estimate(design, 20, alpha: 0.5, new TrialRunOptions { Threads = 2 });

        // Then the rejection rate's 95% interval contains α (under H0 the log-rank test rejects with probability ≈ α)
        Assert.Single(power);
        Assert.InRange(0.5, power[0].Power.Lower, power[0].Power.Upper);
    }
}
