using System.Collections.Immutable;
using Abscopal.Interop.Scenarios;
using Abscopal.Interop.Scenarios.Internal;
using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Drugs;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Trials.Designs;
using Abscopal.Trials.Populations;

namespace Abscopal.Interop.Trials.Internal;

/// <summary>Turns a shape-checked trial tree into a <see cref="TrialDesign"/>, checking what the shapes cannot: species rules of drugs, possible populations, unique arm names.</summary>
internal sealed class TrialBinder(ShapeChecker check)
{
    private bool _failed;
    private string[]? _tumourNames;

    public TrialDesign? Bind(ValueNode root, bool shapeErrors)
    {
        _failed = shapeErrors;
        var trial = root["trial"];
        if (trial is null)
        {
            return null;
        }

        var population = BindPopulation(trial["population"]);
        _tumourNames = population?.Inoculation?.Tumours.Select(t => t.Name).ToArray();
        var species = population?.Species ?? (trial["population"]?.Text("species") is { } s ? PatientIds.ParseSpecies(s) : (HostSpecies?)null);
        var until = trial["assessment"]?.Number("until_day");
        var arms = new List<TrialArm>();
        var names = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var arm in trial["arms"]?.List ?? [])
        {
            if (arm.Text("name") is { } name)
            {
                if (names.TryGetValue(name, out var first))
                {
                    Fail(arm["name"]!, $"arm name '{name}' is already used at line {first.Line}; allowed: names unique in the trial");
                }
                else
                {
                    names[name] = arm["name"]!;
                }
            }

            var treatment = BindTreatment(arm["treatment"], species, until);
            if (arm.Complete && arm.Text("name") is { } n && treatment is not null)
            {
                arms.Add(new TrialArm(n, treatment));
            }
        }

        AssessmentSchedule? assessment = null;
        if (trial["assessment"] is { Complete: true } a && a.Number("every_days") is { } every && a.Number("until_day") is { } last)
        {
            if (last < every)
            {
                Fail(a["until_day"]!, $"{NumberShape.Format(last)} is before the first assessment; allowed: [assessment.every_days = {NumberShape.Format(every)}, 3650] days");
            }
            else
            {
                assessment = new AssessmentSchedule(every, last);
            }
        }

        ResponderRule? responder = null;
        if (trial["responder"] is { Complete: true } r && r.Number("max_volume_mm3") is { } v && r.Number("day") is { } day)
        {
            responder = new ResponderRule(v, day);
        }

        var power = BindPower(trial["power"], responder, trial["arms"]?.List.Count ?? 0);
        if (_failed || population is null || assessment is null || trial.Text("name") is not { } title || trial.Number("patients_per_arm") is not { } patients || arms.Count != (trial["arms"]?.List.Count ?? -1))
        {
            return null;
        }

        return new TrialDesign(title, population, arms, (long)patients, assessment, (ulong)(trial.Number("seed") ?? 1))
        {
            Recist = new() { RequireConfirmation = trial.Flag("confirmation") ?? true },
            Responder = responder,
            Power = power,
        };
    }

    private void Fail(ValueNode at, string message)
    {
        check.Error(at, message);
        _failed = true;
    }

    private PopulationSpec? BindPopulation(ValueNode? node)
    {
        if (node is null || !node.Complete || node.Text("species") is not { } speciesText)
        {
            return null;
        }

        var species = PatientIds.ParseSpecies(speciesText);
        var lesions = node["lesions"];
        var min = (int)(lesions?.Number("min") ?? 1);
        var max = (int)(lesions?.Number("max") ?? Math.Max(min, species == HostSpecies.Human ? 3 : 1));
        var inoculation = BindInoculation(node["inoculation"]);
        if (node["inoculation"] is not null && inoculation is null)
        {
            return null;
        }

        if (inoculation is not null)
        {
            (min, max) = (inoculation.Tumours.Length, inoculation.Tumours.Length);
        }

        try
        {
            return new PopulationSpec(
                species,
                node.Text("subtype") is { } st ? PatientIds.ParseSubtype(st) : null,
                node.Text("tumor_model") is { } tm ? PatientIds.ParseTumorLine(tm) : null,
                node.Text("line") is { } l ? PopulationIds.ParseLine(l) : LineOfTherapy.Any,
                node.Text("pdl1") is { } p ? PopulationIds.ParsePdL1(p) : PdL1Status.Any,
                min,
                max)
            {
                Inoculation = inoculation,
            };
        }
        catch (ArgumentException ex)
        {
            // The message starts with the field ("lesions.max: …"); point at that key when present.
            var field = ex.Message.Split(':')[0];
            var at = field switch
            {
                "lesions.min" => lesions?["min"] ?? lesions ?? node,
                "lesions.max" => lesions?["max"] ?? lesions ?? node,
                _ => node[field] ?? node,
            };
            var message = ex.Message.StartsWith(field + ": ", StringComparison.Ordinal) ? ex.Message[(field.Length + 2)..] : ex.Message;
            Fail(at, "impossible population: " + message.TrimEnd('.'));
            return null;
        }
    }

    private Inoculation? BindInoculation(ValueNode? node)
    {
        if (node is null || !node.Complete || node.Number("days_before_start") is not { } days)
        {
            return null;
        }

        var tumours = new List<InoculatedTumour>();
        var names = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var t in node["tumours"]?.List ?? [])
        {
            if (!t.Complete || t.Text("name") is not { } name || t.Number("volume_mm3") is not { } volume)
            {
                return null;
            }

            if (names.TryGetValue(name, out var first))
            {
                Fail(t["name"]!, $"tumour name '{name}' is already used at line {first.Line}; allowed: names unique in the animal");
                return null;
            }

            names[name] = t["name"]!;
            tumours.Add(new InoculatedTumour(name, volume, t.Number("sd_log") ?? 0));
        }

        if (tumours.Count > PopulationSpec.MaxMouseTumours)
        {
            Fail(node["tumours"]!, $"{tumours.Count} tumours is impossible; allowed: 1 to {PopulationSpec.MaxMouseTumours} (one per flank)");
            return null;
        }

        return new Inoculation(days, tumours);
    }

    private GroupSizeSpec? BindPower(ValueNode? node, ResponderRule? responder, int arms)
    {
        if (node is null || !node.Complete)
        {
            return null;
        }

        if (responder is null)
        {
            Fail(node, "a group-size search compares responders; allowed: power together with a responder rule (responder: {max_volume_mm3, day})");
            return null;
        }

        if (arms < 2)
        {
            Fail(node, "a group-size search compares groups; allowed: power with at least two arms");
            return null;
        }

        var min = (int)(node.Number("min_group_size") ?? 3);
        var max = (int)(node.Number("max_group_size") ?? Math.Max(min, 20));
        try
        {
            return new GroupSizeSpec(node.Number("target") ?? 0.8, node.Number("alpha") ?? 0.05, (int)(node.Number("replicates") ?? 200), min, max);
        }
        catch (ArgumentException ex)
        {
            var field = ex.Message.Split(':')[0];
            Fail(node[field] ?? node, ex.Message[(field.Length + 2)..].Split(" (Parameter")[0].TrimEnd('.'));
            return null;
        }
    }

    private void CheckTarget(ValueNode at, LesionRule rule)
    {
        if (rule.LesionId is { } id && _tumourNames is { } known && !known.Contains(id, StringComparer.Ordinal))
        {
            Fail(at, $"target 'lesion:{id}' names no tumour of the population; allowed: {string.Join(", ", known.Select(n => "lesion:" + n))}, largest, smallest");
        }
    }

    private ArmTreatment? BindTreatment(ValueNode? node, HostSpecies? species, double? until)
    {
        if (node is null)
        {
            return ArmTreatment.None;
        }

        var courses = new List<RtCourseRule>();
        var rtNodes = node["radiotherapy"]?.List ?? [];
        foreach (var rt in rtNodes)
        {
            LesionRule? rule = null;
            if (rt.Text("target") is { } target)
            {
                try
                {
                    rule = LesionRule.Parse(target);
                    CheckTarget(rt["target"]!, rule);
                }
                catch (ArgumentException ex)
                {
                    Fail(rt["target"]!, ex.Message.TrimEnd('.'));
                }
            }

            CheckDay(rt["start_day"], until);
            if (rt.Complete && rule is not null && rt.Number("dose_per_fraction_gy") is { } d && rt.Number("fractions") is { } n)
            {
                courses.Add(new RtCourseRule(rule, d, (int)n, rt.Number("start_day") ?? 0, rt.Number("interval_days") ?? 1, rt.Flag("skip_weekends") ?? false));
            }
        }

        var regimens = new List<DrugRegimen>();
        var drugNodes = node["drugs"]?.List ?? [];
        foreach (var drug in drugNodes)
        {
            var name = drug.Text("drug") is { } written ? ResolveDrug(drug["drug"]!, written, species) : null;
            CheckDay(drug["start_day"], until);
            if (!drug.Complete || name is null)
            {
                continue;
            }

            var dose = drug.Number("dose_mg") is { } mg ? DrugDose.Flat(mg) : DrugDose.PerKg(drug.Number("dose_mg_per_kg")!.Value);
            if (drug["days"] is { } days)
            {
                regimens.Add(new DrugRegimen(name, dose, days.List.Select(x => (double)x.Value!)));
            }
            else if (drug.Number("cycles") is { } cycles)
            {
                regimens.Add(new DrugRegimen(name, dose, drug.Number("start_day") ?? 0, drug.Number("every_days") ?? 1, (int)cycles));
            }
        }

        return node.Complete && courses.Count == rtNodes.Count && regimens.Count == drugNodes.Count ? new ArmTreatment([.. courses], [.. regimens]) : null;
    }

    private void CheckDay(ValueNode? day, double? until)
    {
        if (day?.Value is double d && until is { } end && d >= end)
        {
            Fail(day, $"day {NumberShape.Format(d)} is not before the end of follow-up; allowed: [0, assessment.until_day = {NumberShape.Format(end)}) days");
        }
    }

    // As the scenario reader: a class (anti-PD-1, …) resolves by species; a library drug must fit the species.
    private string? ResolveDrug(ValueNode at, string written, HostSpecies? species)
    {
        var scenarioSpecies = species ?? HostSpecies.Human;
        if (ScenarioVocabulary.DrugClassNames.Contains(written, StringComparer.Ordinal))
        {
            return species is null ? null : ScenarioVocabulary.ResolveDrugClass(written, scenarioSpecies);
        }

        var drug = DrugLibrary.Find(written);
        if (drug is null)
        {
            return null;
        }

        if (species is { } sp && drug.ForMouse != (sp == HostSpecies.Mouse))
        {
            var fitting = DrugLibrary.All.Where(d => d.ForMouse == (sp == HostSpecies.Mouse)).Select(d => d.Name);
            Fail(at, $"'{written}' is {(drug.ForMouse ? "a murine antibody" : "a clinical antibody")}, not for a {sp.Id()}; allowed for a {sp.Id()}: {string.Join(", ", fitting)}, or a class ({string.Join(", ", ScenarioVocabulary.DrugClassNames)})");
            return null;
        }

        return drug.Name;
    }
}
