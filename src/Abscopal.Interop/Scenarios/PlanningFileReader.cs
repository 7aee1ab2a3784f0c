using System.Globalization;
using System.Text;
using Abscopal.Interop.Scenarios.Internal;
using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Drugs;
using Abscopal.Pharmacology.Regimens;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Abscopal.Interop.Scenarios;

/// <summary>
/// Reads planning files (<c>abscopal plan</c>): the scenario's <c>model</c> and <c>patient:</c> block plus <c>planning:</c>,
/// checked with the scenario reader's machinery (every error with file, line, column, field and what is allowed).
/// </summary>
public static class PlanningFileReader
{
    /// <summary>The models planning supports.</summary>
    public static IReadOnlyList<string> PlanningModels { get; } = ["abscopal-core"];

    /// <summary>Reads the planning file in <paramref name="yaml"/>; never throws for bad content.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="fileName">Name shown in errors.</param>
    public static PlanningFileReadResult Parse(string yaml, string fileName = "<text>")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new List<ScenarioError>();
        var document = YamlDocumentLoader.Load(yaml, fileName, errors);
        if (document is null)
        {
            return Result(null, errors);
        }

        var checker = new ShapeChecker(fileName, errors);
        var root = checker.Check(document, PlanningShapes.Root, string.Empty);
        PlanningFile? file = null;
        if (root is not null)
        {
            file = Bind(root, checker, fileName, errors.Count > 0);
        }

        return Result(errors.Count == 0 ? file : null, errors);
    }

    /// <summary>Reads the planning file at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    public static PlanningFileReadResult ParseFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        return Parse(File.ReadAllText(full, Encoding.UTF8), Path.GetFileName(full));
    }

    private static PlanningFile? Bind(ValueNode root, ShapeChecker check, string fileName, bool failed)
    {
        var model = root.Text("model");
        if (model is not null && !PlanningModels.Contains(model, StringComparer.Ordinal))
        {
            check.Error(root["model"]!, $"planning supports the model(s) {string.Join(", ", PlanningModels)}, not '{model}'; allowed: {string.Join(", ", PlanningModels)}");
            failed = true;
        }

        var patientNode = root["patient"];
        ScenarioPatient? patient = null;
        if (patientNode is not null)
        {
            var scenarioOptions = ScenarioReaderOptions.Default;
            var binder = new ScenarioBinder(check, scenarioOptions, fileName);
            patient = binder.BindPatient(patientNode);
            if (patient is not null && patient.Species != HostSpecies.Human && patientNode["species"] is { } speciesNode)
            {
                check.Error(speciesNode, "planning is for patients (the uncertainty prior is built from human biomarkers); allowed: human");
                failed = true;
            }
        }

        var node = root["planning"];
        if (node is null || !node.Complete || patient is null || model is null)
        {
            return null;
        }

        var horizon = node.Number("horizon_days") ?? 252;
        var regimens = new List<(NamedDrugRegimen Regimen, ValueNode At)>();
        foreach (var item in node["drugs"]?.List ?? [])
        {
            var regimen = item.Value is string name ? Named(item, name, check) : Explicit(item, check, fileName, horizon);
            if (regimen is null)
            {
                failed = true;
            }
            else if (regimens.FirstOrDefault(r => r.Regimen.Name == regimen.Name) is { At: not null } twin)
            {
                check.Error(item, $"'{regimen.Name}' is the same regimen as the item at line {twin.At.Line}; the regimens must all differ");
                failed = true;
            }
            else
            {
                regimens.Add((regimen, item));
            }
        }

        var dose = node["dose_per_fraction_gy"]!;
        double min = dose.Number("min") ?? 0, max = dose.Number("max") ?? 0;
        if (min > max)
        {
            check.Error(dose["max"]!, string.Create(CultureInfo.InvariantCulture, $"max {max} is below min {min}; allowed: a number in [min = {min}, 30] Gy"));
            failed = true;
        }

        var lesionIds = patient.Lesions.Select(l => l.Id).ToArray();
        var maxLesions = (int)(node.Number("max_irradiated_lesions") ?? 1);
        if (maxLesions > lesionIds.Length)
        {
            check.Error(node["max_irradiated_lesions"]!, $"{maxLesions} is more than the patient's {lesionIds.Length} lesion(s); allowed: an integer in [1, {lesionIds.Length}]");
            failed = true;
        }

        var organs = new List<(string, string, double)>();
        foreach (var organ in node["constraints"]?["organs_at_risk"]?.List ?? [])
        {
            if (organ.Text("lesion") is { } lesion && !lesionIds.Contains(lesion, StringComparer.Ordinal))
            {
                check.Error(organ["lesion"]!, $"'{lesion}' is not a lesion; allowed: {string.Join(", ", lesionIds)}");
                failed = true;
            }
            else if (organ.Text("lesion") is { } id && organ.Text("organ") is { } key)
            {
                organs.Add((id, key, organ.Number("dose_share") ?? 1));
            }
        }

        double[] starts = [.. (node["drug_start_days_relative_to_rt"]?.List ?? []).Select(d => (double)d.Value!).Order()];
        if (starts.Length == 0)
        {
            starts = [0];
        }

        // The first fraction is on the day that puts the earliest drug start on day 0; every start must fall before the horizon.
        var rtStart = Math.Max(0, -starts[0]);
        if (rtStart + starts[^1] >= horizon && node["drug_start_days_relative_to_rt"] is { } startsNode)
        {
            check.Error(startsNode, string.Create(CultureInfo.InvariantCulture, $"the latest drug start falls on day {rtStart + starts[^1]} (RT starts on day {rtStart}), not before horizon_days {horizon}; allowed: starts that fall before the horizon"));
            failed = true;
        }

        if (failed)
        {
            return null;
        }

        var planning = new ScenarioPlanning(
            Array.AsReadOnly(regimens.Select(r => r.Regimen).ToArray()),
            maxLesions,
            Array.AsReadOnly(node["fractions"]!.List.Select(f => (int)(double)f.Value!).ToArray()),
            min,
            max,
            Array.AsReadOnly(starts),
            node.Text("objective")!,
            node["constraints"]?.Number("alc_nadir_min_per_uL"),
            organs.AsReadOnly(),
            (int)(node.Number("uncertainty_samples") ?? 200),
            horizon)
        {
            AlcNadirProbability = node["constraints"]?.Number("alc_nadir_probability") ?? ScenarioPlanning.DefaultAlcNadirProbability,
        };
        return new PlanningFile(fileName, model, patient, planning);
    }

    // A named regimen, a library drug (its first named regimen) or a class (resolved for patients).
    private static NamedDrugRegimen? Named(ValueNode item, string name, ShapeChecker check)
    {
        var forDrug = RegimenLibrary.ForDrug(ScenarioVocabulary.ResolveDrugClass(name, HostSpecies.Human) ?? name);
        var regimen = RegimenLibrary.Find(name) ?? (forDrug.Count > 0 ? forDrug[0] : null);
        if (regimen is null || regimen.Drug.StartsWith("murine", StringComparison.Ordinal))
        {
            var allowed = RegimenLibrary.All.Where(r => !r.Drug.StartsWith("murine", StringComparison.Ordinal)).Select(r => r.Name);
            check.Error(item, $"'{name}' has no named regimen for patients; allowed: {string.Join(", ", allowed)}, or an explicit regimen {{ drug, dose_mg, every_days, cycles }}");
            return null;
        }

        return regimen;
    }

    // An explicit regimen with the keys of a scenario drug item; its start is each candidate's drug_start_days_relative_to_rt.
    private static NamedDrugRegimen? Explicit(ValueNode item, ShapeChecker check, string fileName, double horizon)
    {
        var ok = item.Complete;
        foreach (var key in (string[])["start_day", "days"])
        {
            if (item[key] is { } given)
            {
                check.Error(given, $"{key} does not apply in planning: each candidate starts the drug at one of drug_start_days_relative_to_rt (days from the first fraction); allowed keys here: drug, dose_mg, dose_mg_per_kg, every_days, cycles");
                ok = false;
            }
        }

        string? drug = null;
        if (item.Text("drug") is { } written)
        {
            var found = DrugLibrary.Find(ScenarioVocabulary.ResolveDrugClass(written, HostSpecies.Human) ?? written);
            if (found is null || found.ForMouse)
            {
                var fitting = DrugLibrary.All.Where(d => !d.ForMouse).Select(d => d.Name);
                check.Error(item["drug"]!, $"'{written}' is a murine antibody, not for a patient; allowed: {string.Join(", ", fitting)}, or a class ({string.Join(", ", ScenarioVocabulary.DrugClassNames)})");
                ok = false;
            }
            else
            {
                drug = found.Name;
            }
        }

        var cycles = item.Number("cycles");
        var every = item.Number("every_days");
        if (item.Complete && cycles is null && every is null)
        {
            check.Error(item, "an explicit regimen needs every_days (the drug is then given every every_days until the horizon) or cycles: 1; allowed: every_days in (0, 365] days, cycles an integer in [1, 200]");
            ok = false;
        }

        if (!ok || drug is null)
        {
            return null;
        }

        var c = CultureInfo.InvariantCulture;
        var (dose, doseName) = item.Number("dose_mg") is { } mg
            ? (DrugDose.Flat(mg), string.Create(c, $"{mg:0.##}mg"))
            : (DrugDose.PerKg(item.Number("dose_mg_per_kg")!.Value), string.Create(c, $"{item.Number("dose_mg_per_kg")!.Value:0.##}mgkg"));
        var name = drug + "-" + doseName + (every is { } e ? string.Create(c, $"-q{e:0.##}d") : string.Empty) + (cycles is { } n ? string.Create(c, $"-x{n:0}") : string.Empty);

        // One dose needs no spacing: the period is then the horizon (any positive value gives the same single dose).
        return new NamedDrugRegimen(name, drug, dose, every ?? horizon, cycles is { } k ? (int)k : null, $"explicit regimen, {fileName} line {item.Line}");
    }

    private static PlanningFileReadResult Result(PlanningFile? file, List<ScenarioError> errors) =>
        new(file, Array.AsReadOnly(errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToArray()));
}
