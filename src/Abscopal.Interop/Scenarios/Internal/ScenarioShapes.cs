using Abscopal.Pharmacology.Drugs;

namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>
/// The key tables of a scenario file: every key, its type, range, unit and meaning. The reader checks files against them
/// and docs/scenario.schema.json is generated from them, so the two cannot disagree.
/// </summary>
internal static class ScenarioShapes
{
    /// <summary>Identifiers of parameters and states: letters, digits, '_', optionally indexed by a lesion, e.g. T[liver1].</summary>
    public const string IdentifierPattern = @"^[A-Za-z_][A-Za-z0-9_]*(\[[A-Za-z_][A-Za-z0-9_]*\])?$";

    /// <summary>Lesion ids: a letter, then letters, digits or '_' (they become part of model symbol names).</summary>
    public const string LesionIdPattern = "^[A-Za-z][A-Za-z0-9_]*$";

    /// <summary>Drug names accepted in <c>treatment.drugs[i].drug</c>: every library drug, then the classes.</summary>
    public static IReadOnlyList<string> DrugNames { get; } = [.. DrugLibrary.All.Select(d => d.Name), .. ScenarioVocabulary.DrugClassNames];

    private static NumberShape Day(string description) => new(description) { Minimum = 0, Unit = "days" };

    public static ObjectShape Lesion { get; } = new(
        "A lesion: id, site and size (a diameter or a volume).",
        [
            new("id", new StringShape("Lesion identifier, unique in the file; radiotherapy targets name it.") { Pattern = LesionIdPattern, PatternWords = "a letter, then letters, digits or '_'" }, Required: true),
            new("site", new StringShape("Organ or site of the lesion; flank is for mice.") { Enum = ScenarioVocabulary.SiteNames }, Required: true),
            new("diameter_mm", new NumberShape("Longest diameter at day 0 (short axis for a lymph node).") { Minimum = 0, MinimumExclusive = true, Maximum = 300, Unit = "mm" }),
            new("volume_mm3", new NumberShape("Volume at day 0.") { Minimum = 0, MinimumExclusive = true, Maximum = 1.5e7, Unit = "mm³" }),
        ],
        [new ExactlyOneRule(["diameter_mm", "volume_mm3"])]);

    public static ObjectShape Biomarkers { get; } = new(
        "Baseline biomarkers; each optional.",
        [
            new("pdl1_cps", new NumberShape("PD-L1 combined positive score (22C3 assay).") { Minimum = 0, Maximum = 100 }),
            new("tils_percent", new NumberShape("Stromal tumour-infiltrating lymphocytes.") { Minimum = 0, Maximum = 100, Unit = "%" }),
            new("rsi", new NumberShape("Radiosensitivity index (Eschrich 2009); lower is more radiosensitive.") { Minimum = 0, MinimumExclusive = true, Maximum = 1 }),
            new("alc_per_uL", new NumberShape("Baseline absolute lymphocyte count.") { Minimum = 0, MinimumExclusive = true, Maximum = 20000, Unit = "cells/µL" }),
        ]);

    public static ObjectShape Patient { get; } = new(
        "The patient or mouse, for multi-lesion models.",
        [
            new("species", new StringShape("human or mouse.") { Enum = ScenarioVocabulary.SpeciesNames }, Required: true),
            new("tumor_model", new StringShape("Murine breast-cancer line (mice only).") { Enum = ScenarioVocabulary.TumorModelNames }),
            new("subtype", new StringShape("Breast-cancer subtype (patients only).") { Enum = ScenarioVocabulary.SubtypeNames }),
            new("weight_kg", new NumberShape("Body weight; for mg/kg doses and PK. Patients: required; mice: default 0.020 (20 g).") { Minimum = 0, MinimumExclusive = true, Maximum = 400, Unit = "kg" }),
            new("biomarkers", Biomarkers),
            new("lesions", new ArrayShape("Lesions, each a RECIST target lesion.", Lesion) { MinItems = 1 }, Required: true),
        ],
        [
            new WhenEqualsRule("species", "human", ["subtype", "weight_kg"], ["tumor_model"]),
            new WhenEqualsRule("species", "mouse", ["tumor_model"], ["subtype"]),
        ]);

    public static ObjectShape Radiotherapy { get; } = new(
        "A course of equal fractions to one lesion.",
        [
            new("target", new StringShape("Id of the irradiated lesion (tumor for single-tumour models).") { Pattern = LesionIdPattern, PatternWords = "a lesion id" }, Required: true),
            new("dose_per_fraction_gy", new NumberShape("Dose per fraction.") { Minimum = 0, MinimumExclusive = true, Maximum = 30, Unit = "Gy" }, Required: true),
            new("fractions", new NumberShape("Number of fractions.") { Minimum = 1, Maximum = 50, Integer = true }, Required: true),
            new("start_day", Day("Day of the first fraction (day 0 is a Monday); default 0.")),
            new("interval_days", new NumberShape("Days between fractions; default 1.") { Minimum = 0, MinimumExclusive = true, Maximum = 365, Unit = "days", Default = 1 }),
            new("skip_weekends", new BooleanShape("Move fractions falling on Saturday or Sunday to the next Monday; default false.") { Default = false }),
        ]);

    public static ObjectShape Drug { get; } = new(
        "A drug given regularly (every_days × cycles from start_day) or on explicit days.",
        [
            new("drug", new StringShape("Library drug name, or a class resolved by species (anti-PD-1, anti-PD-L1, anti-CTLA-4).") { Enum = DrugNames }, Required: true),
            new("dose_mg", new NumberShape("Flat dose per administration.") { Minimum = 0, MinimumExclusive = true, Maximum = 5000, Unit = "mg" }),
            new("dose_mg_per_kg", new NumberShape("Weight-based dose per administration.") { Minimum = 0, MinimumExclusive = true, Maximum = 100, Unit = "mg/kg" }),
            new("every_days", new NumberShape("Days between doses; required when cycles ≥ 2.") { Minimum = 0, MinimumExclusive = true, Maximum = 365, Unit = "days" }),
            new("start_day", Day("Day of the first dose; default 0.")),
            new("cycles", new NumberShape("Number of doses.") { Minimum = 1, Maximum = 200, Integer = true }),
            new("days", new ArrayShape("Explicit dose days, all different.", Day("A dose day.")) { MinItems = 1, UniqueItems = true }),
        ],
        [
            new ExactlyOneRule(["dose_mg", "dose_mg_per_kg"]),
            new ExactlyOneRule(["cycles", "days"]),
            new ExcludesRule("days", ["every_days", "start_day"]),
            new RequiredWhenAtLeastRule("every_days", "cycles", 2),
        ]);

    public static ObjectShape Treatment { get; } = new(
        "Radiotherapy courses and drug regimens; both optional.",
        [
            new("radiotherapy", new ArrayShape("Radiotherapy courses.", Radiotherapy)),
            new("drugs", new ArrayShape("Drug regimens.", Drug)),
        ]);

    public static ObjectShape Simulation { get; } = new(
        "How long to simulate and how finely.",
        [
            new("days", new NumberShape("Simulated time from day 0.") { Minimum = 0, MinimumExclusive = true, Maximum = 3650, Unit = "days" }, Required: true),
            new("output_every_days", new NumberShape("Spacing of output times; default 1.") { Minimum = 0, MinimumExclusive = true, Unit = "days", Default = 1 }),
            new("rtol", new NumberShape("Relative tolerance of the ODE solver; default 1e-6.") { Minimum = 1e-14, Maximum = 0.1, Default = 1e-6 }),
            new("atol", new NumberShape("Absolute tolerance of the ODE solver, in state units; default 1e-9.") { Minimum = 0, MinimumExclusive = true, Maximum = 1, Default = 1e-9 }),
        ]);

    public static ObjectShape Root { get; } = new(
        "An Abscopal scenario: a model, a patient or mouse, a treatment and how to simulate it.",
        [
            new("model", new StringShape("Model id (see `abscopal models list`) or a path to a .ant or .xml model file, relative to the scenario file."), Required: true),
            new("parameters", new MapShape("Parameter overrides by parameter id.", new StringShape("Parameter id.") { Pattern = IdentifierPattern, PatternWords = "an identifier such as kLN or T[liver1]" }, new NumberShape("Parameter value, in the model's units."))),
            new("initial", new MapShape("Initial values by state id (single-tumour models).", new StringShape("State id.") { Pattern = IdentifierPattern, PatternWords = "an identifier such as TV" }, new NumberShape("Initial value, in the model's units."))),
            new("patient", Patient),
            new("treatment", Treatment),
            new("simulation", Simulation, Required: true),
        ]);
}
