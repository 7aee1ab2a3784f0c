using System.Collections.ObjectModel;
using Abscopal.Modeling.Text;
using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Drugs;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;

namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>Turns a shape-checked tree into typed records, checking what a schema cannot: cross-references, species rules, known names.</summary>
internal sealed class ScenarioBinder(ShapeChecker check, ScenarioReaderOptions options, string fileName)
{
    // Plausibility bounds that catch unit slips (a mouse's weight in grams, a patient's in tonnes); assumed, not from a source.
    private const double MaxMouseWeightKg = 0.1;
    private const double MinHumanWeightKg = 20;

    private static readonly string[] s_modelFileExtensions = [".ant", ".xml", ".sbml"];

    private bool _failed;

    public Scenario? Bind(ValueNode root, bool shapeErrors)
    {
        _failed = shapeErrors;
        string? model = root.Text("model");
        string? modelPath = model is null ? null : CheckModel(root["model"]!, model);
        var parameters = Numbers(root["parameters"]);
        var initial = Numbers(root["initial"]);
        var simulation = BindSimulation(root["simulation"]);
        var patientNode = root["patient"];
        var patient = patientNode is null ? null : BindPatient(patientNode);
        // Targets are checked only against a readable lesion list, so that one broken lesion does not also fail every course.
        string[]? ids = patientNode is null ? [Scenario.SingleTumorLesionId] : LesionsReadable(patientNode) ? LesionIds(patientNode) : null;
        var species = patient?.Species ?? SpeciesOf(patientNode);
        var treatment = BindTreatment(root["treatment"], ids, species, patientNode is not null, simulation?.Days);
        if (_failed || model is null || simulation is null || treatment is null || (patientNode is not null && patient is null))
        {
            return null;
        }

        return new Scenario
        {
            FileName = fileName,
            Model = model,
            ModelPath = modelPath,
            Parameters = parameters,
            Initial = initial,
            Patient = patient,
            Treatment = treatment,
            Simulation = simulation,
        };
    }

    private void Fail(ValueNode at, string message)
    {
        check.Error(at, message);
        _failed = true;
    }

    private static HostSpecies? SpeciesOf(ValueNode? patient) =>
        patient?.Text("species") is { } s ? PatientIds.ParseSpecies(s) : null;

    private static ReadOnlyDictionary<string, double> Numbers(ValueNode? map) =>
        new(map is null ? new Dictionary<string, double>(StringComparer.Ordinal) : map.Map.ToDictionary(p => p.Key, p => (double)p.Value.Value!, StringComparer.Ordinal));

    private static string[] LesionIds(ValueNode patient) =>
        [.. (patient["lesions"]?.List ?? []).Select(l => l.Text("id")).OfType<string>().Distinct(StringComparer.Ordinal)];

    private static bool LesionsReadable(ValueNode patient) =>
        patient["lesions"] is { Complete: true } lesions && lesions.List.All(l => l.Text("id") is not null);

    private string? CheckModel(ValueNode at, string model)
    {
        bool isPath = s_modelFileExtensions.Any(e => model.EndsWith(e, StringComparison.OrdinalIgnoreCase)) || model.Contains('/', StringComparison.Ordinal) || model.Contains('\\', StringComparison.Ordinal);
        if (isPath)
        {
            string full = Path.GetFullPath(model, options.BaseDirectory ?? Environment.CurrentDirectory);
            if (options.BaseDirectory is not null && !File.Exists(full))
            {
                Fail(at, $"model file '{model}' not found relative to the scenario file; allowed: a model id or the path of a .ant or .xml file relative to the scenario file");
            }

            return full;
        }

        if (options.KnownModels is { } known && !known.Contains(model, StringComparer.Ordinal))
        {
            Fail(at, $"unknown model '{model}'{NameSuggestion.DidYouMean(model, known)}; allowed: {string.Join(", ", known.Order(StringComparer.Ordinal))}, or the path of a .ant or .xml file");
        }

        return null;
    }

    private ScenarioSimulation? BindSimulation(ValueNode? node)
    {
        if (node is null || !node.Complete || node.Number("days") is not { } days)
        {
            return null;
        }

        double every = node.Number("output_every_days") ?? 1;
        if (node["output_every_days"] is { } at && every > days)
        {
            Fail(at, $"{NumberShape.Format(every)} is longer than the simulation; allowed: (0, simulation.days = {NumberShape.Format(days)}] days");
        }

        return new ScenarioSimulation(days, every, node.Number("rtol") ?? 1e-6, node.Number("atol") ?? 1e-9);
    }

    public ScenarioPatient? BindPatient(ValueNode node)
    {
        var species = SpeciesOf(node);
        var lesions = new List<ScenarioLesion>();
        var seen = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var lesion in node["lesions"]?.List ?? [])
        {
            if (lesion["id"] is { } idNode && lesion.Text("id") is { } id)
            {
                if (seen.TryGetValue(id, out var first))
                {
                    Fail(idNode, $"lesion id '{id}' is already used at line {first.Line}; allowed: ids that are unique in the file");
                }
                else
                {
                    seen[id] = idNode;
                }
            }

            if (species == HostSpecies.Human && lesion.Text("site") == "flank" && lesion["site"] is { } siteNode)
            {
                Fail(siteNode, $"'flank' is a mouse site; allowed for a human: {string.Join(", ", ScenarioVocabulary.SiteNames.Where(s => s != "flank"))}");
            }

            if (lesion.Complete && lesion.Text("id") is { } lesionId && lesion.Text("site") is { } site)
            {
                bool byVolume = lesion.Number("volume_mm3") is not null;
                double diameter = lesion.Number("diameter_mm") ?? LesionGeometry.DiameterFromVolume(lesion.Number("volume_mm3")!.Value);
                double volume = lesion.Number("volume_mm3") ?? LesionGeometry.VolumeFromDiameter(diameter);
                lesions.Add(new ScenarioLesion(lesionId, PatientIds.ParseSite(site), diameter, volume, byVolume));
            }
        }

        double? weight = node.Number("weight_kg");
        if (weight is { } w && node["weight_kg"] is { } weightNode)
        {
            if (species == HostSpecies.Mouse && w > MaxMouseWeightKg)
            {
                Fail(weightNode, $"{NumberShape.Format(w)} kg is not a mouse's weight (about 0.020 kg = 20 g); allowed for a mouse: (0, {NumberShape.Format(MaxMouseWeightKg)}] kg");
            }
            else if (species == HostSpecies.Human && w < MinHumanWeightKg)
            {
                Fail(weightNode, $"{NumberShape.Format(w)} kg is not an adult patient's weight; allowed for a human: [{NumberShape.Format(MinHumanWeightKg)}, 400] kg");
            }
        }

        var biomarkers = BindBiomarkers(node["biomarkers"]);
        if (!node.Complete || species is null || biomarkers is null || lesions.Count != (node["lesions"]?.List.Count ?? -1))
        {
            return null;
        }

        return new ScenarioPatient(
            species.Value,
            node.Text("subtype") is { } subtype ? PatientIds.ParseSubtype(subtype) : null,
            node.Text("tumor_model") is { } tumorModel ? PatientIds.ParseTumorLine(tumorModel) : null,
            weight ?? RegimenLibrary.MouseWeightKg,
            biomarkers,
            lesions.AsReadOnly());
    }

    private Biomarkers? BindBiomarkers(ValueNode? markers)
    {
        if (markers is null)
        {
            return Biomarkers.None;
        }

        if (!markers.Complete)
        {
            return null;
        }

        try
        {
            return new Biomarkers
            {
                PdL1Cps = markers.Number("pdl1_cps"),
                TilsPercent = markers.Number("tils_percent"),
                Rsi = markers.Number("rsi"),
                AlcPerMicrolitre = markers.Number("alc_per_uL"),
            };
        }
        catch (ArgumentOutOfRangeException e)
        {
            // The model library's bounds are a little narrower than the schema's at the edges (rsi < 1, ALC ≥ 1 cell/µL).
            string message = e.Message.Split('\n')[0];
            int parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            Fail(e.ParamName is { } key && markers[key] is { } at ? at : markers, (parameter < 0 ? message : message[..parameter]).Trim());
            return null;
        }
    }

    private ScenarioTreatment? BindTreatment(ValueNode? node, string[]? lesionIds, HostSpecies? species, bool hasPatient, double? endDay)
    {
        if (node is null)
        {
            return ScenarioTreatment.None;
        }

        var courses = new List<RtCourse>();
        var rtNodes = node["radiotherapy"]?.List ?? [];
        foreach (var rt in rtNodes)
        {
            if (lesionIds is not null && rt.Text("target") is { } target && !lesionIds.Contains(target, StringComparer.Ordinal))
            {
                string known = lesionIds.Length == 0 ? "none" : string.Join(", ", lesionIds);
                string why = hasPatient ? "the target must be a lesion of patient.lesions" : $"without a patient block the one lesion is '{Scenario.SingleTumorLesionId}'";
                Fail(rt["target"]!, $"'{target}' is not a lesion{NameSuggestion.DidYouMean(target, lesionIds)}; {why}; lesions: {known}");
            }

            CheckStart(rt["start_day"], endDay);
            if (rt.Complete && rt.Text("target") is { } t && rt.Number("dose_per_fraction_gy") is { } d && rt.Number("fractions") is { } n)
            {
                courses.Add(new RtCourse(t, d, (int)n, rt.Number("start_day") ?? 0, rt.Number("interval_days") ?? 1, rt.Flag("skip_weekends") ?? false));
            }
        }

        var regimens = new List<DrugRegimen>();
        var drugNodes = node["drugs"]?.List ?? [];
        foreach (var drug in drugNodes)
        {
            string? name = drug.Text("drug") is { } written ? ResolveDrug(drug["drug"]!, written, species, hasPatient) : null;
            CheckStart(drug["start_day"], endDay);
            foreach (var day in drug["days"]?.List ?? [])
            {
                CheckStart(day, endDay);
            }

            if (!drug.Complete || name is null)
            {
                continue;
            }

            var dose = drug.Number("dose_mg") is { } mg ? DrugDose.Flat(mg) : DrugDose.PerKg(drug.Number("dose_mg_per_kg")!.Value);
            if (drug["days"] is { } days)
            {
                if (days.Complete && days.List.Count > 0)
                {
                    regimens.Add(new DrugRegimen(name, dose, days.List.Select(d => (double)d.Value!)));
                }
            }
            else if (drug.Number("cycles") is { } cycles)
            {
                regimens.Add(new DrugRegimen(name, dose, drug.Number("start_day") ?? 0, drug.Number("every_days") ?? 1, (int)cycles));
            }
        }

        bool complete = node.Complete && courses.Count == rtNodes.Count && regimens.Count == drugNodes.Count;
        return complete ? new ScenarioTreatment(courses.AsReadOnly(), regimens.AsReadOnly()) : null;
    }

    private void CheckStart(ValueNode? day, double? endDay)
    {
        if (day?.Value is double d && endDay is { } end && d >= end)
        {
            Fail(day, $"day {NumberShape.Format(d)} is not before the end of the simulation; allowed: [0, simulation.days = {NumberShape.Format(end)}) days");
        }
    }

    private string? ResolveDrug(ValueNode at, string written, HostSpecies? species, bool hasPatient)
    {
        if (ScenarioVocabulary.DrugClassNames.Contains(written, StringComparer.Ordinal))
        {
            if (species is { } s)
            {
                return ScenarioVocabulary.ResolveDrugClass(written, s);
            }

            if (!hasPatient)
            {
                Fail(at, $"'{written}' is a drug class, and without a patient block the species is unknown; allowed: a library drug ({string.Join(", ", DrugLibrary.All.Select(d => d.Name))})");
            }

            return null;
        }

        var drug = DrugLibrary.Find(written);
        if (drug is null)
        {
            return null;
        }

        if (species is { } sp && drug.ForMouse != (sp == HostSpecies.Mouse))
        {
            var fitting = DrugLibrary.All.Where(d => d.ForMouse == (sp == HostSpecies.Mouse)).Select(d => d.Name);
            string kind = drug.ForMouse ? "a murine antibody" : "a clinical antibody";
            Fail(at, $"'{written}' is {kind}, not for a {sp.Id()}; allowed for a {sp.Id()}: {string.Join(", ", fitting)}, or a class ({string.Join(", ", ScenarioVocabulary.DrugClassNames)})");
            return null;
        }

        return drug.Name;
    }
}
