using System.Collections.Immutable;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling;

/// <summary>Assembles a <see cref="Model"/> element by element and validates it on <see cref="Build"/>.</summary>
/// <example>
/// <code>
/// var model = new ModelBuilder("decay")
///     .AddParameter("k", 0.5, units: "1/day", source: "assumed: illustration")
///     .AddRateRule("x", -Expr.Symbol("k") * Expr.Symbol("x"), initialValue: 1.0)
///     .Build();
/// </code>
/// </example>
public sealed class ModelBuilder
{
    private readonly List<FunctionDefinition> _functions = [];
    private readonly List<UnitDefinition> _units = [];
    private readonly List<Compartment> _compartments = [];
    private readonly List<Species> _species = [];
    private readonly List<Parameter> _parameters = [];
    private readonly List<InitialAssignment> _initialAssignments = [];
    private readonly List<Rule> _rules = [];
    private readonly List<Reaction> _reactions = [];
    private readonly List<ModelEvent> _events = [];

    /// <summary>Starts a model with the given id.</summary>
    public ModelBuilder(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The model's id.</summary>
    public string Id { get; }

    /// <summary>Human-readable name.</summary>
    public string? Name { get; set; }

    /// <summary>Where the model comes from (paper, DOI).</summary>
    public string? Source { get; set; }

    /// <summary>Free-text notes.</summary>
    public string? Notes { get; set; }

    /// <summary>Unit of time, e.g. "day".</summary>
    public string? TimeUnits { get; set; }

    /// <summary>Default unit of substance.</summary>
    public string? SubstanceUnits { get; set; }

    /// <summary>Default unit of volume.</summary>
    public string? VolumeUnits { get; set; }

    /// <summary>Unit of reaction extent.</summary>
    public string? ExtentUnits { get; set; }

    /// <summary>Model-wide conversion factor parameter id.</summary>
    public string? ConversionFactor { get; set; }

    /// <summary>Adds a function definition.</summary>
    public ModelBuilder Add(FunctionDefinition function) => Append(_functions, function);

    /// <summary>Adds a unit definition.</summary>
    public ModelBuilder Add(UnitDefinition unit) => Append(_units, unit);

    /// <summary>Adds a compartment.</summary>
    public ModelBuilder Add(Compartment compartment) => Append(_compartments, compartment);

    /// <summary>Adds a species.</summary>
    public ModelBuilder Add(Species species) => Append(_species, species);

    /// <summary>Adds a parameter.</summary>
    public ModelBuilder Add(Parameter parameter) => Append(_parameters, parameter);

    /// <summary>Adds an initial assignment.</summary>
    public ModelBuilder Add(InitialAssignment assignment) => Append(_initialAssignments, assignment);

    /// <summary>Adds a rule.</summary>
    public ModelBuilder Add(Rule rule) => Append(_rules, rule);

    /// <summary>Adds a reaction.</summary>
    public ModelBuilder Add(Reaction reaction) => Append(_reactions, reaction);

    /// <summary>Adds an event.</summary>
    public ModelBuilder Add(ModelEvent modelEvent) => Append(_events, modelEvent);

    /// <summary>Adds a parameter with a value.</summary>
    /// <param name="id">Unique id.</param>
    /// <param name="value">Value in <paramref name="units"/>.</param>
    /// <param name="units">Unit, e.g. "1/day".</param>
    /// <param name="source">Paper and table/figure, or "assumed: reason".</param>
    /// <param name="constant">False when events or rules change it.</param>
    public ModelBuilder AddParameter(string id, double value, string? units = null, string? source = null, bool constant = true) =>
        Add(new Parameter(id) { Value = value, Units = units, Source = source, Constant = constant });

    /// <summary>Adds a variable governed by the ODE d(id)/dt = rate, as a non-constant parameter with a rate rule.</summary>
    /// <param name="id">The variable's id.</param>
    /// <param name="rate">Its rate of change.</param>
    /// <param name="initialValue">Its value at the start time.</param>
    /// <param name="units">Unit of the variable.</param>
    /// <param name="source">Where the equation comes from.</param>
    public ModelBuilder AddRateRule(string id, Expr rate, double initialValue, string? units = null, string? source = null)
    {
        Add(new Parameter(id) { Value = initialValue, Constant = false, Units = units });
        return Add(new RateRule(id, rate) { Source = source });
    }

    /// <summary>Adds an assignment rule id := math, declaring id as a non-constant parameter.</summary>
    public ModelBuilder AddAssignmentRule(string id, Expr math, string? units = null, string? source = null)
    {
        Add(new Parameter(id) { Constant = false, Units = units });
        return Add(new AssignmentRule(id, math) { Source = source });
    }

    /// <summary>Validates and returns the model.</summary>
    /// <exception cref="ModelValidationException">The model has problems; every one is listed.</exception>
    public Model Build()
    {
        var model = BuildUnchecked();
        var problems = ModelValidator.Validate(model);
        return problems.Count == 0 ? model : throw new ModelValidationException(model.Id, problems);
    }

    /// <summary>Returns the model without validating it (for tools that validate themselves and report positions).</summary>
    public Model BuildUnchecked() => new(Id)
    {
        Name = Name,
        Source = Source,
        Notes = Notes,
        TimeUnits = TimeUnits,
        SubstanceUnits = SubstanceUnits,
        VolumeUnits = VolumeUnits,
        ExtentUnits = ExtentUnits,
        ConversionFactor = ConversionFactor,
        Functions = [.. _functions],
        UnitDefinitions = [.. _units],
        Compartments = [.. _compartments],
        Species = [.. _species],
        Parameters = [.. _parameters],
        InitialAssignments = [.. _initialAssignments],
        Rules = [.. _rules],
        Reactions = [.. _reactions],
        Events = [.. _events],
    };

    private ModelBuilder Append<T>(List<T> list, T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        list.Add(item);
        return this;
    }
}
