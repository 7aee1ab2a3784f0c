namespace Abscopal.Reporting.Tests;

/// <summary>
/// Figure recipes (the ScottPlot cookbook habit): small, fixed inputs for each figure. The shapes are made up to
/// look like the real thing (a lesion shrinking after RT, a distant one following late) except where a source is given.
/// </summary>
internal static class Recipes
{
    public static readonly TreatmentMarks Marks = new([0, 1, 2], [0, 21, 42, 63], "RT 3 × 8 Gy", "anti-PD-1");

    public static IReadOnlyList<LesionCurve> Lesions()
    {
        double[] t = Enumerable.Range(0, 85).Select(d => (double)d).ToArray();
        return
        [
            new("breast", true, t, t.Select(d => 1800 * Math.Exp(-0.045 * d) + (40 * Math.Exp(0.01 * d))).ToArray()),
            new("liver1", false, t, t.Select(d => 900 * Math.Exp(0.02 * d) / (1 + Math.Exp(0.12 * (d - 35)))).Select(v => v + 150).ToArray()),
            new("lung1", false, t, t.Select(d => 400 * Math.Exp(0.012 * d)).ToArray()),
        ];
    }

    public static ImmunePanelData Immune()
    {
        double[] t = Enumerable.Range(0, 85).Select(d => (double)d).ToArray();
        return new ImmunePanelData(
            t,
            t.Select(d => 2e5 + (1.6e6 * d / 10 * Math.Exp(1 - (d / 10)))).ToArray(),
            "cells",
            t.Select(d => 0.2 + (0.35 * (1 - Math.Exp(-d / 6)) * Math.Exp(-d / 60))).ToArray(),
            "fraction of tumour cells",
            t.Select(d => 1600 - (1150 * Math.Exp(-Math.Pow((d - 6) / 8, 2))) + (d > 30 ? 0 : 0)).ToArray());
    }

    public static IReadOnlyList<SpiderCurve> Spider()
    {
        double[] t = [0, 42, 84, 126, 168];
        return
        [
            new("P01", t, [0, -35, -62, -100, -100], RecistCategory.CompleteResponse),
            new("P02", t, [0, -22, -41, -48, -45], RecistCategory.PartialResponse),
            new("P03", t, [0, -8, -12, 4, 9], RecistCategory.StableDisease),
            new("P04", t, [0, 12, 31, 55, 80], RecistCategory.ProgressiveDisease),
            new("P05", [0, 42, 84], [0, 26, 48], RecistCategory.ProgressiveDisease),
            new("P06", t, [0, -31, -33, -18, 6], RecistCategory.PartialResponse),
        ];
    }

    public static IReadOnlyList<WaterfallBar> Waterfall() =>
    [
        new("P01", -100, RecistCategory.CompleteResponse),
        new("P02", -48, RecistCategory.PartialResponse),
        new("P03", -12, RecistCategory.StableDisease),
        new("P04", 80, RecistCategory.ProgressiveDisease),
        new("P05", 48, RecistCategory.ProgressiveDisease),
        new("P06", -33, RecistCategory.PartialResponse),
        new("P07", 5, RecistCategory.StableDisease),
        new("P08", -25, RecistCategory.StableDisease),
        new("P09", 22, RecistCategory.ProgressiveDisease),
        new("P10", -71, RecistCategory.PartialResponse),
    ];

    public static IReadOnlyList<SwimmerLane> Swimmer() =>
    [
        new("P01", 540, RecistCategory.CompleteResponse, [new(42, SwimmerEventKind.Response)], Ongoing: true),
        new("P02", 390, RecistCategory.PartialResponse, [new(84, SwimmerEventKind.Response), new(330, SwimmerEventKind.Progression)]),
        new("P03", 250, RecistCategory.StableDisease, [new(210, SwimmerEventKind.Progression)]),
        new("P04", 120, RecistCategory.ProgressiveDisease, [new(84, SwimmerEventKind.Progression), new(120, SwimmerEventKind.Death)]),
        new("P05", 460, RecistCategory.PartialResponse, [new(42, SwimmerEventKind.Response)], Ongoing: true),
        new("P06", 200, RecistCategory.ProgressiveDisease, [new(42, SwimmerEventKind.Progression), new(200, SwimmerEventKind.Death)]),
    ];

    /// <summary>
    /// The Freireich et al. (1963, Blood 21:699) remission data for 6-MP and placebo, weeks converted to days; the
    /// product-limit estimates (with Greenwood 95% limits) computed by <see cref="ProductLimit"/>.
    /// </summary>
    public static IReadOnlyList<SurvivalCurveData> KaplanMeier()
    {
        (double Weeks, bool Event)[] mp =
        [
            (6, true), (6, true), (6, true), (6, false), (7, true), (9, false), (10, true), (10, false), (11, false), (13, true), (16, true),
            (17, false), (19, false), (20, false), (22, true), (23, true), (25, false), (32, false), (32, false), (34, false), (35, false),
        ];
        (double Weeks, bool Event)[] placebo =
        [
            (1, true), (1, true), (2, true), (2, true), (3, true), (4, true), (4, true), (5, true), (5, true), (8, true), (8, true),
            (8, true), (8, true), (11, true), (11, true), (12, true), (12, true), (15, true), (17, true), (22, true), (23, true),
        ];
        double[] riskDays = [0, 70, 140, 210];
        return [ProductLimit.Estimate("6-MP", mp, riskDays), ProductLimit.Estimate("Placebo", placebo, riskDays)];
    }

    public static IReadOnlyList<TornadoBar> Tornado() =>
    [
        new("α/β tumour (5–15 Gy)", 0.31, 0.36),
        new("T-cell kill rate (±50%)", 0.18, 0.52),
        new("PD-L1 induction (±50%)", 0.41, 0.27),
        new("RT immunogenicity (±50%)", 0.22, 0.47),
        new("Drug clearance (±30%)", 0.36, 0.32),
    ];

    public static IReadOnlyList<ScatterSeries> Scatter()
    {
        var random = new Random(6);
        double[] x = Enumerable.Range(0, 80).Select(_ => 2 + (random.NextDouble() * 10)).ToArray();
        double[] y = x.Select(v => (0.04 * v) + (0.06 * random.NextDouble())).ToArray();
        return [new("Sampled patients", x, y)];
    }

    public static IReadOnlyList<UncertaintyBand> Uncertainty()
    {
        double[] t = Enumerable.Range(0, 85).Select(d => (double)d).ToArray();
        UncertaintyBand Band(string label, double rate) => new(
            label,
            t,
            t.Select(d => 1000 * Math.Exp(-rate * d)).ToArray(),
            t.Select(d => 1000 * Math.Exp(-rate * 1.6 * d)).ToArray(),
            t.Select(d => 1000 * Math.Exp(-rate * 0.45 * d)).ToArray());
        return [Band("RT alone", 0.008), Band("RT + anti-PD-1", 0.02)];
    }
}
