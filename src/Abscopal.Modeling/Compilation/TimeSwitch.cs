using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Compilation;

/// <summary>
/// A condition in the right-hand side that switches at a time known in advance: a relation (&lt;, ≤, &gt;, ≥) between two
/// sides whose difference is a·time + b with a and b free of time and states (a step input such as
/// <c>piecewise(0, time - t_on &lt; 0, 1)</c>). The right-hand side is discontinuous where it switches, at time −b/a.
/// </summary>
/// <param name="Condition">The relation (over parameter slots and time), as the right-hand side evaluates it.</param>
/// <param name="Time">The switching time −b/a (over parameter slots), in model time units; ±∞ or NaN when a is 0.</param>
internal sealed record TimeSwitch(BinaryExpr Condition, Expr Time)
{
    /// <summary>The distinct time switches among the relations in <paramref name="expressions"/>, in order of first appearance.</summary>
    public static List<TimeSwitch> Collect(IEnumerable<Expr> expressions)
    {
        var seen = new HashSet<Expr>();
        var switches = new List<TimeSwitch>();
        foreach (var expression in expressions)
        {
            expression.Any(node =>
            {
                if (node is BinaryExpr { Operator: BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual } b
                    && seen.Add(b)
                    && From(b) is { } s)
                {
                    switches.Add(s);
                }

                return false;
            });
        }

        return switches;
    }

    /// <summary>The switch <paramref name="relation"/> makes, or null when its sides are not linear in time and free of states.</summary>
    public static TimeSwitch? From(BinaryExpr relation)
    {
        var difference = ExprSimplifier.Simplify(Expr.Subtract(relation.Left, relation.Right));
        if (!difference.DependsOnTime() || !IsLinearInTime(difference) || difference.Any(static n => n is SymbolExpr s && !IsParameterLike(s.Name)))
        {
            return null;
        }

        var slope = ExprSimplifier.Simplify(ExprDerivative.WithRespectToTime(difference));
        if (slope.IsConstant(0.0))
        {
            return null;
        }

        var intercept = ExprSimplifier.Simplify(difference.Rewrite(static n => n is TimeExpr ? Expr.Zero : null));
        return new TimeSwitch(relation, ExprSimplifier.Simplify(Expr.Negate(Expr.Divide(intercept, slope))));
    }

    /// <summary>Parameter slots only: a state ("$y"), or anything else the kernels compute, makes the switching time unknown in advance.</summary>
    private static bool IsParameterLike(string name) => SlotNames.TryParse(name, out var isState, out _) && !isState;

    /// <summary>Whether <paramref name="e"/> is a·time + b built from +, −, negation, multiplication by and division by time-free factors.</summary>
    private static bool IsLinearInTime(Expr e) => !e.DependsOnTime() || e switch
    {
        TimeExpr => true,
        UnaryExpr { Operator: UnaryOperator.Negate } u => IsLinearInTime(u.Operand),
        BinaryExpr { Operator: BinaryOperator.Add or BinaryOperator.Subtract } b => IsLinearInTime(b.Left) && IsLinearInTime(b.Right),
        BinaryExpr { Operator: BinaryOperator.Multiply } b => (!b.Left.DependsOnTime() && IsLinearInTime(b.Right)) || (!b.Right.DependsOnTime() && IsLinearInTime(b.Left)),
        BinaryExpr { Operator: BinaryOperator.Divide } b => !b.Right.DependsOnTime() && IsLinearInTime(b.Left),
        _ => false,
    };
}
