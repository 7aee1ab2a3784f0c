using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Text.Internal;

/// <summary>Gathers what the statements of a text model say about each name, then settles what each name is, checks the names used, and builds the <see cref="Model"/>.</summary>
/// <remarks>
/// Antimony is declarative: a name may be used before it is defined, and a later "x = ..." replaces an
/// earlier one. So statements are only recorded while parsing; kinds, values and checks are settled once
/// the whole text is read (<see cref="Build"/>).
/// </remarks>
internal sealed class ModelAssembler(ParseErrors errors, string defaultModelId)
{
    /// <summary>The compartment of species declared in none, as in Antimony (size 1, constant).</summary>
    public const string DefaultCompartment = "default_compartment";

    private readonly Dictionary<string, SymbolInfo> _symbols = new(StringComparer.Ordinal);
    private readonly List<SymbolInfo> _ordered = [];
    private readonly List<FunctionSyntax> _functions = [];
    private readonly Dictionary<string, UnitDefinitionSyntax> _units = new(StringComparer.Ordinal);
    private readonly List<RuleSyntax> _rules = [];
    private readonly List<ReactionSyntax> _reactions = [];
    private readonly List<EventSyntax> _events = [];
    private readonly List<PathStatement> _paths = [];
    private Token? _modelName;

    /// <summary>The model's id: the name after 'model', else the default given by the caller.</summary>
    public string ModelId => _modelName?.Text ?? defaultModelId;

    /// <summary>Where the model starts (its header, else the start of the text).</summary>
    public SourcePosition ModelPosition => _modelName?.Position ?? SourcePosition.Start;

    /// <summary>Every name defined so far, by id.</summary>
    public IReadOnlyDictionary<string, SymbolInfo> Symbols => _symbols;

    /// <summary>The symbols in the order of their first definition.</summary>
    public IEnumerable<SymbolInfo> Ordered => _ordered;

    /// <summary>Whether species without a compartment need the automatic default compartment.</summary>
    public bool NeedsDefaultCompartment { get; private set; }

    /// <summary>The unit definitions, by id.</summary>
    public IReadOnlyDictionary<string, UnitDefinitionSyntax> Units => _units;

    /// <summary>The reactions, in statement order.</summary>
    public IReadOnlyList<ReactionSyntax> Reactions => _reactions;

    /// <summary>The events, in statement order.</summary>
    public IReadOnlyList<EventSyntax> Events => _events;

    /// <summary>Whether <paramref name="expr"/> is a constant formula (numbers, operators, built-in functions of numbers) and, if so, its value.</summary>
    public static bool TryEvaluateConstant(Expr expr, out double value)
    {
        var constant = !expr.Any(static e => e is SymbolExpr or TimeExpr or CallExpr
            || e is FunctionExpr { Function: MathFunction.Delay or MathFunction.RateOf });
        value = constant ? ExprEvaluator.Evaluate(expr, 0.0, static _ => double.NaN) : double.NaN;
        return constant;
    }

    /// <summary>Records the model's name from its header.</summary>
    public void SetModelId(Token name) => _modelName = name;

    /// <summary>Records a function definition and checks its body names only its arguments.</summary>
    public void AddFunction(FunctionSyntax function)
    {
        var name = function.Name;
        if (Keywords.IsBuiltInFunction(name.Text))
        {
            errors.Add(name.Position, $"'{name.Text}' is a built-in function; expected a new name for the function, found '{name.Text}'");
            return;
        }

        var symbol = Define(name);
        if (symbol.Function is { } previous)
        {
            errors.Add(name.Position, $"function '{name.Text}' is defined twice (first at {previous.Name.Position}); expected a new name, found '{name.Text}'");
            return;
        }

        if (!Fix(symbol, SymbolKind.Function, name.Position))
        {
            return;
        }

        symbol.Function = function;
        _functions.Add(function);
        var arguments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in function.Arguments)
        {
            if (!arguments.Add(argument))
            {
                errors.Add(name.Position, $"function '{name.Text}' names argument '{argument}' twice; expected distinct argument names, found '{argument}' again");
            }
        }

        foreach (var use in function.Uses.Where(u => !u.IsCall))
        {
            if (!arguments.Contains(use.Name) && !Keywords.NamedConstants.ContainsKey(use.Name))
            {
                errors.Add(use.Position, $"'{use.Name}' is not an argument of function '{name.Text}' (a function sees only its arguments){NameSuggestion.DidYouMean(use.Name, function.Arguments)}");
            }
        }
    }

    /// <summary>Records one declared name of a declaration statement.</summary>
    public void Declare(DeclarationSyntax declaration, DeclarationItemSyntax item)
    {
        var symbol = Define(item.Name);
        if (declaration.Kind != SymbolKind.Undetermined)
        {
            Fix(symbol, declaration.Kind, item.Name.Position);
        }

        if (item.Boundary && Fix(symbol, SymbolKind.Species, item.Name.Position))
        {
            symbol.Boundary = true;
        }

        symbol.SubstanceOnly |= declaration.SubstanceOnly;
        if (declaration.Constant is { } constant)
        {
            symbol.DeclaredConstant = constant;
        }

        if (item.Compartment is { } compartment)
        {
            PlaceIn(item.Name, compartment);
        }

        if (item.Initial is { } initial)
        {
            if (item.InitialIsRule)
            {
                AddRule(new RuleSyntax(RuleKind.Assignment, item.Name, initial, item.Name.Position));
            }
            else
            {
                SetInitial(item.Name, initial);
            }
        }
    }

    /// <summary>Records "x = formula" (replacing an earlier one).</summary>
    public void SetInitial(Token name, FormulaSyntax formula)
    {
        var symbol = Define(name);
        symbol.Initial = formula;
        symbol.InitialPosition = name.Position;
    }

    /// <summary>Records "x = ;": x is defined, without a value (an earlier one is dropped).</summary>
    public void ClearInitial(Token name) => Define(name).Initial = null;

    /// <summary>Whether <paramref name="name"/> is a function defined so far.</summary>
    public bool IsFunction(string name) => _symbols.TryGetValue(name, out var symbol) && symbol.Kind == SymbolKind.Function;

    /// <summary>Records a rule.</summary>
    public void AddRule(RuleSyntax rule)
    {
        if (rule.Variable is { } variable)
        {
            Define(variable).Rules.Add(rule);
        }

        _rules.Add(rule);
    }

    /// <summary>Records "x in C".</summary>
    public void PlaceIn(Token name, Token compartment)
    {
        Define(name).Compartment = compartment;
        Fix(Define(compartment), SymbolKind.Compartment, compartment.Position);
    }

    /// <summary>Records a reaction; its participants become species.</summary>
    public void AddReaction(ReactionSyntax reaction)
    {
        if (reaction.IdToken is { } id)
        {
            var symbol = Define(id);
            if (symbol.Reaction is { } previous)
            {
                errors.Add(id.Position, $"reaction '{id.Text}' is defined twice (first at {previous.Position}); expected a new name, found '{id.Text}'");
            }
            else if (Fix(symbol, SymbolKind.Reaction, id.Position))
            {
                symbol.Reaction = reaction;
            }
        }

        if (reaction.Compartment is { } compartment)
        {
            Fix(Define(compartment), SymbolKind.Compartment, compartment.Position);
        }

        foreach (var participant in reaction.Reactants.Concat(reaction.Products))
        {
            var species = Define(participant.Species);
            if (Fix(species, SymbolKind.Species, participant.Species.Position))
            {
                species.Participant = true;
                species.Boundary |= participant.Boundary;
            }

            if (participant.StoichiometryId is { } stoichiometryId)
            {
                Fix(Define(stoichiometryId), SymbolKind.SpeciesReference, stoichiometryId.Position);
            }
        }

        _reactions.Add(reaction);
    }

    /// <summary>Records an event; the names it assigns become defined.</summary>
    public void AddEvent(EventSyntax modelEvent)
    {
        if (modelEvent.Id is { } id)
        {
            var symbol = Define(id);
            if (symbol.Event is not null)
            {
                errors.Add(id.Position, $"event '{id.Text}' is defined twice (first at {symbol.Event.Position}); expected a new name, found '{id.Text}'");
            }
            else if (Fix(symbol, SymbolKind.Event, id.Position))
            {
                symbol.Event = modelEvent;
            }
        }

        foreach (var assignment in modelEvent.Assignments)
        {
            Define(assignment.Variable).EventTarget = true;
        }

        _events.Add(modelEvent);
    }

    /// <summary>Records a unit definition.</summary>
    public void AddUnit(UnitDefinitionSyntax unit)
    {
        var name = unit.Name;
        if (UnitKinds.Normalize(name.Text) is not null && !_units.ContainsKey(name.Text))
        {
            errors.Add(name.Position, $"'{name.Text}' is an SBML base unit and cannot be redefined; expected a new unit name, found '{name.Text}'");
        }
        else if (!_units.TryAdd(name.Text, unit))
        {
            errors.Add(name.Position, $"unit '{name.Text}' is defined twice (first at {_units[name.Text].Name.Position}); expected a new name, found '{name.Text}'");
        }
    }

    /// <summary>Records a statement about a named element (is, has, notes, x.property = ...).</summary>
    public void AddPathStatement(PathStatement statement) => _paths.Add(statement);

    /// <summary>Settles every name, checks the model and builds it; throws <see cref="ModelParseException"/> with positions when anything is wrong.</summary>
    public Model Build()
    {
        SettleKinds();
        var paths = new PathResolver(this, errors).Resolve(_paths);
        var binder = new ExpressionBinder(this);
        CheckValues();
        new UseChecker(this, errors, paths, binder).Check(_rules, _functions);
        CheckMissingRates();
        var units = new UnitResolver(this, errors);
        units.Check(paths);
        errors.ThrowIfAny();

        var builder = new ModelIrBuilder(this, paths, binder, units);
        var model = builder.Build(_functions, _rules);
        foreach (var diagnostic in ModelValidator.Validate(model))
        {
            errors.Add(builder.PositionOf(diagnostic), $"{diagnostic.Element}: {diagnostic.Message}");
        }

        errors.ThrowIfAny();
        return model;
    }

    /// <summary>A phrase for a kind with its article: "a species", "an event".</summary>
    public static string Describe(SymbolKind kind) => kind switch
    {
        SymbolKind.Event => "an event",
        SymbolKind.Undetermined => "an undefined name",
        _ => "a " + Noun(kind),
    };

    /// <summary>The noun for a kind: "species", "event".</summary>
    public static string Noun(SymbolKind kind) => kind switch
    {
        SymbolKind.Parameter => "parameter",
        SymbolKind.Species => "species",
        SymbolKind.Compartment => "compartment",
        SymbolKind.Reaction => "reaction",
        SymbolKind.Event => "event",
        SymbolKind.Function => "function",
        SymbolKind.SpeciesReference => "species reference",
        _ => "name",
    };

    /// <summary>Whether <paramref name="kind"/> has a value in formulas.</summary>
    public static bool IsValue(SymbolKind kind) => kind is SymbolKind.Parameter or SymbolKind.Species or SymbolKind.Compartment
        or SymbolKind.Reaction or SymbolKind.SpeciesReference;

    private SymbolInfo Define(Token name) => Define(name.Text, name.Position);

    private SymbolInfo Define(string id, SourcePosition position)
    {
        if (!_symbols.TryGetValue(id, out var symbol))
        {
            symbol = new SymbolInfo(id, _ordered.Count, position);
            _symbols.Add(id, symbol);
            _ordered.Add(symbol);
        }

        return symbol;
    }

    private bool Fix(SymbolInfo symbol, SymbolKind kind, SourcePosition at)
    {
        if (symbol.Kind == SymbolKind.Undetermined)
        {
            symbol.Kind = kind;
            symbol.KindPosition = at;
            return true;
        }

        if (symbol.Kind == kind)
        {
            return true;
        }

        errors.Add(at, $"'{symbol.Id}' is already {Describe(symbol.Kind)} (at {symbol.KindPosition}); it cannot also be {Describe(kind)}");
        return false;
    }

    private void SettleKinds()
    {
        foreach (var symbol in _ordered)
        {
            if (symbol.Compartment is { } compartment)
            {
                PlaceInCompartment(symbol, compartment);
            }
        }

        // Species placed nowhere live in default_compartment: the user's if defined (then it is a compartment), else a new one.
        if (_ordered.Any(s => s.Kind == SymbolKind.Species && s.Compartment is null))
        {
            if (_symbols.TryGetValue(DefaultCompartment, out var existing))
            {
                Fix(existing, SymbolKind.Compartment, existing.Position);
            }
            else
            {
                NeedsDefaultCompartment = true;
            }
        }

        foreach (var symbol in _ordered.Where(s => s.Kind == SymbolKind.Undetermined))
        {
            symbol.Kind = SymbolKind.Parameter;
            symbol.KindPosition = symbol.Position;
        }

        var next = 0;
        foreach (var reaction in _reactions.Where(r => r.Id is null))
        {
            while (_symbols.ContainsKey($"_J{next}"))
            {
                next++;
            }

            reaction.Id = $"_J{next}";
            var symbol = Define(reaction.Id, reaction.Position);
            symbol.Kind = SymbolKind.Reaction;
            symbol.Reaction = reaction;
        }
    }

    private void PlaceInCompartment(SymbolInfo symbol, Token compartment)
    {
        switch (symbol.Kind)
        {
            case SymbolKind.Undetermined:
                symbol.Kind = SymbolKind.Species;
                symbol.KindPosition = symbol.Position;
                break;
            case SymbolKind.Reaction:
                symbol.Reaction!.Compartment ??= compartment;
                break;
            case SymbolKind.Species or SymbolKind.Event:
                break; // an event 'in' a compartment changes nothing (as in Antimony)
            case SymbolKind.Compartment:
                errors.Add(compartment.Position, $"nested compartments are not supported; expected a species or reaction before 'in', found compartment '{symbol.Id}'");
                break;
            default:
                errors.Add(compartment.Position, $"only species and reactions can be in a compartment; expected a species or reaction before 'in', found {Describe(symbol.Kind)} '{symbol.Id}'");
                break;
        }
    }

    private void CheckValues()
    {
        foreach (var symbol in _ordered)
        {
            if (symbol.Initial is not null && symbol.Kind is SymbolKind.Event or SymbolKind.Function)
            {
                errors.Add(symbol.InitialPosition, $"'{symbol.Id}' is {Describe(symbol.Kind)}; expected a parameter, species, compartment or reaction before '=', found {Describe(symbol.Kind)}");
            }
        }
    }

    private void CheckMissingRates()
    {
        foreach (var reaction in _reactions)
        {
            var rateGivenLater = _symbols.TryGetValue(reaction.Id!, out var symbol) && symbol.Initial is not null;
            if (reaction.MissingRate is { } found && !rateGivenLater)
            {
                errors.Add(found.Position, $"missing rate law; expected a formula after ';' (or no ';' for a reaction without a rate law), found {found.Describe()}");
            }
        }
    }
}
