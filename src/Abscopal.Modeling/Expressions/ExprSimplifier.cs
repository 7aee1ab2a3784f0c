using System.Collections.Immutable;

namespace Abscopal.Modeling.Expressions;

/// <summary>Algebraic simplification that preserves the value wherever the original is finite.</summary>
/// <remarks>
/// Rules: constant folding (with the evaluator's semantics), neutral and absorbing elements (x+0, x·1,
/// x·0 → 0, x^1, x^0 → 1), double negation, x−x → 0, x/x → 1, constants gathered to the left of
/// products, and piecewise pieces with constant conditions resolved. As in every computer-algebra
/// system, x·0 → 0 and x/x → 1 drop the NaN/∞ that x could carry at isolated points.
/// </remarks>
public static class ExprSimplifier
{
    /// <summary>Simplifies <paramref name="expr"/> bottom-up until no rule applies.</summary>
    public static Expr Simplify(Expr expr)
    {
        if (expr.IsSimplified || expr.Children.IsEmpty)
        {
            return expr;
        }

        // Reference identity suffices to reuse work on shared subtrees, and is cheaper than structural equality.
        var memo = new Dictionary<Expr, Expr>(ReferenceEqualityComparer.Instance);
        return Simplify(expr, memo);
    }

    private static Expr Simplify(Expr expr, Dictionary<Expr, Expr> memo)
    {
        if (expr.IsSimplified || expr.Children.IsEmpty)
        {
            return expr;
        }

        if (memo.TryGetValue(expr, out var done))
        {
            return done;
        }

        var children = expr.Children;
        var builder = ImmutableArray.CreateBuilder<Expr>(children.Length);
        var changed = false;
        foreach (var child in children)
        {
            var s = Simplify(child, memo);
            changed |= !ReferenceEquals(s, child);
            builder.Add(s);
        }

        var rebuilt = changed ? expr.WithChildren(builder.MoveToImmutable()) : expr;
        var result = Apply(rebuilt);
        if (!ReferenceEquals(result, rebuilt))
        {
            result = Simplify(result, memo);
        }

        memo[expr] = result;
        result.IsSimplified = true;
        return result;
    }

    private static Expr Apply(Expr e) => e switch
    {
        UnaryExpr u => Unary(u),
        BinaryExpr b => Binary(b),
        FunctionExpr f => Function(f),
        PiecewiseExpr p => Piecewise(p),
        _ => e,
    };

    private static Expr Unary(UnaryExpr u)
    {
        if (u.Operand is ConstantExpr c)
        {
            return Expr.Constant(u.Operator == UnaryOperator.Negate ? -c.Value : (c.Value == 0.0 ? 1.0 : 0.0));
        }

        if (u.Operator == UnaryOperator.Negate && u.Operand is UnaryExpr { Operator: UnaryOperator.Negate } inner)
        {
            return inner.Operand;
        }

        return u;
    }

    private static Expr Binary(BinaryExpr b)
    {
        var (l, r) = (b.Left, b.Right);
        if (l is ConstantExpr lc && r is ConstantExpr rc)
        {
            return Expr.Constant(ExprEvaluator.Binary(b.Operator, lc.Value, rc.Value));
        }

        switch (b.Operator)
        {
            case BinaryOperator.Add:
                if (l.IsConstant(0.0))
                {
                    return r;
                }

                if (r.IsConstant(0.0))
                {
                    return l;
                }

                if (r is UnaryExpr { Operator: UnaryOperator.Negate } rn)
                {
                    return Expr.Subtract(l, rn.Operand);
                }

                if (l is UnaryExpr { Operator: UnaryOperator.Negate } ln)
                {
                    return Expr.Subtract(r, ln.Operand);
                }

                if (r is ConstantExpr { Value: < 0 } rneg)
                {
                    return Expr.Subtract(l, Expr.Constant(-rneg.Value));
                }

                break;
            case BinaryOperator.Subtract:
                if (r.IsConstant(0.0))
                {
                    return l;
                }

                if (l.IsConstant(0.0))
                {
                    return Expr.Negate(r);
                }

                if (l.Equals(r))
                {
                    return Expr.Zero;
                }

                if (r is UnaryExpr { Operator: UnaryOperator.Negate } rn2)
                {
                    return Expr.Add(l, rn2.Operand);
                }

                break;
            case BinaryOperator.Multiply:
                if (l.IsConstant(0.0) || r.IsConstant(0.0))
                {
                    return Expr.Zero;
                }

                if (l.IsConstant(1.0))
                {
                    return r;
                }

                if (r.IsConstant(1.0))
                {
                    return l;
                }

                if (l.IsConstant(-1.0))
                {
                    return Expr.Negate(r);
                }

                if (r.IsConstant(-1.0))
                {
                    return Expr.Negate(l);
                }

                if (r is ConstantExpr && l is not ConstantExpr)
                {
                    return Expr.Multiply(r, l);
                }

                if (l is UnaryExpr { Operator: UnaryOperator.Negate } a && r is UnaryExpr { Operator: UnaryOperator.Negate } c)
                {
                    return Expr.Multiply(a.Operand, c.Operand);
                }

                if (l is UnaryExpr { Operator: UnaryOperator.Negate } ln2)
                {
                    return Expr.Negate(Expr.Multiply(ln2.Operand, r));
                }

                if (r is UnaryExpr { Operator: UnaryOperator.Negate } rn3)
                {
                    return Expr.Negate(Expr.Multiply(l, rn3.Operand));
                }

                if (l is ConstantExpr c1 && r is BinaryExpr { Operator: BinaryOperator.Multiply, Left: ConstantExpr c2 } rm)
                {
                    return Expr.Multiply(Expr.Constant(c1.Value * c2.Value), rm.Right);
                }

                break;
            case BinaryOperator.Divide:
                if (r.IsConstant(1.0))
                {
                    return l;
                }

                if (r.IsConstant(-1.0))
                {
                    return Expr.Negate(l);
                }

                if (l.IsConstant(0.0) && r is not ConstantExpr)
                {
                    return Expr.Zero;
                }

                if (l.Equals(r))
                {
                    return Expr.One;
                }

                if (l is UnaryExpr { Operator: UnaryOperator.Negate } ln3)
                {
                    return Expr.Negate(Expr.Divide(ln3.Operand, r));
                }

                break;
            case BinaryOperator.Power:
                if (r.IsConstant(0.0))
                {
                    return Expr.One;
                }

                if (r.IsConstant(1.0))
                {
                    return l;
                }

                if (l.IsConstant(1.0))
                {
                    return Expr.One;
                }

                break;
            case BinaryOperator.And:
                if (l is ConstantExpr la)
                {
                    return la.Value == 0.0 ? Expr.Zero : AsTruth(r);
                }

                if (r is ConstantExpr ra)
                {
                    return ra.Value == 0.0 ? Expr.Zero : AsTruth(l);
                }

                break;
            case BinaryOperator.Or:
                if (l is ConstantExpr lo)
                {
                    return lo.Value != 0.0 ? Expr.One : AsTruth(r);
                }

                if (r is ConstantExpr ro)
                {
                    return ro.Value != 0.0 ? Expr.One : AsTruth(l);
                }

                break;
        }

        return b;
    }

    // A logical operand can be any number; keep it as a truth value only when it already is one.
    private static Expr AsTruth(Expr e) =>
        e is BinaryExpr { Operator: var op } && op.IsBoolean() || e is UnaryExpr { Operator: UnaryOperator.Not }
            ? e
            : Expr.Binary(BinaryOperator.NotEqual, e, Expr.Zero);

    private static Expr Function(FunctionExpr f)
    {
        if (f.Function is MathFunction.Delay or MathFunction.RateOf)
        {
            return f;
        }

        foreach (var a in f.Arguments)
        {
            if (a is not ConstantExpr)
            {
                return f.Function is MathFunction.Min or MathFunction.Max && f.Arguments.Length == 1 ? f.Arguments[0] : f;
            }
        }

        return Expr.Constant(ExprEvaluator.Evaluate(f, 0.0, static _ => double.NaN));
    }

    private static Expr Piecewise(PiecewiseExpr p)
    {
        var kept = ImmutableArray.CreateBuilder<PiecewisePiece>();
        var otherwise = p.Otherwise;
        var changed = false;
        foreach (var piece in p.Pieces)
        {
            if (piece.Condition is ConstantExpr c)
            {
                changed = true;
                if (c.Value != 0.0)
                {
                    otherwise = piece.Value;
                    break;
                }

                continue;
            }

            kept.Add(piece);
        }

        if (kept.Count == 0)
        {
            return otherwise ?? Expr.Constant(double.NaN);
        }

        if (otherwise is not null && kept.All(piece => piece.Value.Equals(otherwise)))
        {
            return otherwise;
        }

        return changed ? Expr.Piecewise(kept, otherwise) : p;
    }
}
