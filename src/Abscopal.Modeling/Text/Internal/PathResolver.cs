using System.Collections.Frozen;
using System.Collections.Immutable;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Text.Internal;

/// <summary>Resolves statements about named elements (is, has, notes, x.property = value, J0.k = value) once every name is known.</summary>
internal sealed class PathResolver(ModelAssembler model, ParseErrors errors)
{
    private static readonly FrozenSet<string> s_modelUnits = FrozenSet.ToFrozenSet(
        ["timeUnits", "substanceUnits", "volumeUnits", "extentUnits"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_properties = FrozenSet.ToFrozenSet(
    [
        "source", "notes", "timeUnits", "substanceUnits", "volumeUnits", "extentUnits", "conversionFactor",
        "spatialDimensions", "boundaryCondition", "initialAmount", "initialConcentration", "fast", "modifiers",
    ], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is a property name (so "J0.name = ..." sets a property, not a local parameter).</summary>
    public static bool IsProperty(string name) => s_properties.Contains(name);

    /// <summary>Applies <paramref name="statements"/>, reporting paths that name nothing and properties that do not apply.</summary>
    public PathResolution Resolve(IReadOnlyList<PathStatement> statements)
    {
        var result = new PathResolution();
        var locals = new HashSet<PathStatement>();
        foreach (var statement in statements.Where(IsLocalParameter))
        {
            locals.Add(statement);
            AddLocalParameter(statement, result);
        }

        foreach (var statement in statements.Where(s => !locals.Contains(s)))
        {
            var path = statement.Path;
            var property = statement.Kind == PathStatementKind.Assign ? path[^1] : (Token?)null;
            var targetPath = property is null ? path : path[..^1];
            if (targetPath.IsEmpty || !TryResolve(statement.ModelHead, targetPath, result, out var target))
            {
                continue;
            }

            var metadata = result.For(target.Key);
            switch (statement.Kind)
            {
                case PathStatementKind.DisplayName:
                    metadata.Name = statement.Text;
                    break;
                case PathStatementKind.Notes:
                    metadata.Notes = statement.Text;
                    break;
                case PathStatementKind.Units when target.Kind is PathTargetKind.Compartment or PathTargetKind.Species
                    or PathTargetKind.Parameter or PathTargetKind.LocalParameter:
                    metadata.Units = statement.Units;
                    break;
                case PathStatementKind.Units:
                    errors.Add(statement.Position, $"only compartments, species and parameters have units; expected one of those before 'has', found {target.Description}");
                    break;
                default:
                    ApplyProperty(target, property!.Value, statement, metadata);
                    break;
            }
        }

        return result;
    }

    private static bool IsLocalParameter(PathStatement statement) =>
        statement is { Kind: PathStatementKind.Assign, ModelHead: false, Path.Length: 2 } && !IsProperty(statement.Path[1].Text);

    private void AddLocalParameter(PathStatement statement, PathResolution result)
    {
        var owner = statement.Path[0];
        var name = statement.Path[1];
        if (!model.Symbols.TryGetValue(owner.Text, out var symbol))
        {
            ReportUnknown(owner);
            return;
        }

        if (symbol.Kind != SymbolKind.Reaction)
        {
            errors.Add(name.Position, $"'{name.Text}' is not a property of {ModelAssembler.Describe(symbol.Kind)} '{owner.Text}'; expected {PropertiesOf(KindOf(symbol.Kind))}, found '{name.Text}'");
            return;
        }

        if (Keywords.Reserved.Contains(name.Text))
        {
            errors.Add(name.Position, $"'{name.Text}' is reserved; expected a name, found '{name.Text}'");
            return;
        }

        if (statement.Value is not { } value || !ModelAssembler.TryEvaluateConstant(value.Expr, out var number))
        {
            errors.Add(statement.ValuePosition, $"expected a number for local parameter '{owner.Text}.{name.Text}', found {DescribeValue(statement)}");
            return;
        }

        if (!result.LocalParameters.TryGetValue(symbol.Reaction!, out var list))
        {
            list = [];
            result.LocalParameters.Add(symbol.Reaction!, list);
        }

        list.RemoveAll(p => p.Name.Text == name.Text);
        list.Add(new LocalParameterSyntax(name, number, statement.Position));
    }

    private bool TryResolve(bool modelHead, ImmutableArray<Token> path, PathResolution result, out PathTarget target)
    {
        target = default;
        if (modelHead)
        {
            if (path.Length == 1)
            {
                target = new PathTarget(PathResolution.ModelKey, PathTargetKind.Model, $"model '{model.ModelId}'");
                return true;
            }

            errors.Add(path[1].Position, $"the model has no part '{path[1].Text}'; expected a property such as source or notes, found '{path[1].Text}'");
            return false;
        }

        var head = path[0];
        if (!model.Symbols.TryGetValue(head.Text, out var symbol))
        {
            if (path.Length == 1 && model.Units.ContainsKey(head.Text))
            {
                target = new PathTarget(PathResolution.UnitKey(head.Text), PathTargetKind.Unit, $"unit '{head.Text}'");
                return true;
            }

            if (path.Length == 1 && head.Text == model.ModelId)
            {
                target = new PathTarget(PathResolution.ModelKey, PathTargetKind.Model, $"model '{model.ModelId}'");
                return true;
            }

            ReportUnknown(head);
            return false;
        }

        if (path.Length == 1)
        {
            var kind = KindOf(symbol.Kind);
            target = new PathTarget(head.Text, kind, $"{ModelAssembler.Noun(symbol.Kind)} '{head.Text}'");
            return true;
        }

        if (path.Length == 2 && TryResolvePart(symbol, path[1], result, out target))
        {
            return true;
        }

        if (path.Length > 2)
        {
            errors.Add(path[2].Position, $"'{string.Join('.', path.Select(t => t.Text))}' names nothing; expected a name such as x, x.rule, J0.k or E1.x, found '{path[2].Text}'");
        }

        return false;
    }

    private bool TryResolvePart(SymbolInfo symbol, Token part, PathResolution result, out PathTarget target)
    {
        var id = symbol.Id;
        target = default;
        switch (part.Text)
        {
            case "rule" when symbol.Rules.Count > 0:
                target = new PathTarget(PathResolution.RuleKey(id), PathTargetKind.Rule, $"the rule of '{id}'");
                return true;
            case "initialAssignment" when symbol.Initial is not null:
                target = new PathTarget(PathResolution.InitialAssignmentKey(id), PathTargetKind.InitialAssignment, $"the initial assignment of '{id}'");
                return true;
            case "kineticLaw" when symbol.Kind == SymbolKind.Reaction:
                target = new PathTarget(PathResolution.KineticLawKey(id), PathTargetKind.KineticLaw, $"the kinetic law of '{id}'");
                return true;
        }

        if (symbol.Kind == SymbolKind.Reaction)
        {
            var reaction = symbol.Reaction!;
            if (result.LocalsOf(reaction).Any(p => p.Name.Text == part.Text))
            {
                target = new PathTarget(PathResolution.PartKey(id, part.Text), PathTargetKind.LocalParameter, $"local parameter '{id}.{part.Text}'");
                return true;
            }

            if (reaction.Reactants.Concat(reaction.Products).Any(p => p.Species.Text == part.Text))
            {
                target = new PathTarget(PathResolution.SpeciesReferenceKey(id, part.Text), PathTargetKind.SpeciesReference, $"the reference to '{part.Text}' in reaction '{id}'");
                return true;
            }

            errors.Add(part.Position, $"reaction '{id}' has no local parameter or participant '{part.Text}'; expected kineticLaw, a local parameter (J0.k = 1) or a participant, found '{part.Text}'");
            return false;
        }

        if (symbol.Kind == SymbolKind.Event && symbol.Event!.Assignments.Any(a => a.Variable.Text == part.Text))
        {
            target = new PathTarget(PathResolution.PartKey(id, part.Text), PathTargetKind.EventAssignment, $"the assignment to '{part.Text}' in event '{id}'");
            return true;
        }

        var parts = symbol.Kind == SymbolKind.Event ? "rule, initialAssignment or an assigned variable" : "rule or initialAssignment";
        errors.Add(part.Position, $"{ModelAssembler.Noun(symbol.Kind)} '{id}' has no part '{part.Text}'; expected {parts}, found '{part.Text}'");
        return false;
    }

    private void ApplyProperty(PathTarget target, Token property, PathStatement statement, ElementMetadata metadata)
    {
        var name = property.Text;
        switch (name)
        {
            case "source":
                metadata.Source = RequireString(statement, name);
                return;
            case "notes":
                metadata.Notes = RequireString(statement, name);
                return;
            case var _ when s_modelUnits.Contains(name) && target.Kind == PathTargetKind.Model:
                metadata.ModelUnits[name] = (RequireName(statement, name, "a unit name"), statement.ValuePosition);
                return;
            case "conversionFactor" when target.Kind is PathTargetKind.Model or PathTargetKind.Species:
                metadata.ConversionFactor = RequireParameter(statement, name);
                return;
            case "spatialDimensions" when target.Kind == PathTargetKind.Compartment:
                metadata.SpatialDimensions = RequireNumber(statement, name);
                return;
            case "boundaryCondition" when target.Kind == PathTargetKind.Species:
                metadata.BoundaryCondition = RequireNumber(statement, name) is { } b ? b != 0.0 : null;
                return;
            case "initialAmount" when target.Kind == PathTargetKind.Species:
                metadata.InitialAmount = RequireNumber(statement, name);
                return;
            case "initialConcentration" when target.Kind == PathTargetKind.Species:
                metadata.InitialConcentration = RequireNumber(statement, name);
                return;
            case "fast" when target.Kind == PathTargetKind.Reaction:
                metadata.Fast = RequireNumber(statement, name) is { } f ? f != 0.0 : null;
                return;
            case "modifiers" when target.Kind == PathTargetKind.Reaction:
                metadata.Modifiers = RequireSpecies(statement);
                return;
            default:
                errors.Add(property.Position, $"'{name}' is not a property of {target.Description}; expected {PropertiesOf(target.Kind)}, found '{name}'");
                return;
        }
    }

    private static string PropertiesOf(PathTargetKind kind) => kind switch
    {
        PathTargetKind.Model => "source, notes, timeUnits, substanceUnits, volumeUnits, extentUnits or conversionFactor",
        PathTargetKind.Compartment => "source, notes or spatialDimensions",
        PathTargetKind.Species => "source, notes, conversionFactor, boundaryCondition, initialAmount or initialConcentration",
        PathTargetKind.Reaction => "source, notes, fast, modifiers, kineticLaw or a local parameter name",
        _ => "source or notes",
    };

    private static PathTargetKind KindOf(SymbolKind kind) => kind switch
    {
        SymbolKind.Compartment => PathTargetKind.Compartment,
        SymbolKind.Species => PathTargetKind.Species,
        SymbolKind.Reaction => PathTargetKind.Reaction,
        SymbolKind.Event => PathTargetKind.Event,
        SymbolKind.Function => PathTargetKind.Function,
        SymbolKind.SpeciesReference => PathTargetKind.SpeciesReference,
        _ => PathTargetKind.Parameter,
    };

    private string? RequireString(PathStatement statement, string property)
    {
        if (statement.Text is { } text)
        {
            return text;
        }

        errors.Add(statement.ValuePosition, $"expected a string in double quotes for '{property}', found {DescribeValue(statement)}");
        return null;
    }

    private double? RequireNumber(PathStatement statement, string property)
    {
        if (statement.Value is { } value && ModelAssembler.TryEvaluateConstant(value.Expr, out var number))
        {
            return number;
        }

        errors.Add(statement.ValuePosition, $"expected a constant value for '{property}', found {DescribeValue(statement)}");
        return null;
    }

    private string? RequireName(PathStatement statement, string property, string what)
    {
        if (statement.Text is { } text)
        {
            return text.Length == 0 ? null : text;
        }

        if (statement.Value?.Expr is SymbolExpr symbol)
        {
            return symbol.Name;
        }

        errors.Add(statement.ValuePosition, $"expected {what} for '{property}', found {DescribeValue(statement)}");
        return null;
    }

    private string? RequireParameter(PathStatement statement, string property)
    {
        var id = RequireName(statement, property, "a parameter name");
        if (id is not null && !(model.Symbols.TryGetValue(id, out var symbol) && symbol.Kind == SymbolKind.Parameter))
        {
            errors.Add(statement.ValuePosition, $"'{id}' is not a parameter; expected a parameter for '{property}', found '{id}'");
        }

        return id;
    }

    private ImmutableArray<string>? RequireSpecies(PathStatement statement)
    {
        if (statement.Ids is not { } ids)
        {
            errors.Add(statement.ValuePosition, $"expected a list of species such as {{A, B}} for 'modifiers', found {DescribeValue(statement)}");
            return null;
        }

        foreach (var id in ids)
        {
            if (!(model.Symbols.TryGetValue(id.Text, out var symbol) && symbol.Kind == SymbolKind.Species))
            {
                errors.Add(id.Position, $"'{id.Text}' is not a species; expected species in 'modifiers', found '{id.Text}'");
            }
        }

        return [.. ids.Select(t => t.Text)];
    }

    private static string DescribeValue(PathStatement statement) =>
        statement.Text is { } text ? $"the string \"{text}\""
        : statement.Ids is not null ? "a list in braces"
        : statement.Value is { } value ? $"'{value.Expr}'"
        : "nothing";

    private void ReportUnknown(Token name)
    {
        var candidates = model.Ordered.Select(s => s.Id).Concat(model.Units.Keys);
        errors.Add(name.Position, $"'{name.Text}' is not defined{NameSuggestion.DidYouMean(name.Text, candidates)}");
    }
}
