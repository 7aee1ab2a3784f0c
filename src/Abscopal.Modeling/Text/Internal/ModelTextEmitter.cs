using System.Globalization;
using System.Text;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Text.Internal;

/// <summary>Writes a model in the text format, section by section, so that reading the text back gives the same model.</summary>
internal sealed class ModelTextEmitter
{
    private const string Indent = "  ";

    private readonly Model _model;
    private readonly StringBuilder _text = new();
    private readonly HashSet<string> _ruleTargets;
    private readonly HashSet<string> _targets;
    private readonly HashSet<string> _participants;
    private readonly HashSet<string> _species;
    private readonly HashSet<string> _units;

    /// <summary>Prepares to write <paramref name="model"/>.</summary>
    public ModelTextEmitter(Model model)
    {
        _model = model;
        _ruleTargets = model.Rules.Select(VariableOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
        _targets = _ruleTargets.Concat(model.Events.SelectMany(e => e.Assignments).Select(a => a.Variable)).ToHashSet(StringComparer.Ordinal);
        _participants = model.Reactions.SelectMany(r => r.Reactants.Concat(r.Products)).Select(sr => sr.Species).ToHashSet(StringComparer.Ordinal);
        _species = model.Species.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        _units = model.UnitDefinitions.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The text.</summary>
    public string Write()
    {
        CheckIds();
        foreach (var function in _model.Functions)
        {
            Line(0, $"function {function.Id}({string.Join(", ", function.Arguments)})");
            Line(1, Format(function.Body));
            Line(0, "end");
            Line(0, string.Empty);
        }

        Line(0, $"model {_model.Id}");
        WriteSection("Functions", _model.Functions, f => Metadata(f.Id, f));
        WriteSection("Units", _model.UnitDefinitions, WriteUnit);
        WriteSection("Compartments", _model.Compartments, WriteCompartment);
        WriteSection("Species", _model.Species, WriteSpecies);
        WriteSection("Parameters", _model.Parameters, WriteParameter);
        WriteSection("Initial assignments", _model.InitialAssignments, WriteInitialAssignment);
        WriteSection("Rules", _model.Rules, WriteRule);
        WriteSection("Reactions", _model.Reactions, WriteReaction);
        WriteSection("Events", _model.Events, WriteEvent);
        WriteModelProperties();
        Line(0, "end");
        return _text.ToString();
    }

    /// <summary>A string literal of the format: double quotes, with \" \\ \n \r \t escaped.</summary>
    public static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    private static string? VariableOf(Rule rule) => rule switch
    {
        AssignmentRule a => a.Variable,
        RateRule r => r.Variable,
        _ => null,
    };

    private static string Format(Expr expr) => ExprFormatter.Format(expr);

    private static string Number(double value) => ExprFormatter.FormatNumber(value);

    private void Line(int depth, string text)
    {
        for (var i = 0; i < depth; i++)
        {
            _text.Append(Indent);
        }

        _text.Append(text).Append('\n');
    }

    private void WriteSection<T>(string title, IReadOnlyList<T> items, Action<T> write)
    {
        var before = _text.Length;
        Line(0, string.Empty);
        Line(1, "// " + title);
        var headerLength = _text.Length;
        foreach (var item in items)
        {
            write(item);
        }

        if (_text.Length == headerLength)
        {
            _text.Length = before; // nothing to say: no header
        }
    }

    private void Metadata(string path, ModelComponent component)
    {
        if (component.Name is { } name)
        {
            Line(1, $"{path} is {Quote(name)}");
        }

        if (component.Source is { } source)
        {
            Line(1, $"{path}.source = {Quote(source)}");
        }

        if (component.Notes is { } notes)
        {
            Line(1, $"{path}.notes = {Quote(notes)}");
        }
    }

    private void Lost(string what, ModelComponent component)
    {
        if (component.Name is not null || component.Source is not null || component.Notes is not null)
        {
            Line(1, $"// not written (no way to name it in this format): the name, source or notes of {what}");
        }
    }

    private void Units(string path, string? units)
    {
        if (units is not null)
        {
            Line(1, $"{path} has {UnitText(units)}");
        }
    }

    private string UnitText(string units) => IsPlainUnit(units) ? units : Quote(units);

    /// <summary>Whether <paramref name="units"/> reads back verbatim as a unit expression whose names are all known.</summary>
    private bool IsPlainUnit(string units)
    {
        var errors = new ParseErrors("<units>");
        var tokens = Lexer.Tokenize(units, errors);
        if (errors.Count > 0 || tokens.Count < 2 || tokens.Any(t => t.Kind is TokenKind.Newline or TokenKind.String))
        {
            return false;
        }

        try
        {
            var cursor = new TokenCursor(tokens);
            var unit = new UnitSyntaxParser(cursor, units).Parse();
            return cursor.Current.Kind == TokenKind.EndOfFile
                && string.Equals(unit.Text, units, StringComparison.Ordinal)
                && unit.Factors.All(f => _units.Contains(f.Name) || UnitKinds.Normalize(f.Name) is not null);
        }
        catch (SyntaxErrorException)
        {
            return false;
        }
    }

    private void WriteUnit(UnitDefinition unit)
    {
        // Factors keep their order: "1 / 1e-9 mole * litre / day" reads back as mole^-1, litre, day^-1.
        var text = new StringBuilder();
        for (var i = 0; i < unit.Factors.Length; i++)
        {
            var factor = unit.Factors[i];
            var divide = factor.Exponent < 0;
            text.Append((i, divide) switch
            {
                (0, false) => string.Empty,
                (0, true) => "1 / ",
                (_, false) => " * ",
                _ => " / ",
            });
            text.Append(Factor(factor, Math.Abs(factor.Exponent)));
        }

        Line(1, $"unit {unit.Id} = {(text.Length == 0 ? "dimensionless" : text)}");
        Metadata(unit.Id, unit);
    }

    private static string Factor(UnitFactor factor, double exponent)
    {
        var multiplier = factor.Multiplier * Math.Pow(10, factor.Scale);
        if (!(multiplier > 0) || !double.IsFinite(multiplier))
        {
            throw new NotSupportedException($"A unit factor with multiplier {multiplier} cannot be written: the text format takes positive multipliers.");
        }

        var prefix = multiplier == 1.0 ? string.Empty
            : factor.Multiplier == 1.0 ? $"1e{factor.Scale.ToString(CultureInfo.InvariantCulture)} "
            : Number(multiplier) + " ";
        var power = exponent == 1.0 ? string.Empty : "^" + Number(exponent);
        return prefix + factor.Kind + power;
    }

    private bool HasInitialAssignment(string id) => _model.InitialAssignments.Any(ia => ia.Symbol == id);

    private void WriteCompartment(Compartment compartment)
    {
        var id = compartment.Id;
        var inferredConstant = !_targets.Contains(id);
        var prefix = compartment.Constant == inferredConstant ? string.Empty : compartment.Constant ? "const " : "var ";
        var size = compartment.Size is { } s && !HasInitialAssignment(id) ? $" = {Number(s)}" : string.Empty;
        Line(1, $"{prefix}compartment {id}{size}");
        if (compartment.SpatialDimensions != 3)
        {
            Line(1, $"{id}.spatialDimensions = {Number(compartment.SpatialDimensions)}");
        }

        Units(id, compartment.Units);
        Metadata(id, compartment);
    }

    private void WriteSpecies(Species species)
    {
        var id = species.Id;
        var inferredBoundary = species.Constant || (_ruleTargets.Contains(id) && _participants.Contains(id));
        var dollar = species.BoundaryCondition && !inferredBoundary ? "$" : string.Empty;
        var keywords = (species.Constant ? "const " : string.Empty) + (species.HasOnlySubstanceUnits ? "substanceOnly " : string.Empty);
        var (natural, other, otherName) = species.HasOnlySubstanceUnits
            ? (species.InitialAmount, species.InitialConcentration, "initialConcentration")
            : (species.InitialConcentration, species.InitialAmount, "initialAmount");
        var assigned = HasInitialAssignment(id);
        var value = natural is { } v && !assigned ? $" = {Number(v)}" : string.Empty;
        Line(1, $"{keywords}species {dollar}{id} in {species.Compartment}{value}");
        if (other is { } o && !assigned)
        {
            Line(1, $"{id}.{otherName} = {Number(o)}");
        }

        if (!species.BoundaryCondition && inferredBoundary)
        {
            Line(1, $"{id}.boundaryCondition = false");
        }

        if (species.ConversionFactor is { } factor)
        {
            Line(1, $"{id}.conversionFactor = {factor}");
        }

        Units(id, species.Units);
        Metadata(id, species);
    }

    private void WriteParameter(Parameter parameter)
    {
        var id = parameter.Id;
        var inferredConstant = !_targets.Contains(id);
        if (parameter.Value is { } value && !HasInitialAssignment(id))
        {
            var prefix = parameter.Constant == inferredConstant ? string.Empty : parameter.Constant ? "const " : "var ";
            Line(1, $"{prefix}{id} = {Number(value)}");
        }
        else
        {
            Line(1, $"{(parameter.Constant ? "const" : "var")} {id}");
        }

        Units(id, parameter.Units);
        Metadata(id, parameter);
    }

    private void WriteInitialAssignment(InitialAssignment assignment)
    {
        Line(1, $"{assignment.Symbol} = {Format(assignment.Math)}");
        Metadata($"{assignment.Symbol}.initialAssignment", assignment);
    }

    private void WriteRule(Rule rule)
    {
        switch (rule)
        {
            case AssignmentRule a:
                Line(1, $"{a.Variable} := {Format(a.Math)}");
                Metadata($"{a.Variable}.rule", a);
                break;
            case RateRule r:
                Line(1, $"{r.Variable}' = {Format(r.Math)}");
                Metadata($"{r.Variable}.rule", r);
                break;
            default:
                Line(1, $"0 = {Format(rule.Math)}");
                Lost("an algebraic rule", rule);
                break;
        }
    }

    private void WriteReaction(Reaction reaction)
    {
        var id = reaction.Id;
        var compartment = reaction.Compartment is { } c ? $" in {c}" : string.Empty;
        var reactants = Side(reaction.Reactants);
        var products = Side(reaction.Products);
        var arrow = reaction.Reversible ? "->" : "=>";
        var rate = reaction.KineticLaw is { } law ? $"; {Format(law.Math)}" : string.Empty;
        var left = reactants.Length > 0 ? reactants + " " : string.Empty;
        var right = products.Length > 0 ? " " + products : rate.Length > 0 ? " " : string.Empty;
        Line(1, $"{id}{compartment}: {left}{arrow}{right}{rate}");

        foreach (var reference in reaction.Reactants.Concat(reaction.Products))
        {
            WriteReference(id, reference);
        }

        if (reaction.Fast)
        {
            Line(1, $"{id}.fast = true");
        }

        var inferred = ModelIrBuilder.InferModifiers(
            reaction.KineticLaw?.Math,
            reaction.Reactants.Concat(reaction.Products).Select(sr => sr.Species),
            reaction.KineticLaw?.LocalParameters.Select(p => p.Id) ?? [],
            _species.Contains);
        if (!reaction.Modifiers.SequenceEqual(inferred))
        {
            Line(1, $"{id}.modifiers = {{{string.Join(", ", reaction.Modifiers)}}}");
        }

        if (reaction.KineticLaw is { } kineticLaw)
        {
            foreach (var local in kineticLaw.LocalParameters)
            {
                var value = local.Value ?? throw new NotSupportedException($"Local parameter '{local.Id}' of reaction '{id}' has no value; the text format needs one (J0.k = value).");
                Line(1, $"{id}.{local.Id} = {Number(value)}");
                Units($"{id}.{local.Id}", local.Units);
                Metadata($"{id}.{local.Id}", local);
            }

            Metadata($"{id}.kineticLaw", kineticLaw);
        }

        Metadata(id, reaction);
    }

    private static string Side(IEnumerable<SpeciesReference> references) => string.Join(" + ", references.Select(sr =>
        sr.Id is { } id ? $"{id} {sr.Species}"
        : sr.Stoichiometry is null or 1.0 ? sr.Species
        : $"{Number(sr.Stoichiometry.Value)} {sr.Species}"));

    private void WriteReference(string reaction, SpeciesReference reference)
    {
        if (reference.StoichiometryMath is not null)
        {
            throw new NotSupportedException($"The stoichiometryMath of '{reference.Species}' in reaction '{reaction}' (SBML Level 2) cannot be written; give the species reference an id and an assignment rule instead.");
        }

        if (reference.Id is not { } id)
        {
            Metadata($"{reaction}.{reference.Species}", reference);
            return;
        }

        var inferredConstant = !_targets.Contains(id);
        var prefix = reference.Constant == inferredConstant ? string.Empty : reference.Constant ? "const " : "var ";
        if (reference.Stoichiometry is { } stoichiometry && !HasInitialAssignment(id))
        {
            Line(1, $"{prefix}{id} = {Number(stoichiometry)}");
        }
        else if (prefix.Length > 0)
        {
            Line(1, $"{prefix.Trim()} {id}");
        }

        Metadata(id, reference);
    }

    private void WriteEvent(ModelEvent modelEvent)
    {
        var text = new StringBuilder();
        if (modelEvent.Id is { } id)
        {
            text.Append(id).Append(": ");
        }

        text.Append("at ");
        if (modelEvent.Delay is { } delay)
        {
            text.Append(Format(delay)).Append(" after ");
        }

        text.Append(Format(modelEvent.Trigger.Math));
        if (modelEvent.Priority is { } priority)
        {
            text.Append(", priority = ").Append(Format(priority));
        }

        if (!modelEvent.Trigger.InitialValue)
        {
            text.Append(", t0 = false");
        }

        if (!modelEvent.Trigger.Persistent)
        {
            text.Append(", persistent = false");
        }

        if (!modelEvent.UseValuesFromTriggerTime)
        {
            text.Append(", fromTrigger = false");
        }

        text.Append(": ").Append(string.Join(", ", modelEvent.Assignments.Select(a => $"{a.Variable} = {Format(a.Math)}")));
        Line(1, text.ToString());
        foreach (var assignment in modelEvent.Assignments)
        {
            if (modelEvent.Id is { } eventId)
            {
                Metadata($"{eventId}.{assignment.Variable}", assignment);
            }
            else
            {
                Lost($"the assignment to '{assignment.Variable}' of an unnamed event", assignment);
            }
        }

        if (modelEvent.Id is { } named)
        {
            Metadata(named, modelEvent);
        }
        else
        {
            Lost("an unnamed event", modelEvent);
        }
    }

    private void WriteModelProperties()
    {
        var before = _text.Length;
        Line(0, string.Empty);
        Line(1, "// Model");
        var headerLength = _text.Length;
        ModelUnit("timeUnits", "time_unit", _model.TimeUnits);
        ModelUnit("substanceUnits", "substance", _model.SubstanceUnits);
        ModelUnit("volumeUnits", "volume", _model.VolumeUnits);
        ModelUnit("extentUnits", "extent", _model.ExtentUnits);
        if (_model.ConversionFactor is { } factor)
        {
            Line(1, $"model.conversionFactor = {factor}");
        }

        Metadata("model", _model);
        if (_text.Length == headerLength)
        {
            _text.Length = before;
        }
    }

    private void ModelUnit(string property, string antimonyName, string? value)
    {
        // Antimony: defining a unit called time_unit (substance, volume, extent) also makes it the model's unit.
        var implied = _units.Contains(antimonyName) ? antimonyName : null;
        if (string.Equals(value, implied, StringComparison.Ordinal))
        {
            return;
        }

        var text = value is null ? "\"\"" : ModelValidator.IsValidId(value) && !Keywords.Reserved.Contains(value) ? value : Quote(value);
        Line(1, $"model.{property} = {text}");
    }

    private void CheckIds()
    {
        var ids = new List<(string Id, string What)> { (_model.Id, "model") };
        foreach (var f in _model.Functions)
        {
            if (Keywords.IsBuiltInFunction(f.Id))
            {
                throw new NotSupportedException($"Function '{f.Id}' has the name of a built-in function; the text format cannot tell them apart.");
            }

            ids.Add((f.Id, "function"));
            ids.AddRange(f.Arguments.Select(a => (a, $"argument of function '{f.Id}'")));
        }

        ids.AddRange(_model.UnitDefinitions.Select(u => (u.Id, "unit")));
        ids.AddRange(_model.UnitDefinitions.SelectMany(u => u.Factors).Select(f => (f.Kind, "unit kind")));
        ids.AddRange(_model.Compartments.Select(c => (c.Id, "compartment")));
        ids.AddRange(_model.Species.Select(s => (s.Id, "species")));
        ids.AddRange(_model.Parameters.Select(p => (p.Id, "parameter")));
        foreach (var r in _model.Reactions)
        {
            ids.Add((r.Id, "reaction"));
            ids.AddRange(r.Reactants.Concat(r.Products).Select(sr => sr.Id).OfType<string>().Select(id => (id, "species reference")));
            ids.AddRange((r.KineticLaw?.LocalParameters ?? []).Select(p => (p.Id, $"local parameter of '{r.Id}'")));
        }

        ids.AddRange(_model.Events.Select(e => e.Id).OfType<string>().Select(id => (id, "event")));
        foreach (var (id, what) in ids)
        {
            if (!ModelValidator.IsValidId(id) || Keywords.Reserved.Contains(id) || id is "is" or "has" or "in" or "notes")
            {
                throw new NotSupportedException($"The {what} id '{id}' cannot be written: ids are a letter or '_' then letters, digits or '_', and not one of {string.Join(", ", Keywords.Reserved)}, is, has, in, notes.");
            }
        }

        foreach (var local in _model.Reactions.SelectMany(r => (r.KineticLaw?.LocalParameters ?? []).Select(p => (Reaction: r.Id, p.Id))))
        {
            if (PathResolver.IsProperty(local.Id) || local.Id is "kineticLaw" or "sboTerm" or "rule" or "initialAssignment")
            {
                throw new NotSupportedException($"Local parameter '{local.Id}' of reaction '{local.Reaction}' cannot be written: '{local.Reaction}.{local.Id}' would name a property.");
            }
        }
    }
}
