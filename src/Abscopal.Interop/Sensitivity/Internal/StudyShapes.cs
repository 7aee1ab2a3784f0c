using Abscopal.Interop.Scenarios.Internal;

namespace Abscopal.Interop.Sensitivity.Internal;

/// <summary>The key tables of a sensitivity study file: a scenario's keys plus <c>sensitivity</c>; the reader and docs/sensitivity.schema.json both come from them.</summary>
internal static class StudyShapes
{
    /// <summary>Treatment fields a factor can vary: the dose per fraction of a radiotherapy course, the first-dose day of a drug regimen.</summary>
    public const string TreatmentFieldPattern = @"^(radiotherapy\[[0-9]+\]\.dose_per_fraction_gy|drugs\[[0-9]+\]\.start_day)$";

    public static IReadOnlyList<string> MethodNames { get; } = ["morris", "sobol", "prcc"];

    public static IReadOnlyList<string> ScaleNames { get; } = ["linear", "log"];

    public static ObjectShape Factor { get; } = new(
        "A factor: one parameter, initial value or treatment field, with a range min–max or ±relative_percent around the scenario's value.",
        [
            new("parameter", new StringShape("Parameter id of the scenario's model.") { Pattern = ScenarioShapes.IdentifierPattern, PatternWords = "an identifier such as kLN or T[liver1]" }),
            new("initial", new StringShape("State id whose initial value varies.") { Pattern = ScenarioShapes.IdentifierPattern, PatternWords = "an identifier such as TV" }),
            new("treatment", new StringShape("Treatment field: radiotherapy[i].dose_per_fraction_gy (Gy) or drugs[i].start_day (days), i counting from 0 in file order.") { Pattern = TreatmentFieldPattern, PatternWords = "radiotherapy[i].dose_per_fraction_gy or drugs[i].start_day" }),
            new("min", new NumberShape("Lower end of the range, in the factor's units.")),
            new("max", new NumberShape("Upper end of the range, in the factor's units.")),
            new("relative_percent", new NumberShape("Range as ± this percentage of the scenario's value (instead of min and max).") { Minimum = 0, MinimumExclusive = true, Maximum = 100, Unit = "%" }),
            new("scale", new StringShape("Sampling: linear (uniform) or log (log-uniform, min > 0); default linear.") { Enum = ScaleNames }),
        ],
        [new ExactlyOneRule(["parameter", "initial", "treatment"])]);

    public static ObjectShape Sensitivity { get; } = new(
        "Global sensitivity study: the factors varied around the scenario, and defaults for the command line's options.",
        [
            new("factors", new ArrayShape("The factors, each sampled independently over its range.", Factor) { MinItems = 1 }, Required: true),
            new("outcome", new StringShape("Outcome read from each run (see docs/sensitivity.md), e.g. final_tumour_burden_mm3; --outcome overrides.")),
            new("method", new StringShape("Default method; --method overrides.") { Enum = MethodNames }),
            new("samples", new NumberShape("Default sample count (Morris trajectories, Sobol base samples, PRCC points); --samples overrides.") { Minimum = 2, Maximum = 1_000_000, Integer = true }),
            new("seed", new NumberShape("Default seed; --seed overrides.") { Minimum = 0, Maximum = 9007199254740991, Integer = true }),
        ]);

    public static ObjectShape Root { get; } = new(
        "An Abscopal sensitivity study: a scenario (the keys of a scenario file) and a sensitivity block.",
        [.. ScenarioShapes.Root.Fields, new("sensitivity", Sensitivity, Required: true)],
        ScenarioShapes.Root.Rules);
}
