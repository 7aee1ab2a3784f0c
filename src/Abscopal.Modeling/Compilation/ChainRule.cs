using System.Globalization;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Compilation;

/// <summary>
/// The Jacobian ∂f/∂y and ∂f/∂t of a right-hand side written over named intermediates, by the chain rule
/// through those intermediates (forward-mode differentiation of the computational graph).
/// </summary>
/// <remarks>
/// With intermediates w_k = e_k(y, w_&lt;k, t), the total derivative of each one is
/// dw_k/dy_j = ∂e_k/∂y_j + Σ_m ∂e_k/∂w_m · dw_m/dy_j, itself a named intermediate "$d<i>k</i>_<i>j</i>", and
/// J_ij = ∂f_i/∂y_j + Σ_m ∂f_i/∂w_m · dw_m/dy_j. Differentiating the fully inlined right-hand side instead
/// repeats every shared intermediate inside every entry (the Jacobian of Kosinsky 2018 grows to thousands of
/// nodes); this way its size stays proportional to the model's.
/// </remarks>
internal sealed class ChainRule(IReadOnlyList<(string Name, Expr Expr)> intermediates, IReadOnlyList<Expr> rhs, int stateCount)
{
    private readonly Dictionary<string, int> _index = intermediates.Select((w, k) => (w.Name, k)).ToDictionary(p => p.Name, p => p.k, StringComparer.Ordinal);
    private readonly List<(string Name, Expr Expr)> _lets = [.. intermediates];
    private readonly Dictionary<int, Expr>[] _dw = [.. intermediates.Select(_ => new Dictionary<int, Expr>())];
    private readonly Expr[] _dwdt = [.. intermediates.Select(_ => (Expr)Expr.Zero)];

    public (List<(string Name, Expr Expr)> Lets, List<(int Index, Expr Expr)> Jacobian, List<(int Index, Expr Expr)> TimeDerivative) Differentiate()
    {
        for (var k = 0; k < intermediates.Count; k++)
        {
            var (gradient, dt) = Total(intermediates[k].Expr);
            foreach (var (j, d) in gradient)
            {
                _dw[k][j] = Name(d, $"$d{k}_{j}");
            }

            _dwdt[k] = Name(dt, $"$t{k}");
        }

        var jacobian = new List<(int, Expr)>();
        var timeDerivative = new List<(int, Expr)>();
        for (var i = 0; i < rhs.Count; i++)
        {
            var (gradient, dt) = Total(rhs[i]);
            foreach (var (j, d) in gradient.OrderBy(g => g.Key))
            {
                jacobian.Add(((i * stateCount) + j, d));
            }

            if (!dt.IsConstant(0.0))
            {
                timeDerivative.Add((i, dt));
            }
        }

        return (_lets, jacobian, timeDerivative);
    }

    /// <summary>The non-zero total derivatives of <paramref name="e"/> with respect to each state, and with respect to time.</summary>
    private (Dictionary<int, Expr> Gradient, Expr Dt) Total(Expr e)
    {
        var symbols = e.Symbols();
        var partials = new List<(int M, Expr Partial)>();
        foreach (var s in symbols)
        {
            if (_index.TryGetValue(s, out var m))
            {
                var partial = ExprDerivative.WithRespectTo(e, s);
                if (!partial.IsConstant(0.0))
                {
                    partials.Add((m, partial));
                }
            }
        }

        var gradient = new Dictionary<int, Expr>();
        var states = new SortedSet<int>();
        foreach (var s in symbols)
        {
            if (SlotNames.TryParse(s, out var isState, out var j) && isState)
            {
                states.Add(j);
            }
        }

        foreach (var (m, _) in partials)
        {
            states.UnionWith(_dw[m].Keys);
        }

        foreach (var j in states)
        {
            var state = SlotNames.State(j).Name;
            Expr sum = symbols.Contains(state) ? ExprDerivative.WithRespectTo(e, state) : Expr.Zero;
            foreach (var (m, partial) in partials)
            {
                if (_dw[m].TryGetValue(j, out var dm))
                {
                    sum = Expr.Add(sum, Expr.Multiply(partial, dm));
                }
            }

            sum = ExprSimplifier.Simplify(sum);
            if (!sum.IsConstant(0.0))
            {
                gradient[j] = sum;
            }
        }

        Expr dt = e.DependsOnTime() ? ExprDerivative.WithRespectToTime(e) : Expr.Zero;
        foreach (var (m, partial) in partials)
        {
            if (!_dwdt[m].IsConstant(0.0))
            {
                dt = Expr.Add(dt, Expr.Multiply(partial, _dwdt[m]));
            }
        }

        return (gradient, ExprSimplifier.Simplify(dt));
    }

    /// <summary>A leaf stays inline; anything bigger becomes a named intermediate so later entries refer to it.</summary>
    private Expr Name(Expr e, string name)
    {
        if (e.Children.IsEmpty)
        {
            return e;
        }

        _lets.Add((name, e));
        return Expr.Symbol(name.ToString(CultureInfo.InvariantCulture));
    }
}
