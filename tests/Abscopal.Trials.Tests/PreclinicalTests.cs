using Abscopal.Models.Patients;
using Abscopal.Numerics.Random;
using Abscopal.Numerics.Statistics;
using Abscopal.Trials.Designs;
using Abscopal.Trials.Populations;
using Abscopal.Trials.Preclinical;

namespace Abscopal.Trials.Tests;

/// <summary>Virtual mouse experiments: inoculated tumours, named RT targets, group results (exact CIs, Fisher, growth curves) and the group-size search.</summary>
public sealed class PreclinicalTests
{
    private static PopulationSpec Mice(double volume, double sdLog) =>
        new(HostSpecies.Mouse, tumorLine: MurineTumorLine.Tsa, minLesions: 1, maxLesions: 1) { Inoculation = new Inoculation(10, [new InoculatedTumour("tumour", volume, sdLog)]) };

    // Untreated TSA tumours of 60 mm³ grow past 200 mm³ by day 10 (doubling ≈ 1.8 days); 20 Gy × 3 leaves ≈ 11 mm³.
    private static TrialDesign ControlVersusRt(long animals, GroupSizeSpec? power = null) =>
        new("control vs RT", Mice(60, 0), [new TrialArm("control", ArmTreatment.None), new TrialArm("RT", new ArmTreatment([new RtCourseRule(LesionRule.Named("tumour"), 20, 3)], []))], animals, new AssessmentSchedule(2, 10), 7)
        {
            Recist = new() { RequireConfirmation = false },
            Responder = new ResponderRule(200, 10),
            Power = power,
        };

    [Fact]
    public void Inoculated_Volumes_Are_Log_Normal_Around_The_Median()
    {
        // Given a primary of median 60 mm³ and a secondary of 25 mm³, both with sd of ln(volume) 0.3
        var spec = new PopulationSpec(HostSpecies.Mouse, tumorLine: MurineTumorLine.Tsa, minLesions: 2, maxLesions: 2)
        {
            Inoculation = new Inoculation(12, [new InoculatedTumour("primary", 60, 0.3), new InoculatedTumour("secondary", 25, 0.3)]),
        };
        var population = new VirtualPopulation(spec);

        // When 2000 mice are drawn
        const int n = 2000;
        var logs = Enumerable.Range(0, n).Select(i => population.Sample(11, i).Patient.Lesions).ToArray();

        // Then each has the two named flank tumours, and ln(volume) has mean ln(median) and sd 0.3 within 4 standard errors
        Assert.All(logs, l => Assert.Equal(["primary", "secondary"], l.Select(x => x.Id)));
        Assert.All(logs, l => Assert.All(l, x => Assert.Equal(AnatomicSite.Flank, x.Site)));
        foreach (var (k, median) in new[] { (0, 60.0), (1, 25.0) })
        {
            var x = logs.Select(l => Math.Log(l[k].VolumeMm3)).ToArray();
            var mean = x.Average();
            var sd = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (n - 1));
            Assert.Equal(Math.Log(median), mean, 4 * 0.3 / Math.Sqrt(n));
            Assert.Equal(0.3, sd, 4 * 0.3 / Math.Sqrt(2.0 * n));
        }
    }

    [Fact]
    public void Inoculation_Is_For_Mice_And_Names_Are_Checked()
    {
        Assert.StartsWith("inoculation", Assert.Throws<ArgumentException>(() => new PopulationSpec(HostSpecies.Human) { Inoculation = new Inoculation(1, [new InoculatedTumour("a", 10)]) }).Message, StringComparison.Ordinal);
        Assert.StartsWith("tumours", Assert.Throws<ArgumentException>(() => new Inoculation(1, [new InoculatedTumour("a", 10), new InoculatedTumour("a", 20)])).Message, StringComparison.Ordinal);
        Assert.StartsWith("tumours", Assert.Throws<ArgumentException>(() => new Inoculation(1, [new InoculatedTumour("a", 1), new InoculatedTumour("b", 1), new InoculatedTumour("c", 1)])).Message, StringComparison.Ordinal);
        Assert.StartsWith("name", Assert.Throws<ArgumentException>(() => new InoculatedTumour("1st", 10)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Named_Rule_Picks_That_Tumour_Whatever_Its_Size()
    {
        var mouse = new Patient(HostSpecies.Mouse, 0.02, [new Lesion("primary", AnatomicSite.Flank, 20), new Lesion("secondary", AnatomicSite.Flank, 80)], tumorLine: MurineTumorLine.Tsa);
        Assert.Equal("primary", LesionRule.Parse("lesion:primary").Resolve(mouse));
        Assert.Equal("secondary", LesionRule.Parse("largest").Resolve(mouse));
        Assert.Null(LesionRule.Parse("lesion:third").Resolve(mouse));
    }

    [Fact]
    public void Groups_Have_Exact_Intervals_Fisher_Comparisons_And_Growth_Curves()
    {
        // Given 10 untreated and 10 irradiated mice, each with one 60 mm³ tumour at the start (no spread)
        var design = ControlVersusRt(10);

        // When the experiment runs and is analysed
        var groups = PreclinicalAnalysis.Analyse(design, VirtualTrial.Run(design, new TrialRunOptions { Threads = 2 }));

        // Then no control mouse and every irradiated mouse is a responder (≤ 200 mm³ on day 10)
        var control = groups.Groups[0].Responders!.Value;
        var rt = groups.Groups[1].Responders!.Value;
        Assert.Equal((0L, 10L), (control.Successes, control.Trials));
        Assert.Equal((10L, 10L), (rt.Successes, rt.Trials));

        // And the intervals are Clopper–Pearson: 0/10 → [0, 1 − 0.025^(1/10)] (exact binomial tail)
        Assert.Equal(1 - Math.Pow(0.025, 0.1), control.Upper, 1e-10);
        Assert.Equal(BinomialProportion.ClopperPearson(10, 10), rt);

        // And Fisher's test of 10/10 vs 0/10 has two-sided p = 2 / C(20, 10) = 2/184756
        Assert.Equal(2.0 / 184756, groups.Comparisons.Single().Test.PValue, 1e-15);

        // And the growth curves start at the inoculated 60 mm³ with no spread, then separate: the control grows, RT shrinks
        foreach (var g in groups.Groups)
        {
            var curve = g.Growth.Single();
            Assert.Equal(10, curve.Animals);
            Assert.Equal([0.0, 2, 4, 6, 8, 10], curve.Days.ToArray());
            Assert.Equal(60, curve.MeanMm3[0], 1e-9);
            Assert.Equal(0, curve.SdMm3[0], 1e-9);
        }

        Assert.False(groups.Groups[0].Growth[0].Irradiated);
        Assert.True(groups.Groups[1].Growth[0].Irradiated);
        Assert.True(groups.Groups[0].Growth[0].MeanMm3[^1] > 200);
        Assert.True(groups.Groups[1].Growth[0].MeanMm3[^1] < 60);
        Assert.Equal(10, groups.DaysAfterInoculation);
    }

    [Fact]
    public void The_Group_Size_Search_Finds_Four_When_Every_Treated_And_No_Control_Mouse_Responds()
    {
        // Given the control-vs-RT design where responders are certain (all RT, no control mice), so that Fisher's two-sided p of
        // n/n vs 0/n is 2 / C(2n, n): 1 (n = 1), 1/3 (2), 0.1 (3), 0.0286 (4) — below α = 0.05 first at n = 4
        var design = ControlVersusRt(1, new GroupSizeSpec(0.8, 0.05, replicates: 6, minGroupSize: 2, maxGroupSize: 5));

        // When the group size is searched
        var size = GroupSizeSearch.Search(design, options: new TrialRunOptions { Threads = 2 });

        // Then power is 0 at 2 and 3 mice per group and 1 from 4 on, and 4 is the smallest group size
        Assert.Equal("control", size.Reference);
        Assert.Equal(["RT"], size.Comparisons.ToArray());
        Assert.Equal([2, 3, 4, 5], size.Rows.Select(r => r.GroupSize));
        Assert.Equal([0.0, 0, 1, 1], size.Rows.Select(r => r.Power[0].Value));
        Assert.Equal(4, size.SmallestGroupSize[0]);
    }

    [Fact]
    public void The_Group_Size_Search_Needs_A_Responder_Rule()
    {
        var design = ControlVersusRt(1, new GroupSizeSpec()) with { Responder = null };
        Assert.Throws<ArgumentException>(() => GroupSizeSearch.Search(design));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupSizeSpec(minGroupSize: 5, maxGroupSize: 4));
    }
}
