using System.Globalization;
using Abscopal.Interop.Scenarios;
using Abscopal.Interop.Scenarios.Internal;
using Abscopal.Modeling.Text;

namespace Abscopal.Interop.Sensitivity.Internal;

/// <summary>Turns a shape-checked <c>sensitivity</c> block into factors with absolute ranges, checking ids against the model and indices against the treatment.</summary>
internal sealed class StudyBinder(ShapeChecker check, SensitivityStudyReaderOptions options)
{
    private bool _failed;

    public SensitivityStudyFile? Bind(ValueNode root, Scenario? scenario, bool earlierErrors)
    {
        _failed = earlierErrors;
        var block = root["sensitivity"];
        if (block is null)
        {
            return null;
        }

        ScenarioModelValues? values = null;
        if (scenario is not null && options.ModelValues is { } lookUp)
        {
            try
            {
                values = lookUp(scenario);
            }
            catch (ArgumentException e)
            {
                Fail(root["model"] ?? root, e.Message);
            }
        }

        var factors = new List<StudyFactor>();
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in block["factors"]?.List ?? [])
        {
            if (!item.Complete)
            {
                _failed = true;
                continue;
            }

            if (BindFactor(item, scenario, values) is { } factor)
            {
                if (names.TryGetValue(factor.Name, out int line))
                {
                    Fail(item, $"'{factor.Name}' is already a factor at line {line}; allowed: each factor once");
                }
                else
                {
                    names[factor.Name] = item.Line;
                    factors.Add(factor);
                }
            }
        }

        if (block.Text("outcome") is { } outcome && options.CheckOutcome?.Invoke(outcome) is { } problem)
        {
            Fail(block["outcome"]!, problem);
        }

        if (_failed || scenario is null)
        {
            return null;
        }

        return new SensitivityStudyFile
        {
            Scenario = scenario,
            Factors = factors.AsReadOnly(),
            Outcome = block.Text("outcome"),
            Method = block.Text("method"),
            Samples = block.Number("samples") is { } n ? (int)n : null,
            Seed = block.Number("seed") is { } s ? (ulong)s : null,
        };
    }

    private void Fail(ValueNode at, string message)
    {
        check.Error(at, message);
        _failed = true;
    }

    private StudyFactor? BindFactor(ValueNode item, Scenario? scenario, ScenarioModelValues? values)
    {
        bool log = item.Text("scale") == "log";
        double? relative = item.Number("relative_percent");
        double? min = item.Number("min");
        double? max = item.Number("max");
        if (relative is not null && (min is not null || max is not null))
        {
            Fail(item["relative_percent"]!, "relative_percent cannot be combined with min or max; allowed: min and max, or relative_percent");
            return null;
        }

        if (relative is null && (min is null || max is null))
        {
            Fail(item, $"the factor needs a range; allowed: min and max, or relative_percent (missing {(min is null ? "min" : "max")})");
            return null;
        }

        // What the factor is, and the scenario's value of it (for relative ranges).
        StudyFactorKind kind;
        string name;
        string? id = null;
        int index = -1;
        double? current = null;
        if (item.Text("parameter") is { } parameter)
        {
            (kind, name, id) = (StudyFactorKind.Parameter, parameter, parameter);
            if (values is not null)
            {
                if (!values.Parameters.TryGetValue(parameter, out double v))
                {
                    Fail(item["parameter"]!, $"'{parameter}' is not a parameter of model '{scenario!.Model}'{NameSuggestion.DidYouMean(parameter, values.Parameters.Keys)}; allowed: {List(values.Parameters.Keys)}");
                    return null;
                }

                current = v;
            }
        }
        else if (item.Text("initial") is { } state)
        {
            (kind, name, id) = (StudyFactorKind.InitialValue, "initial." + state, state);
            if (values is not null)
            {
                if (!values.States.TryGetValue(state, out double v))
                {
                    Fail(item["initial"]!, $"'{state}' is not a state of model '{scenario!.Model}'{NameSuggestion.DidYouMean(state, values.States.Keys)}; allowed: {List(values.States.Keys)}");
                    return null;
                }

                current = v;
            }
        }
        else
        {
            name = item.Text("treatment")!;
            bool radiotherapy = name.StartsWith("radiotherapy", StringComparison.Ordinal);
            kind = radiotherapy ? StudyFactorKind.RadiotherapyDosePerFraction : StudyFactorKind.DrugStartDay;
            int open = name.IndexOf('[', StringComparison.Ordinal);
            index = int.TryParse(name.AsSpan(open + 1, name.IndexOf(']', StringComparison.Ordinal) - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int i) ? i : int.MaxValue;
            if (scenario is not null)
            {
                int count = radiotherapy ? scenario.Treatment.Radiotherapy.Count : scenario.Treatment.Drugs.Count;
                if (index >= count)
                {
                    string list = radiotherapy ? "treatment.radiotherapy" : "treatment.drugs";
                    Fail(item["treatment"]!, $"'{name}': the scenario's {list} has {count} item(s); allowed: indices 0 to {count - 1} (from 0, in file order)");
                    return null;
                }

                current = radiotherapy ? scenario.Treatment.Radiotherapy[index].Schedule.DosePerFractionGy : scenario.Treatment.Drugs[index].Days[0];
            }
        }

        if (relative is { } percent)
        {
            if (current is not { } v)
            {
                Fail(item["relative_percent"]!, "relative_percent needs the scenario's value, which is not known here; allowed: min and max");
                return null;
            }

            if (v == 0)
            {
                Fail(item["relative_percent"]!, $"the scenario's value of {name} is 0, so ±{NumberShape.Format(percent)}% is no range; allowed: min and max");
                return null;
            }

            double a = v * (1 - (percent / 100)), b = v * (1 + (percent / 100));
            (min, max) = (Math.Min(a, b), Math.Max(a, b));
        }

        var at = item["max"] ?? item["relative_percent"] ?? item;
        if (!(min < max))
        {
            Fail(at, $"the range [{NumberShape.Format(min!.Value)}, {NumberShape.Format(max!.Value)}] is empty; allowed: min < max");
            return null;
        }

        if (log && !(min > 0))
        {
            Fail(item["scale"]!, $"scale log needs min > 0; the range of {name} starts at {NumberShape.Format(min!.Value)}");
            return null;
        }

        string? floor = kind switch
        {
            StudyFactorKind.RadiotherapyDosePerFraction when !(min > 0) => "a dose per fraction must be > 0 Gy",
            StudyFactorKind.DrugStartDay or StudyFactorKind.InitialValue when min < 0 => "the value must be ≥ 0",
            StudyFactorKind.DrugStartDay when scenario is not null && max >= scenario.Simulation.Days => $"the start day must be before the end of the simulation (day {NumberShape.Format(scenario.Simulation.Days)})",
            _ => null,
        };
        if (floor is not null)
        {
            Fail(item["min"] ?? at, $"the range [{NumberShape.Format(min!.Value)}, {NumberShape.Format(max!.Value)}] of {name} is not allowed: {floor}");
            return null;
        }

        return new StudyFactor(name, kind, id, index, min!.Value, max!.Value, log, relative);
    }

    private static string List(IEnumerable<string> ids)
    {
        var all = ids.Order(StringComparer.Ordinal).ToArray();
        return string.Join(", ", all.Take(40)) + (all.Length > 40 ? ", …" : string.Empty);
    }
}
