using System.Runtime.InteropServices;
using Abscopal.Modeling.Expressions;
using Abscopal.Numerics.LinearAlgebra;
using Abscopal.Numerics.Ode;

namespace Abscopal.Modeling.Compilation;

/// <summary>One simulation's view of a compiled model: its own parameter slots and value overrides; the ODE system the integrators solve.</summary>
/// <remarks>Not thread-safe: use one instance per thread. Evaluations allocate nothing.</remarks>
public sealed class ModelInstance : IOdeSystem, IOdeTimeDerivative, IOdeJacobianSparsity
{
    // The model's own slots, then the derived ones (parameter-only subexpressions hoisted out of the kernels).
    private readonly double[] _parameters;
    private readonly int _baseCount;
    // Overrides by value index (CompiledModel.ValueIndex: parameter slots, then states) and which indices are set.
    private readonly double[] _overrideValues;
    private readonly ulong[] _overridden;
    private double[]? _initialSlots;
    private readonly KernelMethod? _rhs;
    private readonly KernelMethod? _jacobian;

    internal ModelInstance(CompiledModel model)
    {
        Model = model;
        _baseCount = model.ParameterSlotIds.Length;
        _parameters = new double[Math.Max(1, _baseCount + model.DerivedParameterCount)];
        model.ParameterDefaults.CopyTo(_parameters);
        _overrideValues = new double[Math.Max(1, model.ValueCount)];
        _overridden = new ulong[(model.ValueCount + 63) / 64];
        _rhs = model.Rhs.Single;
        _jacobian = model.Jacobian.Single;
        RefreshDerivedParameters();
    }

    /// <summary>The compiled model.</summary>
    public CompiledModel Model { get; }

    /// <inheritdoc/>
    public int Dimension => Model.StateCount;

    /// <inheritdoc/>
    public bool HasJacobian => true;

    /// <inheritdoc/>
    public SparsityPattern JacobianSparsity => Model.JacobianSparsity;

    /// <summary>Current values of the parameter slots (<see cref="CompiledModel.ParameterSlotIds"/>); events change them during a simulation.</summary>
    public ReadOnlySpan<double> ParameterSlots => _parameters.AsSpan(0, _baseCount);

    /// <summary>All slots, derived ones included; after writing the model's own slots call <see cref="RefreshDerivedParameters"/>.</summary>
    internal Span<double> ParameterStorage => _parameters;

    private ref double P => ref MemoryMarshal.GetArrayDataReference(_parameters);

    /// <summary>Sets parameter slot <paramref name="index"/> (see <see cref="CompiledModel.ParameterSlotIds"/>) for the rest of a simulation, e.g. between solves.</summary>
    public void SetParameterSlot(int index, double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _baseCount);
        _parameters[index] = value;
        RefreshDerivedParameters();
    }

    /// <summary>Recomputes the derived slots from the model's own; needed after any write to the model's slots.</summary>
    internal void RefreshDerivedParameters()
    {
        if (Model.DerivedParameterCount > 0)
        {
            Model.DerivedParameters.Invoke(0.0, ref P, ref P, ref _parameters[_baseCount]);
        }
    }

    /// <summary>Overrides the initial value of a symbol (a parameter, compartment size, or species in the units its symbol means); it wins over the model's value and initial assignment.</summary>
    public void SetValue(string id, double value) => SetValue(Model.ValueIndex(id), value);

    /// <summary>Overrides the initial value of the symbol with value index <paramref name="index"/> (<see cref="CompiledModel.ValueIndex"/>), as <see cref="SetValue(string, double)"/> does.</summary>
    public void SetValue(int index, double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Model.ValueCount);
        _overrideValues[index] = value;
        _overridden[index >> 6] |= 1UL << (index & 63);
    }

    /// <summary>Removes every override set with <see cref="SetValue(string, double)"/>.</summary>
    public void ClearValues()
    {
        Array.Clear(_overrideValues);
        Array.Clear(_overridden);
    }

    /// <summary>Computes the initial state at <paramref name="startTime"/> (initial values, initial assignments, assignment rules) and resets the parameter slots.</summary>
    /// <remarks>Compiled once per set of overridden symbols (from its second use), else interpreted; both give the same bits.</remarks>
    /// <exception cref="ModelValidationException">A value is missing or the initial assignments form a cycle.</exception>
    public void Initialize(double startTime, Span<double> state)
    {
        CheckStateLength(state);
        if (Model.InitialValueKernels.Find(_overridden) is { } kernel)
        {
            Initialize(kernel, startTime, state);
        }
        else
        {
            InitializeInterpreted(startTime, state);
        }
    }

    /// <summary>Initializes through the compiled kernel of the current override set, compiling it now; false (nothing written) where it cannot be compiled.</summary>
    internal bool InitializeCompiled(double startTime, Span<double> state)
    {
        CheckStateLength(state);
        if (Model.InitialValueKernels.Find(_overridden, compileNow: true) is not { } kernel)
        {
            return false;
        }

        Initialize(kernel, startTime, state);
        return true;
    }

    /// <summary>Initializes through the IR interpreter, the reference semantics.</summary>
    internal void InitializeInterpreted(double startTime, Span<double> state)
    {
        CheckStateLength(state);
        var overrides = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var k = 0; k < Model.ValueCount; k++)
        {
            if ((_overridden[k >> 6] & (1UL << (k & 63))) != 0)
            {
                overrides[Model.ValueId(k)] = _overrideValues[k];
            }
        }

        var values = new InitialValues(Model, overrides, startTime);
        for (var j = 0; j < _baseCount; j++)
        {
            _parameters[j] = values.Slot(Model.ParameterSlotIds[j]);
        }

        RefreshDerivedParameters();
        for (var i = 0; i < Dimension; i++)
        {
            state[i] = values.Slot(Model.StateIds[i]);
        }
    }

    private void Initialize(Kernel kernel, double startTime, Span<double> state)
    {
        var slots = _initialSlots ??= new double[Math.Max(1, Model.ValueCount)];
        ref var inputs = ref MemoryMarshal.GetArrayDataReference(_overrideValues);
        kernel.Invoke(startTime, ref inputs, ref inputs, ref MemoryMarshal.GetArrayDataReference(slots));
        slots.AsSpan(0, _baseCount).CopyTo(_parameters);
        RefreshDerivedParameters();
        slots.AsSpan(_baseCount, Dimension).CopyTo(state);
    }

    private void CheckStateLength(Span<double> state)
    {
        if (state.Length != Dimension)
        {
            throw new ArgumentException($"The state has {state.Length} entries; the model has {Dimension} states.", nameof(state));
        }
    }

    /// <inheritdoc/>
    public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        if (_rhs is not null)
        {
            _rhs(t, ref MemoryMarshal.GetReference(y), ref P, ref MemoryMarshal.GetReference(dydt));
        }
        else
        {
            Model.Rhs.Invoke(t, y, _parameters, dydt);
        }
    }

    /// <inheritdoc/>
    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian)
    {
        if (jacobian.Length < Dimension * Dimension)
        {
            throw new ArgumentException($"The Jacobian buffer needs {Dimension * Dimension} entries.", nameof(jacobian));
        }

        if (_jacobian is not null)
        {
            _jacobian(t, ref MemoryMarshal.GetReference(y), ref P, ref MemoryMarshal.GetReference(jacobian));
        }
        else
        {
            Model.Jacobian.Invoke(t, y, _parameters, jacobian);
        }
    }

    /// <inheritdoc/>
    public void TimeDerivative(double t, ReadOnlySpan<double> y, Span<double> dfdt) => Model.TimeDerivative.Invoke(t, y, _parameters, dfdt);

    /// <summary>Writes the value of each state's symbol (species as concentrations unless they have only substance units).</summary>
    public void StateValues(double t, ReadOnlySpan<double> y, Span<double> values) => Model.StateValues.Invoke(t, y, _parameters, values);

    internal void Evaluate(Kernel kernel, double t, ReadOnlySpan<double> y, Span<double> output) => kernel.Invoke(t, y, _parameters, output);

    /// <summary>Initial values by the interpreter: overrides, then initial assignments, then assignment rules, then the model's values.</summary>
    private sealed class InitialValues(CompiledModel compiled, Dictionary<string, double> overrides, double time)
    {
        private readonly Model _model = compiled.Model;
        private readonly Dictionary<string, double> _memo = new(StringComparer.Ordinal);
        private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Expr> _initial = compiled.InitialAssignments.ToDictionary(a => a.Symbol, a => a.Math, StringComparer.Ordinal);
        private readonly Dictionary<string, FunctionDefinition> _functions = compiled.Model.Functions.ToDictionary(f => f.Id, StringComparer.Ordinal);
        private readonly IReadOnlyDictionary<string, ModelComponent> _components = compiled.Components;
        private readonly IReadOnlyDictionary<string, AssignmentRule> _rules = compiled.AssignmentRulesByVariable;

        /// <summary>The value a slot holds for symbol <paramref name="id"/>: an amount for species stored as amounts, else the symbol's value.</summary>
        public double Slot(string id)
        {
            var info = compiled.Symbols[id];
            if (id.Contains('.', StringComparison.Ordinal))
            {
                return compiled.ParameterDefaults[info.Index]; // a reaction's local parameter
            }

            var value = Value(id);
            return info.StoresAmount ? value * Value(info.Compartment!) : value;
        }

        /// <summary>The value of the symbol <paramref name="id"/> at the start time.</summary>
        public double Value(string id)
        {
            if (_memo.TryGetValue(id, out var known))
            {
                return known;
            }

            if (!_resolving.Add(id))
            {
                throw new ModelValidationException(_model.Id, [new ModelDiagnostic($"initial value of '{id}'", $"depends on itself ({string.Join(" → ", _resolving)} → {id}).")]);
            }

            // NaN is a legitimate computed value (SBML's notanumber); only a symbol with no definition at all is an error.
            var value = Compute(id) ?? throw new ModelValidationException(_model.Id, [new ModelDiagnostic($"symbol '{id}'", "has no initial value: give it a value or an initial assignment.")]);
            _resolving.Remove(id);
            _memo[id] = value;
            return value;
        }

        /// <summary>The symbol's initial value, or null when nothing defines it.</summary>
        private double? Compute(string id)
        {
            if (overrides.TryGetValue(id, out var o))
            {
                return o;
            }

            if (_initial.TryGetValue(id, out var ia))
            {
                return Evaluate(ia, null);
            }

            if (_rules.TryGetValue(id, out var rule))
            {
                return Evaluate(FunctionInliner.Inline(rule.Math, _functions), null);
            }

            switch (_components.GetValueOrDefault(id))
            {
                case Species s:
                    if (s.InitialAmount is { } amount)
                    {
                        return s.HasOnlySubstanceUnits ? amount : amount / Value(s.Compartment);
                    }

                    if (s.InitialConcentration is { } concentration)
                    {
                        return s.HasOnlySubstanceUnits ? concentration * Value(s.Compartment) : concentration;
                    }

                    return null;
                case Compartment c:
                    return c.Size;
                case Parameter p:
                    return p.Value;
                case SpeciesReference sr:
                    return sr.StoichiometryMath is { } sm ? Evaluate(FunctionInliner.Inline(sm, _functions), null) : sr.Stoichiometry;
                case Reaction r:
                    return r.KineticLaw is null ? 0.0 : Evaluate(FunctionInliner.Inline(r.KineticLaw.Math, _functions), r);
                default:
                    return null;
            }
        }

        private double Evaluate(Expr math, Reaction? scope) =>
            ExprEvaluator.Evaluate(math, time, name =>
            {
                var local = scope?.KineticLaw?.LocalParameters.FirstOrDefault(p => p.Id == name);
                return local is not null ? local.Value ?? double.NaN : Value(name);
            });
    }
}
