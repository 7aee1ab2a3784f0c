using System.Collections.Immutable;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Text.Internal;

/// <summary>Builds the <see cref="Model"/> from the settled statements, remembering where each component was written so that validator findings can be reported at their line.</summary>
internal sealed class ModelIrBuilder(ModelAssembler model, PathResolution paths, ExpressionBinder binder, UnitResolver units)
{
    private readonly Dictionary<ModelComponent, SourcePosition> _positions = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ModelEvent, Dictionary<string, SourcePosition>> _assignmentPositions = new(ReferenceEqualityComparer.Instance);

    /// <summary>Where the component a diagnostic concerns was written (for an event assignment problem, the assignment), else where the model starts.</summary>
    public SourcePosition PositionOf(ModelDiagnostic diagnostic)
    {
        if (diagnostic.Subject is ModelEvent modelEvent && diagnostic.Message.StartsWith("assigns '", StringComparison.Ordinal)
            && _assignmentPositions.TryGetValue(modelEvent, out var assignments))
        {
            var variable = diagnostic.Message["assigns '".Length..].Split('\'')[0];
            if (assignments.TryGetValue(variable, out var at))
            {
                return at;
            }
        }

        return diagnostic.Subject is { } subject && _positions.TryGetValue(subject, out var position) ? position : model.ModelPosition;
    }

    /// <summary>The model.</summary>
    public Model Build(IReadOnlyList<FunctionSyntax> functions, IReadOnlyList<RuleSyntax> rules)
    {
        var symbols = model.Ordered.ToList();
        var modelMetadata = paths.Find(PathResolution.ModelKey);
        return Annotate(new Model(model.ModelId)
        {
            TimeUnits = units.ModelUnit(paths, "timeUnits"),
            SubstanceUnits = units.ModelUnit(paths, "substanceUnits"),
            VolumeUnits = units.ModelUnit(paths, "volumeUnits"),
            ExtentUnits = units.ModelUnit(paths, "extentUnits"),
            ConversionFactor = modelMetadata?.ConversionFactor,
            Functions = [.. functions.Select(BuildFunction)],
            UnitDefinitions = [.. model.Units.Values.Select(u => Register(Annotate(units.Build(u), PathResolution.UnitKey(u.Name.Text)), u.Name.Position))],
            Compartments = [.. BuildCompartments(symbols)],
            Species = [.. symbols.Where(s => s.Kind == SymbolKind.Species).Select(BuildSpecies)],
            Parameters = [.. symbols.Where(s => s.Kind == SymbolKind.Parameter).Select(BuildParameter)],
            InitialAssignments = [.. BuildInitialAssignments(symbols)],
            Rules = [.. rules.Select(BuildRule)],
            Reactions = [.. model.Reactions.Select(BuildReaction)],
            Events = [.. model.Events.Select(BuildEvent)],
        }, PathResolution.ModelKey);
    }

    private T Register<T>(T component, SourcePosition position)
        where T : ModelComponent
    {
        _positions[component] = position;
        return component;
    }

    private T Annotate<T>(T component, string key)
        where T : ModelComponent
    {
        if (paths.Find(key) is not { } metadata)
        {
            return component;
        }

        return (T)(component with
        {
            Name = metadata.Name ?? component.Name,
            Source = metadata.Source ?? component.Source,
            Notes = metadata.Notes ?? component.Notes,
        });
    }

    private string? UnitsOf(string key) => paths.Find(key)?.Units?.Text;

    private double? ConstantValue(SymbolInfo symbol) =>
        symbol.Initial is { } initial && ModelAssembler.TryEvaluateConstant(binder.Bind(initial.Expr), out var value) ? value : null;

    private FunctionDefinition BuildFunction(FunctionSyntax function) =>
        Register(
            Annotate(new FunctionDefinition(function.Name.Text, function.Arguments, ExpressionBinder.BindFunctionBody(function)), function.Name.Text),
            function.Name.Position);

    private IEnumerable<Compartment> BuildCompartments(List<SymbolInfo> symbols)
    {
        if (model.NeedsDefaultCompartment)
        {
            yield return new Compartment(ModelAssembler.DefaultCompartment) { Size = 1.0 };
        }

        foreach (var symbol in symbols.Where(s => s.Kind == SymbolKind.Compartment))
        {
            var metadata = paths.Find(symbol.Id);
            var compartment = new Compartment(symbol.Id)
            {
                Size = ConstantValue(symbol),
                Constant = symbol.DeclaredConstant ?? !symbol.Targeted,
                SpatialDimensions = metadata?.SpatialDimensions ?? 3,
                Units = UnitsOf(symbol.Id),
            };
            yield return Register(Annotate(compartment, symbol.Id), symbol.Position);
        }
    }

    private Species BuildSpecies(SymbolInfo symbol)
    {
        var metadata = paths.Find(symbol.Id);
        var value = ConstantValue(symbol);
        var species = new Species(symbol.Id, symbol.Compartment?.Text ?? ModelAssembler.DefaultCompartment)
        {
            InitialAmount = metadata?.InitialAmount ?? (symbol.SubstanceOnly ? value : null),
            InitialConcentration = metadata?.InitialConcentration ?? (symbol.SubstanceOnly ? null : value),
            HasOnlySubstanceUnits = symbol.SubstanceOnly,

            // Antimony: '$' and 'const' make a boundary species; so does a rule on a species that reactions also change (SBML requires it).
            BoundaryCondition = metadata?.BoundaryCondition
                ?? (symbol.Boundary || symbol.DeclaredConstant == true || (symbol.Rules.Count > 0 && symbol.Participant)),
            Constant = symbol.DeclaredConstant ?? false,
            ConversionFactor = metadata?.ConversionFactor,
            Units = UnitsOf(symbol.Id),
        };
        return Register(Annotate(species, symbol.Id), symbol.Position);
    }

    private Parameter BuildParameter(SymbolInfo symbol)
    {
        var parameter = new Parameter(symbol.Id)
        {
            Value = ConstantValue(symbol),
            Constant = symbol.DeclaredConstant ?? !symbol.Targeted,
            Units = UnitsOf(symbol.Id),
        };
        return Register(Annotate(parameter, symbol.Id), symbol.Position);
    }

    private IEnumerable<InitialAssignment> BuildInitialAssignments(List<SymbolInfo> symbols)
    {
        var assigned = symbols
            .Where(s => s.Initial is not null && s.Kind is SymbolKind.Parameter or SymbolKind.Species or SymbolKind.Compartment or SymbolKind.SpeciesReference)
            .Where(s => ConstantValue(s) is null)
            .OrderBy(s => s.Initial!.Sequence);
        foreach (var symbol in assigned)
        {
            var assignment = new InitialAssignment(symbol.Id, binder.Bind(symbol.Initial!.Expr));
            yield return Register(Annotate(assignment, PathResolution.InitialAssignmentKey(symbol.Id)), symbol.InitialPosition);
        }
    }

    private Rule BuildRule(RuleSyntax rule)
    {
        var math = binder.Bind(rule.Math.Expr);
        Rule built = rule.Kind switch
        {
            RuleKind.Assignment => Annotate(new AssignmentRule(rule.Variable!.Value.Text, math), PathResolution.RuleKey(rule.Variable.Value.Text)),
            RuleKind.Rate => Annotate(new RateRule(rule.Variable!.Value.Text, math), PathResolution.RuleKey(rule.Variable.Value.Text)),
            _ => new AlgebraicRule(math),
        };
        return Register(built, rule.Position);
    }

    private Reaction BuildReaction(ReactionSyntax reaction)
    {
        var id = reaction.Id!;
        var symbol = model.Symbols[id];
        var rate = reaction.Rate;
        if (symbol.Initial is { } later && (rate is null || later.Sequence >= rate.Sequence))
        {
            rate = later; // "J0 = formula" gives (or replaces) the rate law, as in Antimony
        }

        var locals = paths.LocalsOf(reaction);
        var localParameters = locals.Select(p => Register(
            Annotate(new Parameter(p.Name.Text) { Value = p.Value, Units = UnitsOf(PathResolution.PartKey(id, p.Name.Text)) }, PathResolution.PartKey(id, p.Name.Text)),
            p.Position)).ToImmutableArray();

        KineticLaw? law = null;
        if (rate is not null)
        {
            law = Register(Annotate(new KineticLaw(binder.Bind(rate.Expr)) { LocalParameters = localParameters }, PathResolution.KineticLawKey(id)), rate.Position);
        }

        var metadata = paths.Find(id);
        var built = new Reaction(id)
        {
            Reactants = [.. reaction.Reactants.Select(p => BuildReference(id, p))],
            Products = [.. reaction.Products.Select(p => BuildReference(id, p))],
            Modifiers = metadata?.Modifiers ?? InferModifiers(reaction, law, locals),
            KineticLaw = law,
            Reversible = reaction.Reversible,
            Fast = metadata?.Fast ?? false,
            Compartment = reaction.Compartment?.Text,
        };
        return Register(Annotate(built, id), reaction.Position);
    }

    /// <summary>Antimony's rule: species in the rate law that are neither reactants nor products are the modifiers.</summary>
    public static ImmutableArray<string> InferModifiers(Expr? rate, IEnumerable<string> participants, IEnumerable<string> locals, Func<string, bool> isSpecies)
    {
        if (rate is null)
        {
            return [];
        }

        var excluded = new HashSet<string>(participants.Concat(locals), StringComparer.Ordinal);
        return [.. rate.Symbols().Where(name => !excluded.Contains(name) && isSpecies(name))];
    }

    private ImmutableArray<string> InferModifiers(ReactionSyntax reaction, KineticLaw? law, IReadOnlyList<LocalParameterSyntax> locals) =>
        InferModifiers(
            law?.Math,
            reaction.Reactants.Concat(reaction.Products).Select(p => p.Species.Text),
            locals.Select(p => p.Name.Text),
            name => model.Symbols.TryGetValue(name, out var s) && s.Kind == SymbolKind.Species);

    private SpeciesReference BuildReference(string reaction, ParticipantSyntax participant)
    {
        SpeciesReference reference;
        string key;
        if (participant.StoichiometryId is { } idToken)
        {
            var symbol = model.Symbols[idToken.Text];
            reference = new SpeciesReference(participant.Species.Text)
            {
                Id = idToken.Text,
                Stoichiometry = ConstantValue(symbol),
                Constant = symbol.DeclaredConstant ?? !symbol.Targeted,
            };
            key = paths.Find(idToken.Text) is not null ? idToken.Text : PathResolution.SpeciesReferenceKey(reaction, participant.Species.Text);
        }
        else
        {
            reference = new SpeciesReference(participant.Species.Text) { Stoichiometry = participant.Stoichiometry };
            key = PathResolution.SpeciesReferenceKey(reaction, participant.Species.Text);
        }

        return Register(Annotate(reference, key), participant.Species.Position);
    }

    private ModelEvent BuildEvent(EventSyntax modelEvent)
    {
        var id = modelEvent.Id?.Text;
        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var assignments = modelEvent.Assignments.Select(a =>
        {
            positions.TryAdd(a.Variable.Text, a.Variable.Position);
            var assignment = new EventAssignment(a.Variable.Text, binder.Bind(a.Math.Expr));
            return Register(id is null ? assignment : Annotate(assignment, PathResolution.PartKey(id, a.Variable.Text)), a.Variable.Position);
        }).ToImmutableArray();

        var trigger = new EventTrigger(binder.Bind(modelEvent.Trigger!.Expr))
        {
            InitialValue = modelEvent.InitialValue,
            Persistent = modelEvent.Persistent,
        };
        var built = new ModelEvent(trigger)
        {
            Id = id,
            Delay = modelEvent.Delay is { } delay ? binder.Bind(delay.Expr) : null,
            Priority = modelEvent.Priority is { } priority ? binder.Bind(priority.Expr) : null,
            UseValuesFromTriggerTime = modelEvent.UseValuesFromTriggerTime,
            Assignments = assignments,
        };
        built = id is null ? built : Annotate(built, id);
        _assignmentPositions[built] = positions;
        return Register(built, modelEvent.Position);
    }
}
