using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Constraints;

namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>The key tables of a planning file (<c>abscopal plan</c>): the scenario's <c>model</c> and <c>patient</c> plus <c>planning</c> (docs/planning.md).</summary>
internal static class PlanningShapes
{
    /// <summary>The objective names of Abscopal.Planning (kept equal by a test).</summary>
    public static IReadOnlyList<string> ObjectiveNames { get; } = ["abscopal_response_probability", "objective_response_probability", "progression_free_days"];

    /// <summary>Names accepted in <c>planning.drugs</c>: library drugs, drug classes and named regimens.</summary>
    public static IReadOnlyList<string> DrugOrRegimenNames { get; } = [.. ScenarioShapes.DrugNames, .. RegimenLibrary.All.Select(r => r.Name)];

    /// <summary>An explicit regimen in <c>planning.drugs</c>: the keys of a scenario drug item, with the start taken from <c>drug_start_days_relative_to_rt</c>.</summary>
    public static ObjectShape ExplicitRegimen { get; } = new(
        "An explicit regimen: the keys of a scenario drug item; the start comes from drug_start_days_relative_to_rt.",
        [
            new("drug", new StringShape("Library drug name, or a class (anti-PD-1, anti-PD-L1, anti-CTLA-4).") { Enum = ScenarioShapes.DrugNames }, Required: true),
            new("dose_mg", new NumberShape("Flat dose per administration.") { Minimum = 0, MinimumExclusive = true, Maximum = 5000, Unit = "mg" }),
            new("dose_mg_per_kg", new NumberShape("Weight-based dose per administration.") { Minimum = 0, MinimumExclusive = true, Maximum = 100, Unit = "mg/kg" }),
            new("every_days", new NumberShape("Days between doses; required unless cycles is 1.") { Minimum = 0, MinimumExclusive = true, Maximum = 365, Unit = "days" }),
            new("cycles", new NumberShape("Number of doses; default: every every_days until the horizon.") { Minimum = 1, Maximum = 200, Integer = true }),
            new("start_day", new NumberShape("Not used in planning: the start is drug_start_days_relative_to_rt.") { Unit = "days" }),
            new("days", new ArrayShape("Not used in planning: the start is drug_start_days_relative_to_rt.", new NumberShape("A dose day.") { Unit = "days" })),
        ],
        [
            new ExactlyOneRule(["dose_mg", "dose_mg_per_kg"]),
            new RequiredWhenAtLeastRule("every_days", "cycles", 2),
        ]);

    public static ObjectShape DoseRange { get; } = new(
        "Range of dose per fraction the planner may choose.",
        [
            new("min", new NumberShape("Smallest dose per fraction.") { Minimum = 0, MinimumExclusive = true, Maximum = 30, Unit = "Gy" }, Required: true),
            new("max", new NumberShape("Largest dose per fraction.") { Minimum = 0, MinimumExclusive = true, Maximum = 30, Unit = "Gy" }, Required: true),
        ]);

    public static ObjectShape OrganAtRisk { get; } = new(
        "The organ at risk limiting one lesion's dose, and its maximum dose as a share of the prescription.",
        [
            new("lesion", new StringShape("Id of the lesion.") { Pattern = ScenarioShapes.LesionIdPattern, PatternWords = "a lesion id" }, Required: true),
            new("organ", new StringShape("Organ of the normal-tissue table (abscopal rt constraints).") { Enum = NormalTissueConstraints.Organs }, Required: true),
            new("dose_share", new NumberShape("Organ Dmax as a share of the prescribed dose; default 1 (organ abuts the target).") { Minimum = 0, MinimumExclusive = true, Maximum = 1, Default = 1 }),
        ]);

    public static ObjectShape Constraints { get; } = new(
        "Limits every returned plan respects.",
        [
            new("alc_nadir_min_per_uL", new NumberShape("ALC nadir limit: a plan keeps it when at least alc_nadir_probability of the samples stay at or above it.") { Minimum = 0, Maximum = 20000, Unit = "cells/µL" }),
            new("alc_nadir_probability", new NumberShape("Smallest share of the samples whose ALC nadir stays at or above alc_nadir_min_per_uL; default 0.9.") { Minimum = 0, MinimumExclusive = true, Maximum = 1, Default = 0.9 }),
            new("organs_at_risk", new ArrayShape("Organs at risk per lesion, replacing the site defaults (docs/planning.md).", OrganAtRisk)),
        ]);

    public static ObjectShape Planning { get; } = new(
        "What to search and what to maximise.",
        [
            new("drugs", new ArrayShape("Drug regimens to consider: a named regimen (e.g. pembrolizumab-200mg-q3w), a library drug (its first named regimen), a drug class, or an explicit regimen (drug, dose_mg or dose_mg_per_kg, every_days, cycles).", new ChoiceShape("Regimen, drug or explicit regimen.", new StringShape("Regimen or drug.") { Enum = DrugOrRegimenNames }, ExplicitRegimen)) { MinItems = 1, UniqueItems = true }, Required: true),
            new("max_irradiated_lesions", new NumberShape("Most lesions irradiated in one plan; default 1.") { Minimum = 1, Maximum = 10, Integer = true, Default = 1 }),
            new("fractions", new ArrayShape("Fraction numbers to consider.", new NumberShape("Number of fractions.") { Minimum = 1, Maximum = 50, Integer = true }) { MinItems = 1, UniqueItems = true }, Required: true),
            new("dose_per_fraction_gy", DoseRange, Required: true),
            new("drug_start_days_relative_to_rt", new ArrayShape("Days from the first fraction to the first drug dose (negative: drug first); default [0].", new NumberShape("Days.") { Minimum = -120, Maximum = 120, Unit = "days" }) { MinItems = 1, UniqueItems = true }),
            new("objective", new StringShape("What to maximise.") { Enum = ObjectiveNames }, Required: true),
            new("constraints", Constraints),
            new("uncertainty_samples", new NumberShape("Samples of the patient's parameters every plan is scored on; default 200.") { Minimum = 1, Maximum = 100000, Integer = true, Default = 200 }),
            new("horizon_days", new NumberShape("Simulated days from baseline; default 252.") { Minimum = 0, MinimumExclusive = true, Maximum = 3650, Unit = "days", Default = 252 }),
        ]);

    public static ObjectShape Root { get; } = new(
        "An Abscopal planning file: a model, a patient and the planning problem.",
        [
            new("model", new StringShape("Model id; planning supports abscopal-core."), Required: true),
            new("patient", ScenarioShapes.Patient, Required: true),
            new("planning", Planning, Required: true),
        ]);
}
