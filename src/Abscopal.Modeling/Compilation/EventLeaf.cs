using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Compilation;

/// <summary>A relational sub-condition of an event trigger, watched for crossings during integration.</summary>
/// <param name="Condition">The relational expression (over slots and time).</param>
/// <param name="IsTimeThreshold">True for "time op X" with X free of states and time: it crosses exactly at t = X, so the integrator stops there.</param>
/// <param name="Function">For a threshold, X; otherwise left − right, whose sign change is located by root finding.</param>
internal sealed record EventLeaf(BinaryExpr Condition, bool IsTimeThreshold, Expr Function)
{
    public static EventLeaf From(BinaryExpr b)
    {
        static bool Free(Expr e) => !e.DependsOnTime() && !e.Any(static n => n is SymbolExpr s && s.Name.StartsWith("$y", StringComparison.Ordinal));
        if (b.Left is TimeExpr && Free(b.Right))
        {
            return new EventLeaf(b, true, b.Right);
        }

        if (b.Right is TimeExpr && Free(b.Left))
        {
            return new EventLeaf(b, true, b.Left);
        }

        return new EventLeaf(b, false, ExprSimplifier.Simplify(Expr.Subtract(b.Left, b.Right)));
    }
}
