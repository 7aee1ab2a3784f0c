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
    public Expr Hoist(Expr e) => e.Rewrite(node => IsParameterOnly(node) ? Slot(node) : null);

    private bool IsParameterOnly(Expr node)
    {
        if (node.Children.IsEmpty || node.DependsOnTime())
        {
            return false;
        }

        foreach (var s in node.Symbols())
        {
            if (!SlotNames.TryParse(s, out var isState, out var index) || isState || index >= baseCount)
            {
                return false;
            }
        }

        return true;
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
