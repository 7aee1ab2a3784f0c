using System.Globalization;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Compilation;

/// <summary>
/// Compiles a model's initial values for one set of overridden symbols into a kernel: the same definitions, in the same
/// order of precedence and with the same arithmetic as the interpreter in <see cref="ModelInstance"/> (overrides, initial
/// assignments, assignment rules, the model's values), so both give bit-identical slots.
/// </summary>
/// <remarks>
/// Inputs: the override values, read as parameter slots by value index (<see cref="CompiledModel.ValueIndex"/>: parameter
/// slots, then states). Outputs: every parameter slot, then every state. Where the interpreter would fail (a symbol with no
/// value, a cycle) or a construct cannot be compiled, no kernel is made and the interpreter decides.
/// </remarks>
internal sealed class InitialValueCompiler
{
    private readonly CompiledModel _compiled;
    private readonly Func<int, bool> _isOverridden;
    private readonly Dictionary<string, Expr> _initial;
    private readonly Dictionary<string, FunctionDefinition> _functions;
    private readonly Dictionary<string, Expr> _memo = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);
    private readonly List<(string Name, Expr Expr)> _lets = [];

    private InitialValueCompiler(CompiledModel compiled, Func<int, bool> isOverridden)
    {
        _compiled = compiled;
        _isOverridden = isOverridden;
        _initial = new(StringComparer.Ordinal);
        foreach (var (symbol, math) in compiled.InitialAssignments)
        {
            _initial[symbol] = math;
        }

        _functions = compiled.Model.Functions.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    /// <summary>The kernel of the initial slots when the value indices for which <paramref name="isOverridden"/> holds are overridden, or null where the interpreter must decide.</summary>
    public static Kernel? TryCompile(CompiledModel compiled, Func<int, bool> isOverridden)
    {
        var compiler = new InitialValueCompiler(compiled, isOverridden);
        try
        {
            var outputs = new List<(int Index, Expr Expr)>(compiled.ParameterSlotIds.Length + compiled.StateCount);
            foreach (var id in compiled.ParameterSlotIds)
            {
                outputs.Add((outputs.Count, compiler.Slot(id)));
            }

            foreach (var id in compiled.StateIds)
            {
                outputs.Add((outputs.Count, compiler.Slot(id)));
            }

            return KernelEmitter.Compile(compiled.Model.Id + "_initial", compiler._lets, outputs, outputs.Count, zeroFill: false);
        }
        catch (Exception ex) when (ex is NotCompilableException or ModelValidationException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The slot of symbol <paramref name="id"/>: an amount for species stored as amounts, else the symbol's value (interpreter: <c>InitialValues.Slot</c>).</summary>
    private Expr Slot(string id)
    {
        var info = _compiled.Symbols[id];
        if (id.Contains('.', StringComparison.Ordinal))
        {
            return Expr.Constant(_compiled.ParameterDefaults[info.Index]); // a reaction's local parameter
        }

        var value = Value(id);
        return info.StoresAmount ? Expr.Multiply(value, Value(info.Compartment!)) : value;
    }

    /// <summary>The value of symbol <paramref name="id"/> as an expression over the overrides and time; non-trivial ones become named intermediates computed once.</summary>
    private Expr Value(string id)
    {
        if (_memo.TryGetValue(id, out var known))
        {
            return known;
        }

        if (!_resolving.Add(id))
        {
            throw new NotCompilableException(); // a cycle: the interpreter reports it
        }

        var value = Compute(id);
        _resolving.Remove(id);
        if (!value.Children.IsEmpty)
        {
            var name = "$v" + _lets.Count.ToString(CultureInfo.InvariantCulture);
            _lets.Add((name, value));
            value = Expr.Symbol(name);
        }

        _memo[id] = value;
        return value;
    }

    private Expr Compute(string id)
    {
        if (_compiled.Symbols.TryGetValue(id, out var info) && info.Storage != SymbolStorage.Computed && _isOverridden(_compiled.ValueIndexOf(info)))
        {
            return SlotNames.Parameter(_compiled.ValueIndexOf(info));
        }

        if (_initial.TryGetValue(id, out var ia))
        {
            return Resolve(ia, null);
        }

        if (_compiled.AssignmentRulesByVariable.TryGetValue(id, out var rule))
        {
            return Resolve(FunctionInliner.Inline(rule.Math, _functions), null);
        }

        switch (_compiled.Components.GetValueOrDefault(id))
        {
            case Species s:
                if (s.InitialAmount is { } amount)
                {
                    return s.HasOnlySubstanceUnits ? Expr.Constant(amount) : Expr.Divide(Expr.Constant(amount), Value(s.Compartment));
                }

                if (s.InitialConcentration is { } concentration)
                {
                    return s.HasOnlySubstanceUnits ? Expr.Multiply(Expr.Constant(concentration), Value(s.Compartment)) : Expr.Constant(concentration);
                }

                break;
            case Compartment { Size: { } size }:
                return Expr.Constant(size);
            case Parameter { Value: { } v }:
                return Expr.Constant(v);
            case SpeciesReference sr:
                if (sr.StoichiometryMath is { } sm)
                {
                    return Resolve(FunctionInliner.Inline(sm, _functions), null);
                }

                if (sr.Stoichiometry is { } stoichiometry)
                {
                    return Expr.Constant(stoichiometry);
                }

                break;
            case Reaction r:
                return r.KineticLaw is null ? Expr.Constant(0.0) : Resolve(FunctionInliner.Inline(r.KineticLaw.Math, _functions), r);
        }

        throw new NotCompilableException(); // no value: the interpreter reports it
    }

    /// <summary>Replaces every model symbol by its value; inside a kinetic law a local parameter is its constant.</summary>
    private Expr Resolve(Expr math, Reaction? scope) =>
        math.Rewrite(node =>
        {
            if (node is not SymbolExpr s)
            {
                return null;
            }

            var local = scope?.KineticLaw?.LocalParameters.FirstOrDefault(p => p.Id == s.Name);
            return local is not null ? Expr.Constant(local.Value ?? double.NaN) : Value(s.Name);
        });

    private sealed class NotCompilableException : Exception
    {
    }
}
