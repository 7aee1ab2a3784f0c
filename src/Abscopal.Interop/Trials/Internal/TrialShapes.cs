using Abscopal.Interop.Scenarios;
using Abscopal.Interop.Scenarios.Internal;
using Abscopal.Trials.Designs;
using Abscopal.Trials.Populations;

namespace Abscopal.Interop.Trials.Internal;

/// <summary>The key tables of a trial file (docs/trials.md); drugs reuse the scenario file's drug shape.</summary>
internal static class TrialShapes
{
    private static NumberShape Day(string description) => new(description) { Minimum = 0, Unit = "days" };

    public static ObjectShape Lesions { get; } = new(
        "Number of target lesions of an eligible patient.",
        [
            new("min", new NumberShape("Fewest target lesions.") { Minimum = 1, Maximum = PopulationSpec.MaxTargetLesions, Integer = true }),
            new("max", new NumberShape("Most target lesions (RECIST 1.1: at most 5; mice: at most 2).") { Minimum = 1, Maximum = PopulationSpec.MaxTargetLesions, Integer = true }),
        ]);

    public static ObjectShape InoculatedTumour { get; } = new(
        "One flank tumour of every animal and its volume when treatment starts.",
        [
            new("name", new StringShape("Tumour name, the lesion id (e.g. primary, secondary); target it with lesion:<name>.") { Pattern = "^[A-Za-z][A-Za-z0-9_]*$", PatternWords = "a letter then letters, digits or '_'" }, Required: true),
            new("volume_mm3", new NumberShape("Median tumour volume at treatment start (day 0).") { Minimum = 0, MinimumExclusive = true, Maximum = 5000, Unit = "mm³" }, Required: true),
            new("sd_log", new NumberShape("Between-animal standard deviation of ln(volume); default 0.") { Minimum = 0, Maximum = 2, Default = 0 }),
        ]);

    public static ObjectShape Inoculation { get; } = new(
        "Mice: tumour inoculation and the tumours at treatment start (replaces lesions).",
        [
            new("days_before_start", new NumberShape("Days from injecting the tumour cells to treatment start (day 0).") { Minimum = 0, Maximum = 365, Unit = "days" }, Required: true),
            new("tumours", new ArrayShape("The flank tumours of each animal: 1 or 2 (one per flank).", InoculatedTumour) { MinItems = 1 }, Required: true),
        ]);

    public static ObjectShape Population { get; } = new(
        "Who is enrolled.",
        [
            new("species", new StringShape("human or mouse.") { Enum = ScenarioVocabulary.SpeciesNames }, Required: true),
            new("subtype", new StringShape("Breast-cancer subtype (humans; default TNBC).") { Enum = ScenarioVocabulary.SubtypeNames }),
            new("tumor_model", new StringShape("Murine line (mice).") { Enum = ScenarioVocabulary.TumorModelNames }),
            new("line", new StringShape("Line of therapy (humans).") { Enum = PopulationIds.LineIds }),
            new("pdl1", new StringShape("PD-L1 eligibility by CPS (humans).") { Enum = PopulationIds.PdL1Ids }),
            new("lesions", Lesions),
            new("inoculation", Inoculation),
        ],
        [
            new WhenEqualsRule("species", "mouse", ["tumor_model"], ["subtype", "line", "pdl1"]),
            new WhenEqualsRule("species", "human", [], ["tumor_model", "inoculation"]),
            new ExcludesRule("inoculation", ["lesions"], "the inoculated tumours are the lesions; give one of them"),
        ]);

    public static ObjectShape Radiotherapy { get; } = new(
        "A course of equal fractions to the lesion a rule picks in each patient.",
        [
            new("target", new StringShape($"Lesion rule: {LesionRule.Allowed}.") { Pattern = "^(largest|smallest|site:[a-z_ -]+|lesion:[A-Za-z][A-Za-z0-9_]*)$", PatternWords = LesionRule.Allowed }, Required: true),
            new("dose_per_fraction_gy", new NumberShape("Dose per fraction.") { Minimum = 0, MinimumExclusive = true, Maximum = 30, Unit = "Gy" }, Required: true),
            new("fractions", new NumberShape("Number of fractions.") { Minimum = 1, Maximum = 50, Integer = true }, Required: true),
            new("start_day", Day("Day of the first fraction (day 0 is a Monday); default 0.")),
            new("interval_days", new NumberShape("Days between fractions; default 1.") { Minimum = 0, MinimumExclusive = true, Maximum = 365, Unit = "days", Default = 1 }),
            new("skip_weekends", new BooleanShape("Move weekend fractions to Monday; default false.") { Default = false }),
        ]);

    public static ObjectShape Treatment { get; } = new(
        "Radiotherapy courses (targets by lesion rule) and drug regimens.",
        [
            new("radiotherapy", new ArrayShape("Radiotherapy courses.", Radiotherapy)),
            new("drugs", new ArrayShape("Drug regimens.", ScenarioShapes.Drug)),
        ]);

    public static ObjectShape Arm { get; } = new(
        "One arm.",
        [
            new("name", new StringShape("Arm name, unique in the trial."), Required: true),
            new("treatment", Treatment),
        ]);

    public static ObjectShape Assessment { get; } = new(
        "Tumour assessments: baseline at day 0, then every every_days up to until_day.",
        [
            new("every_days", new NumberShape("Days between assessments.") { Minimum = 0, MinimumExclusive = true, Maximum = 365, Unit = "days" }, Required: true),
            new("until_day", new NumberShape("Last day of follow-up.") { Minimum = 0, MinimumExclusive = true, Maximum = 3650, Unit = "days" }, Required: true),
        ]);

    public static ObjectShape Responder { get; } = new(
        "Preclinical responder: every tumour at most max_volume_mm3 on day.",
        [
            new("max_volume_mm3", new NumberShape("Largest volume of a responding tumour.") { Minimum = 0, Unit = "mm³" }, Required: true),
            new("day", Day("Day of the read-out."), Required: true),
        ]);

    public static ObjectShape Power { get; } = new(
        "Mice: the smallest group size whose responder comparison with the first group (Fisher's exact test) reaches the target power, by repeated simulation.",
        [
            new("target", new NumberShape("Power to reach; default 0.8.") { Minimum = 0, MinimumExclusive = true, Maximum = 1, Default = 0.8 }),
            new("alpha", new NumberShape("Two-sided significance level; default 0.05.") { Minimum = 0, MinimumExclusive = true, Maximum = 1, Default = 0.05 }),
            new("replicates", new NumberShape("Simulated experiments per group size; default 200.") { Minimum = 1, Maximum = GroupSizeSpec.MaxReplicates, Integer = true, Default = 200 }),
            new("min_group_size", new NumberShape("Smallest group size tried; default 3.") { Minimum = 1, Maximum = GroupSizeSpec.MaxAnimalsPerGroup, Integer = true, Default = 3 }),
            new("max_group_size", new NumberShape("Largest group size tried; default 20.") { Minimum = 1, Maximum = GroupSizeSpec.MaxAnimalsPerGroup, Integer = true, Default = 20 }),
        ]);

    public static ObjectShape Trial { get; } = new(
        "A virtual trial.",
        [
            new("name", new StringShape("Trial name."), Required: true),
            new("population", Population, Required: true),
            new("arms", new ArrayShape("Arms; the first is the reference of comparisons.", Arm) { MinItems = 1 }, Required: true),
            new("patients_per_arm", new NumberShape("Virtual patients per arm.") { Minimum = 1, Maximum = TrialDesign.MaxPatientsPerArm, Integer = true }, Required: true),
            new("assessment", Assessment, Required: true),
            new("seed", new NumberShape("Seed of the virtual patients; default 1.") { Minimum = 0, Maximum = 9007199254740991, Integer = true, Default = 1 }),
            new("confirmation", new BooleanShape("Require confirmation of responses (RECIST 1.1 §4.6); default true.") { Default = true }),
            new("responder", Responder),
            new("power", Power),
        ]);

    public static ObjectShape Root { get; } = new("An Abscopal trial file.", [new("trial", Trial, Required: true)]);
}
