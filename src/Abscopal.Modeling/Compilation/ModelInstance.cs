using System.Runtime.CompilerServices;
using Abscopal.Modeling.Expressions;
using Abscopal.Numerics.Ode;

namespace Abscopal.Modeling.Compilation;

/// <summary>One simulation's view of a compiled model: its own parameter slots and value overrides; the ODE system the integrators solve.</summary>
/// <remarks>Not thread-safe: use one instance per thread. Evaluations allocate nothing.</remarks>
public sealed unsafe class ModelInstance : IOdeSystem, IOdeTimeDerivative
{
    private readonly double[] _parameters;
    private readonly double* _p;
    private readonly Dictionary<string, double> _overrides = new(StringComparer.Ordinal);

    internal ModelInstance(CompiledModel model)
    {
        Model = model;
        // Pinned so the compiled kernels can read it through a raw pointer without fixing it per call.
        _parameters = GC.AllocateArray<double>(Math.Max(1, model.ParameterSlotIds.Length), pinned: true);
        _p = (double*)Unsafe.AsPointer(ref _parameters[0]);
        model.ParameterDefaults.CopyTo(_parameters);
    }

    /// <summary>The compiled model.</summary>
    public CompiledModel Model { get; }

    /// <inheritdoc/>
    public int Dimension => Model.StateCount;

    /// <inheritdoc/>
    public bool HasJacobian => true;

    /// <summary>Current values of the parameter slots (<see cref="CompiledModel.ParameterSlotIds"/>); events change them during a simulation.</summary>
    public Span<double> ParameterSlots => _parameters.AsSpan(0, Model.ParameterSlotIds.Length);

    internal double* ParameterPointer => _p;

    /// <summary>Overrides the initial value of a symbol (a parameter, compartment size, or species in the units its symbol means); it wins over the model's value and initial assignment.</summary>
    public void SetValue(string id, double value)
    {
        if (!Model.Symbols.TryGetValue(id, out var info))
        {
            throw new ArgumentException($"'{id}' is not a symbol of model '{Model.Model.Id}'.", nameof(id));
        }

        if (info.Storage == SymbolStorage.Computed)
        {
            throw new ArgumentException($"'{id}' is computed by a rule or is a reaction rate; its value cannot be set.", nameof(id));
        }

        _overrides[id] = value;
    }

    /// <summary>Removes every override set with <see cref="SetValue"/>.</summary>
    public void ClearValues() => _overrides.Clear();

    /// <summary>Computes the initial state at <paramref name="startTime"/> (initial values, initial assignments, assignment rules) and resets the parameter slots.</summary>
    /// <exception cref="ModelValidationException">A value is missing or the initial assignments form a cycle.</exception>
    public void Initialize(double startTime, Span<double> state)
    {
        if (state.Length != Dimension)
        {
            throw new ArgumentException($"The state has {state.Length} entries; the model has {Dimension} states.", nameof(state));
        }

        var values = new InitialValues(Model, _overrides, startTime);
        for (var j = 0; j < Model.ParameterSlotIds.Length; j++)
        {
            _parameters[j] = values.Slot(Model.ParameterSlotIds[j]);
        }

        for (var i = 0; i < Dimension; i++)
        {
            state[i] = values.Slot(Model.StateIds[i]);
        }
    }

    /// <inheritdoc/>
    public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        fixed (double* py = y)
        fixed (double* pd = dydt)
        {
            Model.Rhs.Invoke(t, py, _p, pd);
        }
    }

    /// <inheritdoc/>
    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian)
    {
        if (jacobian.Length < Dimension * Dimension)
        {
            throw new ArgumentException($"The Jacobian buffer needs {Dimension * Dimension} entries.", nameof(jacobian));
        }

        fixed (double* py = y)
        fixed (double* pj = jacobian)
        {
            Model.Jacobian.Invoke(t, py, _p, pj);
        }
    }

    /// <inheritdoc/>
    public void TimeDerivative(double t, ReadOnlySpan<double> y, Span<double> dfdt)
    {
        fixed (double* py = y)
        fixed (double* pd = dfdt)
        {
            Model.TimeDerivative.Invoke(t, py, _p, pd);
        }
    }

    /// <summary>Writes the value of each state's symbol (species as concentrations unless they have only substance units).</summary>
    public void StateValues(double t, ReadOnlySpan<double> y, Span<double> values)
    {
        fixed (double* py = y)
        fixed (double* pv = values)
        {
            Model.StateValues.Invoke(t, py, _p, pv);
        }
    }

    internal void Evaluate(Kernel kernel, double t, ReadOnlySpan<double> y, Span<double> output)
    {
        if (kernel.OutputLength == 0)
        {
            return;
        }

        fixed (double* py = y)
        fixed (double* po = output)
        {
            kernel.Invoke(t, py, _p, po);
        }
    }

    /// <summary>Initial values by the interpreter: overrides, then initial assignments, then assignment rules, then the model's values.</summary>
    private sealed class InitialValues(CompiledModel compiled, Dictionary<string, double> overrides, double time)
    {
        private readonly Model _model = compiled.Model;
        private readonly Dictionary<string, double> _memo = new(StringComparer.Ordinal);
        private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Expr> _initial = compiled.InitialAssignments.ToDictionary(a => a.Symbol, a => a.Math, StringComparer.Ordinal);
        private readonly Dictionary<string, FunctionDefinition> _functions = compiled.Model.Functions.ToDictionary(f => f.Id, StringComparer.Ordinal);

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

            var value = Compute(id);
            _resolving.Remove(id);
            if (double.IsNaN(value) && !overrides.ContainsKey(id))
            {
                throw new ModelValidationException(_model.Id, [new ModelDiagnostic($"symbol '{id}'", "has no initial value: give it a value or an initial assignment.")]);
            }

            _memo[id] = value;
            return value;
        }

        private double Compute(string id)
        {
            if (overrides.TryGetValue(id, out var o))
            {
                return o;
            }

            if (_initial.TryGetValue(id, out var ia))
            {
                return Evaluate(ia, null);
            }

            var rule = _model.Rules.OfType<AssignmentRule>().FirstOrDefault(r => r.Variable == id);
            if (rule is not null)
            {
                return Evaluate(FunctionInliner.Inline(rule.Math, _functions), null);
            }

            switch (_model.Find(id))
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

                    return double.NaN;
                case Compartment c:
                    return c.Size ?? double.NaN;
                case Parameter p:
                    return p.Value ?? double.NaN;
                case SpeciesReference sr:
                    return sr.Stoichiometry ?? double.NaN;
                case Reaction r:
                    return r.KineticLaw is null ? 0.0 : Evaluate(FunctionInliner.Inline(r.KineticLaw.Math, _functions), r);
                default:
                    return double.NaN;
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
