using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Compilation;

/// <summary>
/// Subexpressions that depend on parameter slots only (e.g. 0.2·α/(τ·δ²), δ·R), moved out of the kernels into
/// extra parameter slots computed once whenever parameters change: loop-invariant code motion for the integrator.
/// </summary>
/// <remarks>The derived slots follow the model's own slots in the parameter vector; the operations are the same, so values are unchanged bit for bit.</remarks>
internal sealed class DerivedParameters(int baseCount)
{
    private readonly Dictionary<Expr, SymbolExpr> _slots = [];
    private readonly List<(int Index, Expr Expr)> _definitions = [];

    /// <summary>Number of slots the model itself declares.</summary>
    public int BaseCount => baseCount;

    /// <summary>Number of derived slots created so far.</summary>
    public int Count => _definitions.Count;

    /// <summary>Derived slot q (at parameter index BaseCount + q) and its definition over the model's slots.</summary>
    public IReadOnlyList<(int Index, Expr Expr)> Definitions => _definitions;

    /// <summary>Replaces every largest parameter-only subexpression of <paramref name="e"/> by a derived slot.</summary>
    public Expr Hoist(Expr e)
    {
        var (rewritten, parameterOnly) = Visit(e);
        return parameterOnly && !e.Children.IsEmpty ? Slot(e) : rewritten;
    }

    // One bottom-up pass: whether each subtree depends on the model's parameter slots only, and its rewrite.
    private (Expr Rewritten, bool ParameterOnly) Visit(Expr e)
    {
        switch (e)
        {
            case ConstantExpr:
                return (e, true);
            case TimeExpr:
                return (e, false);
            case SymbolExpr s:
                return (e, SlotNames.TryParse(s.Name, out var isState, out var index) && !isState && index < baseCount);
        }

        var children = e.Children;
        var results = new (Expr Rewritten, bool ParameterOnly)[children.Length];
        var allParameterOnly = true;
        for (var i = 0; i < children.Length; i++)
        {
            results[i] = Visit(children[i]);
            allParameterOnly &= results[i].ParameterOnly;
        }

        if (allParameterOnly)
        {
            return (e, true);
        }

        // Mixed node: hoist its parameter-only, non-leaf children; keep the rest as rewritten.
        var builder = System.Collections.Immutable.ImmutableArray.CreateBuilder<Expr>(children.Length);
        var changed = false;
        for (var i = 0; i < children.Length; i++)
        {
            var child = results[i].ParameterOnly && !children[i].Children.IsEmpty ? Slot(children[i]) : results[i].Rewritten;
            changed |= !ReferenceEquals(child, children[i]);
            builder.Add(child);
        }

        return (changed ? e.WithChildren(builder.MoveToImmutable()) : e, false);
    }

    private SymbolExpr Slot(Expr node)
    {
        if (!_slots.TryGetValue(node, out var slot))
        {
            slot = SlotNames.Parameter(baseCount + _definitions.Count);
            _definitions.Add((_definitions.Count, node));
            _slots[node] = slot;
        }

        return slot;
    }
}
