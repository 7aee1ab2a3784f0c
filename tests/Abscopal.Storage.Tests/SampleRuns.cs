namespace Abscopal.Storage.Tests;

/// <summary>Runs to record in tests, with fixed times so results do not depend on the clock.</summary>
internal static class SampleRuns
{
    public static readonly DateTimeOffset Day1 = new(2026, 1, 5, 9, 30, 0, TimeSpan.Zero);

    public static NewRun Simulate(int hour = 0, string model = "irt-multilesion", long? seed = 42) => new()
    {
        Command = "simulate",
        InputJson = """{"patient":"tnbc-oligo","rt":{"dose_gy":8,"fractions":3},"drug":"pembrolizumab"}""",
        StartedAt = Day1.AddHours(hour),
        Model = model,
        ModelVersion = "0.1.0",
        ToolVersion = "0.1.0",
        Seed = seed,
        Label = "first look",
        Timings = [new("compile", 0.25), new("simulate", 1.5), new("report", 0.125)],
        SummaryJson = """{"best_response":"PR","abscopal":true}""",
        OutputPaths = ["out/report.html", "out/lesions.svg"],
    };
}
