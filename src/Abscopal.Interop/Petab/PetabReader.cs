using System.Collections.Immutable;
using System.Globalization;
using Abscopal.Interop.Petab.Internal;
using Abscopal.Interop.Sbml;
using Abscopal.Modeling;
using Abscopal.Modeling.Expressions;
using Abscopal.Modeling.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Abscopal.Interop.Petab;

/// <summary>Reads PEtab v1 problems (a YAML problem file, an SBML model and TSV tables) and checks them against each other.</summary>
/// <remarks>
/// One problem per file (the "problems" list may hold one entry); its tables may be split over several files. Every
/// problem found is reported with its file, line and column or key, and nothing is skipped silently: visualisation
/// files and unknown optional columns are not needed to evaluate the problem and are ignored.
/// </remarks>
public static class PetabReader
{
    /// <summary>Reads and checks the problem whose YAML file is at <paramref name="path"/>; table and model paths are relative to its folder.</summary>
    /// <exception cref="PetabException">A file is missing, malformed or inconsistent with the others; every problem is listed.</exception>
    public static PetabProblem Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        string name = Path.GetFileName(full);
        string folder = Path.GetDirectoryName(full) ?? ".";
        var errors = new List<PetabError>();

        var files = ReadProblemFile(full, name, errors);
        if (files is null)
        {
            throw new PetabException(errors);
        }

        SbmlDocument? sbml = null;
        string sbmlPath = Path.Combine(folder, files.Sbml);
        try
        {
            sbml = SbmlReader.ReadFile(sbmlPath);
        }
        catch (SbmlException ex)
        {
            errors.AddRange(ex.Problems.IsEmpty
                ? [new PetabError(files.Sbml, 0, string.Empty, ex.Message)]
                : ex.Problems.Select(p => new PetabError(files.Sbml, p.Line, p.Element, (p.Unsupported ? "not supported: " : string.Empty) + p.Message)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new PetabError(name, 0, "sbml_files", $"'{files.Sbml}' cannot be read: {ex.Message}"));
        }

        if (sbml is null)
        {
            throw new PetabException(errors);
        }

        var context = new ReadContext(sbml, errors);
        var parameters = files.Parameters.SelectMany(f => ReadParameters(PetabTable.Read(Path.Combine(folder, f), f, errors), context)).ToImmutableArray();
        context.AddParameters(parameters);
        var conditions = files.Conditions.SelectMany(f => ReadConditions(PetabTable.Read(Path.Combine(folder, f), f, errors), context)).ToImmutableArray();
        var observables = files.Observables.SelectMany(f => ReadObservables(PetabTable.Read(Path.Combine(folder, f), f, errors), context)).ToImmutableArray();
        var measurements = files.Measurements.SelectMany(f => ReadMeasurements(PetabTable.Read(Path.Combine(folder, f), f, errors), errors)).ToImmutableArray();
        CheckConsistency(files, conditions, observables, measurements, context);

        if (errors.Count > 0)
        {
            throw new PetabException(errors);
        }

        return new PetabProblem(full, sbml, conditions, observables, measurements, parameters);
    }

    private static ProblemFiles? ReadProblemFile(string path, string name, List<PetabError> errors)
    {
        YamlMappingNode root;
        try
        {
            using var reader = new StreamReader(path);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                errors.Add(new PetabError(name, 1, string.Empty, "the problem file must hold one YAML mapping (format_version, parameter_file, problems)"));
                return null;
            }

            root = mapping;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new PetabError(name, 0, string.Empty, $"cannot be read: {ex.Message}"));
            return null;
        }
        catch (YamlException ex)
        {
            errors.Add(new PetabError(name, (int)ex.Start.Line, string.Empty, $"is not valid YAML: {ex.Message}"));
            return null;
        }

        var version = Value(root, "format_version");
        if (version is not YamlScalarNode { Value: { } v })
        {
            errors.Add(new PetabError(name, 1, "format_version", "is missing; this reader reads PEtab format_version 1"));
        }
        else if (v.Trim() is not ("1" or "1.0.0"))
        {
            errors.Add(new PetabError(name, Line(version), "format_version", $"'{v}' is not supported; this reader reads PEtab format_version 1"));
        }

        var parameterFiles = FileList(root, "parameter_file", name, errors, required: true);
        if (Value(root, "problems") is not YamlSequenceNode problems || problems.Children.Count == 0)
        {
            errors.Add(new PetabError(name, 1, "problems", "is missing or empty: give one entry with sbml_files, condition_files, measurement_files and observable_files"));
            return null;
        }

        if (problems.Children.Count > 1)
        {
            errors.Add(new PetabError(name, Line(problems.Children[1]), "problems", $"has {problems.Children.Count} entries; this reader reads one problem per file"));
        }

        if (problems.Children[0] is not YamlMappingNode problem)
        {
            errors.Add(new PetabError(name, Line(problems.Children[0]), "problems[0]", "must be a mapping with sbml_files, condition_files, measurement_files and observable_files"));
            return null;
        }

        var sbml = FileList(problem, "sbml_files", name, errors, required: true);
        if (sbml.Length > 1)
        {
            errors.Add(new PetabError(name, Line(Value(problem, "sbml_files")!), "sbml_files", $"lists {sbml.Length} models; a PEtab v1 problem has one"));
        }

        var conditions = FileList(problem, "condition_files", name, errors, required: true);
        var measurements = FileList(problem, "measurement_files", name, errors, required: true);
        var observables = FileList(problem, "observable_files", name, errors, required: true);
        return errors.Count > 0 || sbml.IsEmpty ? null : new ProblemFiles(sbml[0], parameterFiles, conditions, measurements, observables);
    }

    private static ImmutableArray<string> FileList(YamlMappingNode mapping, string key, string name, List<PetabError> errors, bool required)
    {
        var node = Value(mapping, key);
        switch (node)
        {
            case null:
                if (required)
                {
                    errors.Add(new PetabError(name, Line(mapping), key, "is missing"));
                }

                return [];
            case YamlScalarNode { Value: { Length: > 0 } single }:
                return [single];
            case YamlSequenceNode sequence when sequence.Children.Count > 0 && sequence.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }):
                return [.. sequence.Children.Select(c => ((YamlScalarNode)c).Value!)];
            default:
                errors.Add(new PetabError(name, Line(node), key, "must be a file name or a list of file names"));
                return [];
        }
    }

    private static YamlNode? Value(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static List<PetabParameter> ReadParameters(PetabTable table, ReadContext context)
    {
        var result = new List<PetabParameter>();
        if (!RequireColumns(table, context.Errors, "parameterId", "parameterScale", "lowerBound", "upperBound", "nominalValue", "estimate"))
        {
            return result;
        }

        bool hasPrior = table.Has("objectivePriorType");
        foreach (var row in table.Rows)
        {
            string id = table.Cell(row, "parameterId");
            if (!CheckId(table, row, "parameterId", id, context.Errors))
            {
                continue;
            }

            var scale = ParseScale(table, row, "parameterScale", context.Errors, required: true);
            string estimateText = table.Cell(row, "estimate");
            bool estimate = estimateText == "1";
            if (estimateText is not ("0" or "1"))
            {
                context.Errors.Add(new PetabError(table.FileName, row.Line, "estimate", $"'{estimateText}' must be 0 (fixed) or 1 (estimated)"));
            }

            double lower = Number(table, row, "lowerBound", context.Errors, required: estimate);
            double upper = Number(table, row, "upperBound", context.Errors, required: estimate);
            double nominal = Number(table, row, "nominalValue", context.Errors, required: !estimate);
            if (estimate && !(lower <= upper))
            {
                context.Errors.Add(new PetabError(table.FileName, row.Line, "lowerBound", $"{lower.ToString("R", CultureInfo.InvariantCulture)} must not exceed upperBound {upper.ToString("R", CultureInfo.InvariantCulture)}"));
            }

            if (estimate && scale is PetabScale.Log or PetabScale.Log10 && lower <= 0)
            {
                context.Errors.Add(new PetabError(table.FileName, row.Line, "lowerBound", $"{lower.ToString("R", CultureInfo.InvariantCulture)} must be > 0 on a {scale.ToString().ToLowerInvariant()} scale"));
            }

            PetabPrior? prior = null;
            if (hasPrior && table.Cell(row, "objectivePriorType") is { Length: > 0 } priorText)
            {
                prior = ParsePrior(table, row, priorText, context.Errors);
            }

            result.Add(new PetabParameter(id, scale, lower, upper, nominal, estimate)
            {
                Name = table.Cell(row, "parameterName") is { Length: > 0 } n ? n : null,
                ObjectivePrior = prior,
                Line = row.Line,
            });
        }

        return result;
    }

    private static PetabPrior? ParsePrior(PetabTable table, PetabRow row, string text, List<PetabError> errors)
    {
        PetabPriorType? type = text switch
        {
            "uniform" => PetabPriorType.Uniform,
            "normal" => PetabPriorType.Normal,
            "laplace" => PetabPriorType.Laplace,
            "logNormal" => PetabPriorType.LogNormal,
            "logLaplace" => PetabPriorType.LogLaplace,
            "parameterScaleUniform" => PetabPriorType.ParameterScaleUniform,
            "parameterScaleNormal" => PetabPriorType.ParameterScaleNormal,
            "parameterScaleLaplace" => PetabPriorType.ParameterScaleLaplace,
            _ => null,
        };
        if (type is null)
        {
            errors.Add(new PetabError(table.FileName, row.Line, "objectivePriorType", $"'{text}' is not a PEtab prior (uniform, normal, laplace, logNormal, logLaplace, parameterScaleUniform, parameterScaleNormal, parameterScaleLaplace)"));
            return null;
        }

        var parts = table.Cell(row, "objectivePriorParameters").Split(';', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !PetabValue.TryParseNumber(parts[0], out double a) || !PetabValue.TryParseNumber(parts[1], out double b) || !double.IsFinite(a) || !(b > 0 || type is PetabPriorType.Uniform or PetabPriorType.ParameterScaleUniform) || !double.IsFinite(b))
        {
            errors.Add(new PetabError(table.FileName, row.Line, "objectivePriorParameters", $"'{table.Cell(row, "objectivePriorParameters")}' must be two finite numbers \"a;b\" (for {text}: b > 0 unless uniform)"));
            return null;
        }

        if (type is PetabPriorType.Uniform or PetabPriorType.ParameterScaleUniform && !(a < b))
        {
            errors.Add(new PetabError(table.FileName, row.Line, "objectivePriorParameters", $"the bounds of a uniform prior must satisfy a < b, not {parts[0]};{parts[1]}"));
            return null;
        }

        return new PetabPrior(type.Value, a, b);
    }

    private static List<PetabCondition> ReadConditions(PetabTable table, ReadContext context)
    {
        var result = new List<PetabCondition>();
        if (!RequireColumns(table, context.Errors, "conditionId"))
        {
            return result;
        }

        var targets = new List<string>();
        foreach (string column in table.Columns)
        {
            if (column is "conditionId" or "conditionName" || column.Length == 0)
            {
                continue;
            }

            var component = context.Sbml.Model.Find(context.Sbml.ModelId(column));
            if (component is Parameter or Species or Compartment)
            {
                targets.Add(column);
            }
            else
            {
                context.Errors.Add(new PetabError(table.FileName, 1, column, component is null
                    ? "is not a parameter, species or compartment of the model"
                    : "names a model element that a condition cannot set (only parameters, species and compartments)"));
            }
        }

        foreach (var row in table.Rows)
        {
            string id = table.Cell(row, "conditionId");
            if (!CheckId(table, row, "conditionId", id, context.Errors))
            {
                continue;
            }

            var values = ImmutableDictionary.CreateBuilder<string, PetabValue>(StringComparer.Ordinal);
            foreach (string column in targets)
            {
                string cell = table.Cell(row, column);
                if (cell.Length == 0)
                {
                    values[context.Sbml.ModelId(column)] = PetabValue.Of(double.NaN);
                    continue;
                }

                if (PetabValue.TryParse(cell) is not { } value)
                {
                    context.Errors.Add(new PetabError(table.FileName, row.Line, column, $"'{cell}' is neither a number nor a parameter id"));
                    continue;
                }

                if (value.ParameterId is { } parameter && !context.IsParameter(parameter))
                {
                    context.Errors.Add(new PetabError(table.FileName, row.Line, column, $"'{parameter}' is not in the parameter table or the model's parameters"));
                    continue;
                }

                values[context.Sbml.ModelId(column)] = value;
            }

            result.Add(new PetabCondition(id, values.ToImmutable())
            {
                Name = table.Cell(row, "conditionName") is { Length: > 0 } n ? n : null,
                Line = row.Line,
            });
        }

        return result;
    }

    private static List<PetabObservable> ReadObservables(PetabTable table, ReadContext context)
    {
        var result = new List<PetabObservable>();
        if (!RequireColumns(table, context.Errors, "observableId", "observableFormula", "noiseFormula"))
        {
            return result;
        }

        foreach (var row in table.Rows)
        {
            string id = table.Cell(row, "observableId");
            if (!CheckId(table, row, "observableId", id, context.Errors))
            {
                continue;
            }

            var formula = Formula(table, row, "observableFormula", id, PetabPlaceholder.Observable, context);
            var noise = Formula(table, row, "noiseFormula", id, PetabPlaceholder.Noise, context);
            var transformation = table.Cell(row, "observableTransformation").Length == 0
                ? PetabScale.Lin
                : ParseScale(table, row, "observableTransformation", context.Errors, required: true);
            var distribution = table.Cell(row, "noiseDistribution") switch
            {
                "" or "normal" => PetabNoiseDistribution.Normal,
                "laplace" => PetabNoiseDistribution.Laplace,
                var other => Invalid(table, row, "noiseDistribution", $"'{other}' is not a PEtab noise distribution (normal, laplace)", context.Errors, PetabNoiseDistribution.Normal),
            };
            if (formula is not null && noise is not null)
            {
                result.Add(new PetabObservable(id, formula, noise, transformation, distribution)
                {
                    Name = table.Cell(row, "observableName") is { Length: > 0 } n ? n : null,
                    Line = row.Line,
                });
            }
        }

        return result;
    }

    private static Expr? Formula(PetabTable table, PetabRow row, string column, string observableId, string placeholderKind, ReadContext context)
    {
        string text = table.Cell(row, column);
        if (text.Length == 0)
        {
            context.Errors.Add(new PetabError(table.FileName, row.Line, column, "is empty; give a formula (a number is a formula)"));
            return null;
        }

        Expr expr;
        try
        {
            expr = ExpressionParser.Parse(text);
        }
        catch (ModelParseException ex)
        {
            context.Errors.Add(new PetabError(table.FileName, row.Line, column, $"'{text}' is not a formula: {string.Join("; ", ex.Errors.Select(e => $"column {e.Column}: {e.Message}"))}"));
            return null;
        }

        var renamed = RenameModelSymbols(expr, context.Sbml);
        foreach (string symbol in renamed.Symbols().Distinct(StringComparer.Ordinal))
        {
            // A placeholder names this observable; the noise formula may also use the observable's observableParameters
            // (as Raia 2011 in the benchmark collection does). Other names of that shape are ordinary parameters.
            bool isObservable = PetabPlaceholder.Index(symbol, PetabPlaceholder.Observable, observableId) is not null;
            if (isObservable || PetabPlaceholder.Index(symbol, PetabPlaceholder.Noise, observableId) is not null)
            {
                if (!isObservable && placeholderKind == PetabPlaceholder.Observable)
                {
                    context.Errors.Add(new PetabError(table.FileName, row.Line, column, $"'{symbol}' is a noise placeholder; the observable formula may use only observableParameter{{n}}_{observableId}"));
                }
            }
            else if (!context.IsKnownSymbol(symbol))
            {
                context.Errors.Add(new PetabError(table.FileName, row.Line, column, $"'{symbol}' is not a model symbol, a parameter of the parameter table or a placeholder ({placeholderKind}{{n}}_{observableId})"));
            }
        }

        foreach (var call in Calls(renamed))
        {
            context.Errors.Add(new PetabError(table.FileName, row.Line, column, $"'{call}' is not a function PEtab formulas may use"));
        }

        return renamed;
    }

    private static List<PetabMeasurement> ReadMeasurements(PetabTable table, List<PetabError> errors)
    {
        var result = new List<PetabMeasurement>();
        if (!RequireColumns(table, errors, "observableId", "simulationConditionId", "measurement", "time"))
        {
            return result;
        }

        foreach (var row in table.Rows)
        {
            string observable = table.Cell(row, "observableId");
            string condition = table.Cell(row, "simulationConditionId");
            string preequilibration = table.Cell(row, "preequilibrationConditionId");
            double value = Number(table, row, "measurement", errors, required: true);
            double time = Number(table, row, "time", errors, required: true);
            if (!(time >= 0))
            {
                errors.Add(new PetabError(table.FileName, row.Line, "time", $"'{table.Cell(row, "time")}' must be a time ≥ 0 or inf (steady state)"));
            }

            var observableParameters = Overrides(table, row, "observableParameters", errors);
            var noiseParameters = Overrides(table, row, "noiseParameters", errors);
            result.Add(new PetabMeasurement(observable, preequilibration.Length > 0 ? preequilibration : null, condition, value, time, observableParameters, noiseParameters)
            {
                FileName = table.FileName,
                Line = row.Line,
            });
        }

        return result;
    }

    private static void CheckConsistency(ProblemFiles files, ImmutableArray<PetabCondition> conditions, ImmutableArray<PetabObservable> observables, ImmutableArray<PetabMeasurement> measurements, ReadContext context)
    {
        var conditionIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var condition in conditions)
        {
            if (!conditionIds.Add(condition.Id))
            {
                context.Errors.Add(new PetabError(string.Join(", ", files.Conditions), condition.Line, "conditionId", $"'{condition.Id}' appears twice"));
            }
        }

        var observableById = new Dictionary<string, PetabObservable>(StringComparer.Ordinal);
        foreach (var observable in observables)
        {
            if (!observableById.TryAdd(observable.Id, observable))
            {
                context.Errors.Add(new PetabError(string.Join(", ", files.Observables), observable.Line, "observableId", $"'{observable.Id}' appears twice"));
            }
        }

        if (measurements.IsEmpty && context.Errors.Count == 0)
        {
            context.Errors.Add(new PetabError(string.Join(", ", files.Measurements), 0, string.Empty, "holds no measurements"));
        }

        foreach (var m in measurements)
        {
            if (!observableById.TryGetValue(m.ObservableId, out var observable))
            {
                context.Errors.Add(new PetabError(m.FileName, m.Line, "observableId", $"'{m.ObservableId}' is not in the observable table"));
            }
            else
            {
                int observablePlaceholders = Math.Max(Placeholders(observable.Formula, PetabPlaceholder.Observable, observable.Id), Placeholders(observable.NoiseFormula, PetabPlaceholder.Observable, observable.Id));
                CheckOverrides(m, "observableParameters", m.ObservableParameters, observablePlaceholders, context);
                CheckOverrides(m, "noiseParameters", m.NoiseParameters, Placeholders(observable.NoiseFormula, PetabPlaceholder.Noise, observable.Id), context);
            }

            if (!conditionIds.Contains(m.SimulationConditionId))
            {
                context.Errors.Add(new PetabError(m.FileName, m.Line, "simulationConditionId", $"'{m.SimulationConditionId}' is not in the condition table"));
            }

            if (m.PreequilibrationConditionId is { } pre && !conditionIds.Contains(pre))
            {
                context.Errors.Add(new PetabError(m.FileName, m.Line, "preequilibrationConditionId", $"'{pre}' is not in the condition table"));
            }
        }
    }

    private static void CheckOverrides(PetabMeasurement m, string column, ImmutableArray<PetabValue> values, int placeholders, ReadContext context)
    {
        if (values.Length != placeholders)
        {
            context.Errors.Add(new PetabError(m.FileName, m.Line, column, $"gives {values.Length} value(s); the formula of '{m.ObservableId}' has {placeholders} placeholder(s)"));
        }

        foreach (var value in values)
        {
            if (value.ParameterId is { } id && !context.IsParameter(id))
            {
                context.Errors.Add(new PetabError(m.FileName, m.Line, column, $"'{id}' is not in the parameter table or the model's parameters"));
            }
        }
    }

    /// <summary>The number of placeholders {kind}{n}_{id} of a formula: the largest n (PEtab numbers them from 1 without gaps).</summary>
    private static int Placeholders(Expr formula, string kind, string observableId)
    {
        int count = 0;
        foreach (string symbol in formula.Symbols())
        {
            if (PetabPlaceholder.Index(symbol, kind, observableId) is int n)
            {
                count = Math.Max(count, n);
            }
        }

        return count;
    }

    private static ImmutableArray<PetabValue> Overrides(PetabTable table, PetabRow row, string column, List<PetabError> errors)
    {
        string text = table.Cell(row, column);
        if (text.Length == 0)
        {
            return [];
        }

        var values = ImmutableArray.CreateBuilder<PetabValue>();
        foreach (string part in text.Split(';', StringSplitOptions.TrimEntries))
        {
            if (PetabValue.TryParse(part) is { } value)
            {
                values.Add(value);
            }
            else
            {
                errors.Add(new PetabError(table.FileName, row.Line, column, $"'{part}' is neither a number nor a parameter id (separate several with ';')"));
            }
        }

        return values.ToImmutable();
    }

    private static bool RequireColumns(PetabTable table, List<PetabError> errors, params string[] columns)
    {
        bool ok = true;
        foreach (string column in columns)
        {
            if (!table.Has(column) && table.Columns.Length > 0)
            {
                errors.Add(new PetabError(table.FileName, 1, column, $"the required column is missing (the header has: {string.Join(", ", table.Columns)})"));
                ok = false;
            }
        }

        return ok && table.Columns.Length > 0;
    }

    private static bool CheckId(PetabTable table, PetabRow row, string column, string id, List<PetabError> errors)
    {
        if (PetabId.IsValid(id))
        {
            return true;
        }

        errors.Add(new PetabError(table.FileName, row.Line, column, id.Length == 0 ? "is empty" : $"'{id}' is not a valid id (a letter or _, then letters, digits and _)"));
        return false;
    }

    private static PetabScale ParseScale(PetabTable table, PetabRow row, string column, List<PetabError> errors, bool required) => table.Cell(row, column) switch
    {
        "lin" => PetabScale.Lin,
        "log" => PetabScale.Log,
        "log10" => PetabScale.Log10,
        "" when !required => PetabScale.Lin,
        var other => Invalid(table, row, column, $"'{other}' is not a PEtab scale (lin, log, log10)", errors, PetabScale.Lin),
    };

    private static double Number(PetabTable table, PetabRow row, string column, List<PetabError> errors, bool required)
    {
        string text = table.Cell(row, column);
        if (text.Length == 0 && !required)
        {
            return double.NaN;
        }

        return PetabValue.TryParseNumber(text, out double value) && !double.IsNaN(value)
            ? value
            : Invalid(table, row, column, text.Length == 0 ? "is empty; a number is required" : $"'{text}' is not a number", errors, double.NaN);
    }

    private static T Invalid<T>(PetabTable table, PetabRow row, string column, string message, List<PetabError> errors, T fallback)
    {
        errors.Add(new PetabError(table.FileName, row.Line, column, message));
        return fallback;
    }

    private static Expr RenameModelSymbols(Expr expr, SbmlDocument sbml) =>
        sbml.RenamedIds.IsEmpty ? expr : expr.Rewrite(e => e is SymbolExpr s && sbml.RenamedIds.TryGetValue(s.Name, out var renamed) ? Expr.Symbol(renamed) : null);

    private static IEnumerable<string> Calls(Expr expr)
    {
        var calls = new List<string>();
        expr.Any(e =>
        {
            if (e is CallExpr call)
            {
                calls.Add(call.Name);
            }

            return false;
        });
        return calls.Distinct(StringComparer.Ordinal);
    }

    private sealed record ProblemFiles(string Sbml, ImmutableArray<string> Parameters, ImmutableArray<string> Conditions, ImmutableArray<string> Measurements, ImmutableArray<string> Observables);

    private sealed class ReadContext(SbmlDocument sbml, List<PetabError> errors)
    {
        private readonly HashSet<string> _tableParameters = new(StringComparer.Ordinal);

        public SbmlDocument Sbml { get; } = sbml;

        public List<PetabError> Errors { get; } = errors;

        public void AddParameters(IEnumerable<PetabParameter> parameters)
        {
            foreach (var p in parameters)
            {
                _tableParameters.Add(p.Id);
            }
        }

        /// <summary>True for an id of the parameter table or a model parameter (what a condition or override may name).</summary>
        public bool IsParameter(string id) => _tableParameters.Contains(id) || Sbml.Model.Find(Sbml.ModelId(id)) is Parameter;

        /// <summary>True for a symbol a formula may use: a model parameter, species, compartment or rule target, or a parameter of the table.</summary>
        public bool IsKnownSymbol(string id) => _tableParameters.Contains(id) || Sbml.Model.Find(id) is Parameter or Species or Compartment;
    }
}
