using Abscopal.Simulation.Readouts;

namespace Abscopal.Simulation.Tests.Readouts;

/// <summary>
/// Time-point responses at the boundaries of RECIST 1.1 (Eisenhauer et al. 2009, Eur J Cancer 45:228, §4.3.1): PR is "at
/// least a 30% decrease" from baseline; PD is "at least a 20% increase" over the smallest sum on study and "in addition
/// ... an absolute increase of at least 5 mm".
/// </summary>
public class RecistClassificationTests
{
    [Theory]
    [InlineData(70.0, RecistResponse.PartialResponse)]    // exactly −30%: "at least 30%" includes it
    [InlineData(70.1, RecistResponse.StableDisease)]      // −29.9%
    [InlineData(50.0, RecistResponse.PartialResponse)]
    [InlineData(100.0, RecistResponse.StableDisease)]
    public void A_Decrease_Of_At_Least_30_Percent_From_Baseline_Is_A_Partial_Response(double sum, RecistResponse expected)
    {
        Assert.Equal(expected, Recist.Classify(sum, baselineSumMm: 100, nadirSumMm: 100, allResolved: false));
    }

    [Fact]
    public void Exactly_Minus_30_Percent_Computed_From_Several_Lesions_Is_Still_A_Partial_Response()
    {
        // Given three lesions each shrunk to 0.7 of baseline, whose sums do not add up exactly in binary floating point
        double[] baseline = [33.3, 21.9, 14.8];
        double[] now = [23.31, 15.33, 10.36];
        var evaluation = Recist.Evaluate([0, 42], [.. baseline.Select((d, i) => new LesionSeries($"L{i}", [d, now[i]], irradiated: false))]);

        // Then the sum changes by −30% to rounding, which counts as −30%
        Assert.Equal(-0.30, evaluation.ChangeFromBaseline[1], 12);
        Assert.Equal(RecistResponse.PartialResponse, evaluation.Responses[1]);
    }

    [Theory]
    [InlineData(50.0, 60.0, RecistResponse.ProgressiveDisease)]  // +20% and +10 mm
    [InlineData(20.0, 24.0, RecistResponse.StableDisease)]       // +20% but only +4 mm: the 5 mm rule
    [InlineData(20.0, 25.0, RecistResponse.ProgressiveDisease)]  // +25% and exactly +5 mm
    [InlineData(30.0, 35.0, RecistResponse.StableDisease)]       // +5 mm but only +16.7%
    [InlineData(50.0, 59.9, RecistResponse.StableDisease)]       // +19.8%
    public void Progression_Needs_20_Percent_And_5_mm_Over_The_Nadir(double nadir, double sum, RecistResponse expected)
    {
        // Given a nadir equal to the baseline (no shrinkage), so that only growth decides
        var response = Recist.Classify(sum, baselineSumMm: nadir, nadirSumMm: nadir, allResolved: false);
        Assert.Equal(expected, response);
    }

    [Fact]
    public void Growth_Is_Judged_Against_The_Nadir_Even_When_The_Sum_Is_Still_Below_Baseline()
    {
        // Baseline 100, nadir 40 (PR), now 50: −50% from baseline yet +25% and +10 mm over the nadir → PD (§4.3.1).
        Assert.Equal(RecistResponse.ProgressiveDisease, Recist.Classify(50, 100, 40, allResolved: false));
    }

    [Fact]
    public void Reappearance_After_A_Complete_Response_Is_Progression()
    {
        // Nadir 0 mm: 20% of 0 is 0, so any lesion back at ≥ 5 mm (the smallest recorded size) is PD.
        Assert.Equal(RecistResponse.ProgressiveDisease, Recist.Classify(5, 60, 0, allResolved: false));
        Assert.Equal(RecistResponse.CompleteResponse, Recist.Classify(0, 60, 0, allResolved: true));
    }

    [Fact]
    public void A_Complete_Response_With_A_Normal_Sized_Node_Has_A_Nonzero_Sum()
    {
        // §4.3.1: nodes below 10 mm short axis are normal, and their short axes stay in the sum, so a CR can have sum > 0.
        var evaluation = Recist.Evaluate([0, 56], [new LesionSeries("liver", [30, 0], false), new LesionSeries("node", [16, 8], false, lymphNode: true)]);
        Assert.Equal(8, evaluation.SumsMm[1]);
        Assert.Equal(RecistResponse.CompleteResponse, evaluation.Responses[1]);
    }

    [Theory]
    [InlineData(0.5, false, 0.0)]   // believed gone → 0 mm
    [InlineData(3.0, false, 5.0)]   // too small to measure → 5 mm (Appendix I)
    [InlineData(7.0, false, 7.0)]
    [InlineData(3.0, true, 3.0)]    // nodes are recorded as measured
    public void Small_Lesions_Are_Recorded_As_Recist_1_1_Appendix_I_Says(double diameter, bool node, double recorded)
    {
        Assert.Equal(recorded, Recist.Record(diameter, node));
    }

    [Fact]
    public void Bad_Inputs_Throw_Naming_The_Argument()
    {
        Assert.Equal("baselineSumMm", Assert.Throws<ArgumentOutOfRangeException>(() => Recist.Classify(10, 0, 0, false)).ParamName);
        Assert.Equal("timesDays", Assert.Throws<ArgumentOutOfRangeException>(() => Recist.Evaluate([0, 0], [new LesionSeries("a", [10, 10], false)])).ParamName);
        Assert.Equal("lesions", Assert.Throws<ArgumentOutOfRangeException>(() => Recist.Evaluate([0, 1], [new LesionSeries("a", [10], false)])).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LesionSeries("a", [double.NaN], false));
    }
}
