using Abscopal.Models.Patients;
using Abscopal.Simulation.Readouts;

namespace Abscopal.Simulation.Tests.Readouts;

/// <summary>Best overall response, confirmation, time to progression, per-lesion and abscopal responses (RECIST 1.1 §4.4, §4.6, Table 3).</summary>
public class RecistEvaluationTests
{
    private static readonly double[] s_times = [0, 42, 84, 126, 168];

    // A worked course, computed by hand: liver 40 mm, lung 20 mm, a 15 mm (short-axis) node; scans every 6 weeks.
    //   day   liver lung node  sum  vs baseline  vs nadir          response
    //   0     40    20   15    75   —            —                 baseline
    //   42    30    12   11    53   −29.3%       —                 SD
    //   84    25    10    9    44   −41.3%       —                 PR
    //   126   22     8    8    38   −49.3%       —                 PR
    //   168   28    12    9    49   −34.7%       +11 mm, +28.9%    PD (nadir 38)
    private static LesionSeries[] Course() =>
    [
        new("liver", [40, 30, 25, 22, 28], irradiated: true),
        new("lung", [20, 12, 10, 8, 12], irradiated: false),
        new("node", [15, 11, 9, 8, 9], irradiated: false, lymphNode: true),
    ];

    [Fact]
    public void The_Worked_Course_Gives_Its_Hand_Computed_Responses()
    {
        var evaluation = Recist.Evaluate(s_times, Course());
        Assert.Equal([75.0, 53, 44, 38, 49], evaluation.SumsMm);
        Assert.Equal([75.0, 75, 53, 44, 38], evaluation.NadirsMm);
        Assert.Equal(
            [RecistResponse.NotEvaluable, RecistResponse.StableDisease, RecistResponse.PartialResponse, RecistResponse.PartialResponse, RecistResponse.ProgressiveDisease],
            evaluation.Responses);
        Assert.Equal(RecistResponse.PartialResponse, evaluation.BestOverallResponse);
        Assert.Equal(168, evaluation.TimeToProgressionDays);
        Assert.Equal(168, evaluation.FollowUpDays);

        // With confirmation the PR of day 84 is confirmed by the PR of day 126, 42 ≥ 28 days later.
        Assert.Equal(RecistResponse.PartialResponse, Recist.Evaluate(s_times, Course(), new RecistOptions { RequireConfirmation = true }).BestOverallResponse);
    }

    [Fact]
    public void Per_Lesion_Responses_Apply_The_Thresholds_To_Each_Lesion()
    {
        var lesions = Recist.Evaluate(s_times, Course()).Lesions;

        // liver 40 → 22 (−45%, PR), then 28: +6 mm and +27% over its nadir → PD after a PR
        Assert.Equal(RecistResponse.PartialResponse, lesions[0].BestResponse);
        Assert.Equal(-0.45, lesions[0].BestChangeFromBaseline, 12);

        // lung 20 → 8 (−60%), then 12: +50% but only +4 mm → not PD
        Assert.Equal(RecistResponse.PartialResponse, lesions[1].BestResponse);
        Assert.Equal(8, lesions[1].NadirMm);

        // node 15 → 9 mm short axis: below 10 mm it is normal, a complete response for that lesion
        Assert.Equal(RecistResponse.CompleteResponse, lesions[2].BestResponse);
    }

    [Fact]
    public void The_Abscopal_Response_Judges_Only_The_Unirradiated_Lesions()
    {
        // Given an irradiated lesion that shrinks 50 → 20 mm and an unirradiated one that grows 20 → 26 mm
        LesionSeries[] lesions = [new("irradiated", [50, 20], irradiated: true), new("distant", [20, 26], irradiated: false)];

        // Then overall the sum falls 70 → 46 mm (−34%, PR), while the unirradiated lesion alone grows +30%, +6 mm (PD)
        Assert.Equal(RecistResponse.PartialResponse, Recist.Evaluate([0, 60], lesions).BestOverallResponse);
        var abscopal = Recist.EvaluateAbscopal([0, 60], lesions)!;
        Assert.Equal(RecistResponse.ProgressiveDisease, abscopal.BestOverallResponse);
        Assert.Equal(60, abscopal.TimeToProgressionDays);
        Assert.Equal(["distant"], abscopal.Lesions.Select(l => l.Id));
    }

    [Fact]
    public void There_Is_No_Abscopal_Response_When_Every_Lesion_Is_Irradiated()
    {
        Assert.Null(Recist.EvaluateAbscopal([0, 30], [new LesionSeries("a", [30, 10], irradiated: true)]));
    }

    [Fact]
    public void There_Is_No_Abscopal_Response_When_No_Lesion_Is_Irradiated()
    {
        // Given two shrinking lesions and no radiotherapy: the abscopal effect is a response outside the radiation field
        // (Mole 1953; SCIENCE.md §1), so without a field there is none to read, although RECIST overall is a PR (−50%).
        LesionSeries[] lesions = [new("a", [30, 15], irradiated: false), new("b", [20, 10], irradiated: false)];
        Assert.Equal(RecistResponse.PartialResponse, Recist.Evaluate([0, 30], lesions).BestOverallResponse);
        Assert.Null(Recist.EvaluateAbscopal([0, 30], lesions));
    }

    [Fact]
    public void An_Unconfirmed_Partial_Response_Followed_By_Progression_Is_Stable_Disease_Only_After_The_Minimum_Duration()
    {
        // RECIST 1.1 Table 3: PR then PD with confirmation required → SD when the SD minimum duration is met, else PD.
        double[] times = [0, 35, 70];
        LesionSeries[] lesions = [new("a", [50, 30, 40], irradiated: false)];  // −40% (PR), then +10 mm, +33% (PD)
        Assert.Equal(RecistResponse.PartialResponse, Recist.Evaluate(times, lesions).BestOverallResponse);
        Assert.Equal(RecistResponse.StableDisease, Recist.Evaluate(times, lesions, new RecistOptions { RequireConfirmation = true }).BestOverallResponse);
        var strict = new RecistOptions { RequireConfirmation = true, MinimumStableDiseaseDays = 42 };
        Assert.Equal(RecistResponse.ProgressiveDisease, Recist.Evaluate(times, lesions, strict).BestOverallResponse);
    }

    [Fact]
    public void A_Complete_Response_Needs_A_Second_One_At_Least_4_Weeks_Later()
    {
        LesionSeries Series(params double[] d) => new("a", d, irradiated: false);
        var confirm = new RecistOptions { RequireConfirmation = true };

        // CR at day 56 and again at day 84 (28 days later) → confirmed CR
        Assert.Equal(RecistResponse.CompleteResponse, Recist.Evaluate([0, 56, 84], [Series(30, 0, 0)], confirm).BestOverallResponse);

        // CR at day 56 and again only 14 days later → not confirmed; SD
        Assert.Equal(RecistResponse.StableDisease, Recist.Evaluate([0, 56, 70], [Series(30, 0, 0)], confirm).BestOverallResponse);

        // CR at day 56 (liver gone, node 9 mm: normal), then the node at 10.5 mm: no longer CR, but −77% from baseline and
        // only +1.5 mm over the nadir → the CR is confirmed only as a PR
        LesionSeries[] withNode = [Series(30, 0, 0), new("node", [16, 9, 10.5], irradiated: false, lymphNode: true)];
        Assert.Equal(RecistResponse.PartialResponse, Recist.Evaluate([0, 56, 84], withNode, confirm).BestOverallResponse);

        // CR at day 56, then a lesion back at 4.9 mm, recorded as 5 mm (too small to measure): +5 mm over a 0 nadir is PD,
        // so the CR is unconfirmed and the best response is SD (Table 3: CR, PD → SD)
        Assert.Equal(RecistResponse.StableDisease, Recist.Evaluate([0, 56, 84], [Series(30, 0, 4.9)], confirm).BestOverallResponse);
    }

    [Fact]
    public void Without_Any_Assessment_After_Baseline_The_Best_Response_Is_Not_Evaluable()
    {
        var evaluation = Recist.Evaluate([0], [new LesionSeries("a", [30], false)]);
        Assert.Equal(RecistResponse.NotEvaluable, evaluation.BestOverallResponse);
        Assert.Null(evaluation.TimeToProgressionDays);
    }

    [Fact]
    public void Volumes_Are_Turned_Into_Sphere_Diameters()
    {
        // V = π d³ / 6: a 10 mm sphere holds 523.599 mm³, and a volume halving shrinks the diameter by 2^(−1/3) = 0.794 (−20.6%, SD).
        Assert.Equal(Math.PI * 1000 / 6, LesionGeometry.VolumeFromDiameter(10), 12);
        Assert.Equal(10, LesionGeometry.DiameterFromVolume(Math.PI * 1000 / 6), 12);
        var series = LesionSeries.FromVolumes("a", [1000, 500], irradiated: false);
        Assert.Equal(Math.Cbrt(0.5), series.DiametersMm[1] / series.DiametersMm[0], 12);
        Assert.Equal(RecistResponse.StableDisease, Recist.Evaluate([0, 30], [series]).Responses[1]);

        // A 30% fall in diameter needs the volume to fall to 0.7³ = 34.3% of baseline (−65.7%).
        var pr = LesionSeries.FromVolumes("b", [1000, 343], irradiated: false);
        Assert.Equal(RecistResponse.PartialResponse, Recist.Evaluate([0, 30], [pr]).Responses[1]);
    }
}
