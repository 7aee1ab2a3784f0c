using System.Collections.Immutable;
using Abscopal.Modeling.Expressions;
using Abscopal.Numerics.LinearAlgebra;

namespace Abscopal.Modeling.Compilation;

/// <summary>A model compiled to native-speed evaluators; immutable and shareable across threads. Create one <see cref="ModelInstance"/> per simulation thread.</summary>
public sealed class CompiledModel
{
    private readonly Func<string, Expr> _valueOf;
    private readonly Lock _observerLock = new();
    private static readonly HashSet<string> s_noSymbols = [];
    private readonly Dictionary<string, Kernel> _observers = new(StringComparer.Ordinal);
    private readonly List<(string[] Ids, Kernel Kernel)> _plainObservers = [];
    private InitialValueKernels? _initialValueKernels;
    private Dictionary<string, int>? _valueIndices;

    internal CompiledModel(
        Model model,
        ImmutableArray<string> stateIds,
        ImmutableArray<string> parameterSlotIds,
        ImmutableArray<double> parameterDefaults,
        ImmutableDictionary<string, SymbolInfo> symbols,
        ImmutableArray<Expr> rightHandSide,
        Kernel rhs,
        Kernel jacobian,
        Kernel timeDerivative,
        Kernel stateValues,
        List<CompiledEvent> events,
        Kernel triggers,
        List<EventLeaf> leaves,
        Kernel roots,
        Kernel thresholds,
        Kernel delays,
        Kernel priorities,
        ImmutableArray<(string Symbol, Expr Math)> initialAssignments,
        Func<string, Expr> valueOf)
    {
        Model = model;
        StateIds = stateIds;
        ParameterSlotIds = parameterSlotIds;
        ParameterDefaults = parameterDefaults;
        Symbols = symbols;
        RightHandSide = rightHandSide;
        Rhs = rhs;
        Jacobian = jacobian;
        TimeDerivative = timeDerivative;
        StateValues = stateValues;
        Events = [.. events];
        Triggers = triggers;
        Leaves = [.. leaves];
        RootFunctions = roots;
        TimeThresholds = thresholds;
        Delays = delays;
        Priorities = priorities;
        InitialAssignments = initialAssignments;
        _valueOf = valueOf;
        JacobianNonZeros = CountJacobianNonZeros(rightHandSide);
        HasTimeDependence = rightHandSide.Any(static e => e.DependsOnTime());
    }

    /// <summary>The source model.</summary>
    public Model Model { get; }

    /// <summary>Ids of the ODE state variables, in state order.</summary>
    public ImmutableArray<string> StateIds { get; }

    /// <summary>Number of ODE state variables.</summary>
    public int StateCount => StateIds.Length;

    /// <summary>Ids held in parameter slots (constants, event-changed variables, boundary species, local parameters as "reaction.local").</summary>
    public ImmutableArray<string> ParameterSlotIds { get; }

    /// <summary>The model's value for each parameter slot (NaN where an initial assignment or species initial value sets it).</summary>
    public ImmutableArray<double> ParameterDefaults { get; }

    /// <summary>Storage of every symbol by id.</summary>
    public ImmutableDictionary<string, SymbolInfo> Symbols { get; }

    /// <summary>The flattened right-hand side f_i over slots ($y<i>i</i> states, $p<i>j</i> parameters) and time.</summary>
    public ImmutableArray<Expr> RightHandSide { get; }

    /// <summary>Events, in model order.</summary>
    public ImmutableArray<CompiledEvent> Events { get; }

    /// <summary>Number of structurally non-zero Jacobian entries.</summary>
    public int JacobianNonZeros { get; }

    /// <summary>The Jacobian entries ∂f_i/∂y_j the compiled Jacobian can make non-zero (the analytic Jacobian writes exact zeros elsewhere).</summary>
    public SparsityPattern JacobianSparsity { get; internal init; } = null!;

    /// <summary>Whether the right-hand side depends explicitly on time.</summary>
    public bool HasTimeDependence { get; }

    /// <summary>Named intermediates ($w<i>k</i>: assignment rules, reaction rates) in evaluation order, as the kernels compute them.</summary>
    internal ImmutableArray<(string Name, Expr Expr)> Intermediates { get; init; } = [];

    /// <summary>The right-hand side over slots and intermediates, as the kernels compute it.</summary>
    internal ImmutableArray<Expr> StructuralRightHandSide { get; init; } = [];

    /// <summary>Number of derived parameter slots that follow the model's own (see <c>Compilation.DerivedParameters</c>).</summary>
    internal int DerivedParameterCount { get; init; }

    /// <summary>Computes the derived parameter slots from the model's own; its output starts at slot <see cref="ParameterSlotIds"/>.Length.</summary>
    internal Kernel DerivedParameters { get; init; } = null!;

    /// <summary>Conditions of the right-hand side that switch at times known in advance (step inputs in time); the simulator restarts there.</summary>
    internal ImmutableArray<TimeSwitch> TimeSwitches { get; init; } = [];

    /// <summary>The time at which each of <see cref="TimeSwitches"/> switches (parameter-dependent).</summary>
    internal Kernel SwitchTimes { get; init; } = null!;

    /// <summary>The value (1 or 0) of each of <see cref="TimeSwitches"/> at a given time.</summary>
    internal Kernel SwitchConditions { get; init; } = null!;

    internal Kernel Rhs { get; }

    internal Kernel Jacobian { get; }

    internal Kernel TimeDerivative { get; }

    internal Kernel StateValues { get; }

    internal Kernel Triggers { get; }

    internal ImmutableArray<EventLeaf> Leaves { get; }

    internal Kernel RootFunctions { get; }

    internal Kernel TimeThresholds { get; }

    internal Kernel Delays { get; }

    internal Kernel Priorities { get; }

    internal ImmutableArray<(string Symbol, Expr Math)> InitialAssignments { get; }

    /// <summary>Every compartment, species, parameter, reaction and species reference with an id, by id.</summary>
    internal IReadOnlyDictionary<string, ModelComponent> Components => field ??= BuildComponents(Model);

    /// <summary>Assignment rules by the variable they define.</summary>
    internal IReadOnlyDictionary<string, AssignmentRule> AssignmentRulesByVariable =>
        field ??= Model.Rules.OfType<AssignmentRule>().ToDictionary(r => r.Variable, StringComparer.Ordinal);

    /// <summary>Number of value indices (<see cref="ValueIndex"/>): parameter slots, then states.</summary>
    public int ValueCount => ParameterSlotIds.Length + StateCount;

    /// <summary>The index of a settable symbol (parameter slot or state) for <see cref="ModelInstance.SetValue(int, double)"/>; resolve once, bind many instances.</summary>
    /// <exception cref="ArgumentException">The symbol is unknown or computed by a rule.</exception>
    public int ValueIndex(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var indices = LazyInitializer.EnsureInitialized(ref _valueIndices, () => Symbols.Where(s => s.Value.Storage != SymbolStorage.Computed).ToDictionary(s => s.Key, s => ValueIndexOf(s.Value), StringComparer.Ordinal));
        if (indices.TryGetValue(id, out var index))
        {
            return index;
        }

        throw new ArgumentException(
            Symbols.ContainsKey(id) ? $"'{id}' is computed by a rule or is a reaction rate; its value cannot be set." : $"'{id}' is not a symbol of model '{Model.Id}'.",
            nameof(id));
    }

    /// <summary>The value index of a parameter-slot or state symbol.</summary>
    internal int ValueIndexOf(SymbolInfo info) => info.Storage == SymbolStorage.State ? ParameterSlotIds.Length + info.Index : info.Index;

    /// <summary>The symbol id of value index <paramref name="index"/>.</summary>
    internal string ValueId(int index) => index < ParameterSlotIds.Length ? ParameterSlotIds[index] : StateIds[index - ParameterSlotIds.Length];

    /// <summary>Compiled initial values, per set of overridden symbols.</summary>
    internal InitialValueKernels InitialValueKernels => LazyInitializer.EnsureInitialized(ref _initialValueKernels, () => new InitialValueKernels(this));

    /// <summary>States that hold a species' concentration (rate rules with concentration semantics), with their compartments; events that resize the compartment keep the amount.</summary>
    internal ImmutableArray<(int State, string Compartment)> ConcentrationStates => field.IsDefault ? (field = BuildConcentrationStates()) : field;

    /// <summary>A new instance with its own parameter values, ready to simulate.</summary>
    public ModelInstance CreateInstance() => new(this);

    /// <summary>The value of a model symbol as an expression over slots and time (species as the symbol means them).</summary>
    public Expr ValueExpression(string id)
    {
        lock (_observerLock)
        {
            return _valueOf(id);
        }
    }

    /// <summary>Compiles (once, then cached) an evaluator of the given symbols; species listed in <paramref name="amounts"/> are reported as amounts, those in <paramref name="concentrations"/> as concentrations, the others as their symbols mean.</summary>
    internal Kernel Observer(IReadOnlyList<string> ids, IReadOnlySet<string> amounts, IReadOnlySet<string>? concentrations = null)
    {
        var plain = amounts.Count == 0 && (concentrations is null || concentrations.Count == 0);
        if (plain)
        {
            // The common request (symbols as they mean them), found without building its key: a simulation per patient asks for it.
            lock (_observerLock)
            {
                foreach (var (knownIds, knownKernel) in _plainObservers)
                {
                    if (SameIds(knownIds, ids))
                    {
                        return knownKernel;
                    }
                }
            }
        }

        concentrations ??= s_noSymbols;
        var key = string.Join(",", ids.Select(id => amounts.Contains(id) ? id + "#amount" : concentrations.Contains(id) ? id + "#concentration" : id));
        lock (_observerLock)
        {
            if (_observers.TryGetValue(key, out var kernel))
            {
                if (plain)
                {
                    _plainObservers.Add(([.. ids], kernel));
                }

                return kernel;
            }

            var outputs = new List<(int, Expr)>();
            for (var i = 0; i < ids.Count; i++)
            {
                var id = ids[i];
                if (!Symbols.TryGetValue(id, out var info))
                {
                    throw new ArgumentException($"'{id}' is not a symbol of model '{Model.Id}'.", nameof(ids));
                }

                var value = _valueOf(id);
                if (amounts.Contains(id))
                {
                    var species = Model.Species.FirstOrDefault(s => s.Id == id)
                        ?? throw new ArgumentException($"'{id}' is not a species, so it has no amount.", nameof(amounts));
                    if (!species.HasOnlySubstanceUnits)
                    {
                        value = ExprSimplifier.Simplify(Expr.Multiply(value, _valueOf(species.Compartment)));
                    }
                }
                else if (concentrations.Contains(id))
                {
                    var species = Model.Species.FirstOrDefault(s => s.Id == id)
                        ?? throw new ArgumentException($"'{id}' is not a species, so it has no concentration.", nameof(concentrations));
                    if (species.HasOnlySubstanceUnits)
                    {
                        value = ExprSimplifier.Simplify(Expr.Divide(value, _valueOf(species.Compartment)));
                    }
                }

                outputs.Add((i, value));
            }

            kernel = KernelEmitter.Compile(Model.Id + "_observer", outputs, ids.Count, zeroFill: false);
            _observers[key] = kernel;
            if (plain)
            {
                _plainObservers.Add(([.. ids], kernel));
            }

            return kernel;
        }
    }

    private static bool SameIds(string[] known, IReadOnlyList<string> ids)
    {
        if (known.Length != ids.Count)
        {
            return false;
        }

        for (var i = 0; i < known.Length; i++)
        {
            if (!string.Equals(known[i], ids[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private ImmutableArray<(int State, string Compartment)> BuildConcentrationStates()
    {
        var concentrationSpecies = Model.Species.Where(sp => !sp.HasOnlySubstanceUnits).Select(sp => sp.Id).ToHashSet(StringComparer.Ordinal);
        return [.. StateIds
            .Select((id, i) => (Info: Symbols[id], Index: i))
            .Where(x => !x.Info.StoresAmount && x.Info.Compartment is not null && concentrationSpecies.Contains(x.Info.Id))
            .Select(x => (x.Index, x.Info.Compartment!))];
    }

    private static Dictionary<string, ModelComponent> BuildComponents(Model model)
    {
        var components = new Dictionary<string, ModelComponent>(StringComparer.Ordinal);
        foreach (var c in model.Compartments)
        {
            components[c.Id] = c;
        }

        foreach (var s in model.Species)
        {
            components[s.Id] = s;
        }

        foreach (var p in model.Parameters)
        {
            components[p.Id] = p;
        }

        foreach (var r in model.Reactions)
        {
            components[r.Id] = r;
            foreach (var sr in r.Reactants.Concat(r.Products))
            {
                if (sr.Id is not null)
                {
                    components[sr.Id] = sr;
                }
            }
        }

        return components;
    }

    private static int CountJacobianNonZeros(ImmutableArray<Expr> rhs)
    {
        var count = 0;
        foreach (var f in rhs)
        {
            count += f.Symbols().Count(s => s.StartsWith("$y", StringComparison.Ordinal));
        }

        return count;
    }
}
