namespace Abscopal.Modeling.Expressions;

/// <summary>Exact symbolic differentiation of expressions, for analytic Jacobians and sensitivities.</summary>
/// <remarks>
/// The rules are the textbook ones (e.g. Abramowitz &amp; Stegun §4 for the elementary functions);
/// relational and logical nodes, floor, ceiling, factorial and quotient are piecewise constant and
/// differentiate to 0; min, max and abs differentiate to the derivative of the active branch;
/// piecewise expressions differentiate piece by piece with the same conditions. Results are simplified.
/// </remarks>
public static class ExprDerivative
{
    /// <summary>∂expr/∂<paramref name="symbol"/>, simplified.</summary>
    public static Expr WithRespectTo(Expr expr, string symbol)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        var memo = new Dictionary<Expr, Expr>();
        return ExprSimplifier.Simplify(D(expr, e => e is SymbolExpr s && s.Name == symbol, memo));
    }

    /// <summary>∂expr/∂t, the explicit time derivative (symbols held fixed), simplified.</summary>
    public static Expr WithRespectToTime(Expr expr)
    {
        var memo = new Dictionary<Expr, Expr>();
        return ExprSimplifier.Simplify(D(expr, static e => e is TimeExpr, memo));
    }

    private static Expr D(Expr e, Func<Expr, bool> isVariable, Dictionary<Expr, Expr> memo)
    {
        if (memo.TryGetValue(e, out var cached))
        {
            return cached;
        }

        var result = e switch
        {
            ConstantExpr => Expr.Zero,
            SymbolExpr or TimeExpr => isVariable(e) ? Expr.One : Expr.Zero,
            UnaryExpr u => u.Operator == UnaryOperator.Negate ? Neg(D(u.Operand, isVariable, memo)) : Expr.Zero,
            BinaryExpr b => Binary(b, isVariable, memo),
            FunctionExpr f => Function(f, isVariable, memo),
            PiecewiseExpr p => Expr.Piecewise(
                p.Pieces.Select(piece => new PiecewisePiece(D(piece.Value, isVariable, memo), piece.Condition)),
                p.Otherwise is null ? null : D(p.Otherwise, isVariable, memo)),
            CallExpr c => throw new InvalidOperationException($"The call of function '{c.Name}' must be inlined before differentiation."),
            _ => throw new InvalidOperationException($"Unknown expression node {e.GetType().Name}."),
        };
        result = ExprSimplifier.Simplify(result);
        memo[e] = result;
        return result;
    }

    private static Expr Binary(BinaryExpr b, Func<Expr, bool> v, Dictionary<Expr, Expr> memo)
    {
        if (b.Operator.IsBoolean())
        {
            return Expr.Zero;
        }

        var (f, g) = (b.Left, b.Right);
        var df = D(f, v, memo);
        var dg = D(g, v, memo);
        switch (b.Operator)
        {
            case BinaryOperator.Add:
                return Add(df, dg);
            case BinaryOperator.Subtract:
                return Sub(df, dg);
            case BinaryOperator.Multiply:
                return Add(Mul(df, g), Mul(f, dg));
            case BinaryOperator.Divide:
                // (f/g)' = f'/g − f·g'/g²
                return Sub(Div(df, g), Div(Mul(f, dg), Expr.Power(g, 2.0)));
            case BinaryOperator.Power:
                if (IsZero(dg))
                {
                    // (f^c)' = c·f^(c−1)·f'
                    return Mul(Mul(g, Expr.Power(f, ExprSimplifier.Simplify(Expr.Subtract(g, 1.0)))), df);
                }

                if (IsZero(df))
                {
                    // (c^g)' = c^g·ln(c)·g'
                    return Mul(Mul(b, Expr.Call(MathFunction.Ln, f)), dg);
                }

                // (f^g)' = f^g·(g'·ln f + g·f'/f)
                return Mul(b, Add(Mul(dg, Expr.Call(MathFunction.Ln, f)), Div(Mul(g, df), f)));
            default:
                throw new ArgumentOutOfRangeException(nameof(b), b.Operator, null);
        }
    }

    private static Expr Function(FunctionExpr fn, Func<Expr, bool> v, Dictionary<Expr, Expr> memo)
    {
        var args = fn.Arguments;
        var a = args[0];
        switch (fn.Function)
        {
            case MathFunction.Floor or MathFunction.Ceiling or MathFunction.Factorial or MathFunction.Quotient:
                return Expr.Zero;
            case MathFunction.Min or MathFunction.Max:
                if (args.Length == 1)
                {
                    return D(a, v, memo);
                }

                // Reduce n-ary min/max to nested binary ones, then take the active branch.
                var rest = args.Length == 2 ? args[1] : Expr.Call(fn.Function, args.AsSpan()[1..]);
                var op = fn.Function == MathFunction.Min ? BinaryOperator.LessOrEqual : BinaryOperator.GreaterOrEqual;
                return Expr.Piecewise([new PiecewisePiece(D(a, v, memo), Expr.Binary(op, a, rest))], D(rest, v, memo));
            case MathFunction.Delay or MathFunction.RateOf:
                throw new NotSupportedException($"{MathFunctions.Name(fn.Function)}() cannot be differentiated symbolically.");
        }

        var da = D(a, v, memo);
        if (args.Length == 2)
        {
            var b = args[1];
            var db = D(b, v, memo);
            return fn.Function switch
            {
                // log_a(b) = ln b / ln a
                MathFunction.Log => D(Expr.Divide(Expr.Call(MathFunction.Ln, b), Expr.Call(MathFunction.Ln, a)), v, memo),
                // root(n, x) = x^(1/n)
                MathFunction.Root => D(Expr.Power(b, Expr.Divide(1.0, a)), v, memo),
                // rem(a, b) = a − b·trunc(a/b), trunc piecewise constant
                MathFunction.Rem => Sub(da, Mul(db, Expr.Call(MathFunction.Quotient, a, b))),
                _ => throw new ArgumentOutOfRangeException(nameof(fn), fn.Function, null),
            };
        }

        if (IsZero(da))
        {
            return Expr.Zero;
        }

        Expr F(MathFunction f, Expr x) => Expr.Call(f, x);
        Expr Sq(Expr x) => Expr.Power(x, 2.0);
        Expr Sqrt(Expr x) => F(MathFunction.Sqrt, x);
        Expr one = Expr.One;

        Expr outer = fn.Function switch
        {
            MathFunction.Exp => fn,
            MathFunction.Ln => Div(one, a),
            MathFunction.Log10 => Div(one, Mul(a, Math.Log(10.0))),
            MathFunction.Sqrt => Div(one, Mul(2.0, fn)),
            MathFunction.Abs => Expr.Piecewise(
                [new PiecewisePiece(one, Expr.Binary(BinaryOperator.Greater, a, 0.0)), new PiecewisePiece(-1.0, Expr.Binary(BinaryOperator.Less, a, 0.0))],
                Expr.Zero),
            MathFunction.Sin => F(MathFunction.Cos, a),
            MathFunction.Cos => Neg(F(MathFunction.Sin, a)),
            MathFunction.Tan => Div(one, Sq(F(MathFunction.Cos, a))),
            MathFunction.Sec => Mul(fn, F(MathFunction.Tan, a)),
            MathFunction.Csc => Neg(Mul(fn, F(MathFunction.Cot, a))),
            MathFunction.Cot => Neg(Div(one, Sq(F(MathFunction.Sin, a)))),
            MathFunction.Sinh => F(MathFunction.Cosh, a),
            MathFunction.Cosh => F(MathFunction.Sinh, a),
            MathFunction.Tanh => Sub(one, Sq(fn)),
            MathFunction.Sech => Neg(Mul(fn, F(MathFunction.Tanh, a))),
            MathFunction.Csch => Neg(Mul(fn, F(MathFunction.Coth, a))),
            MathFunction.Coth => Neg(Div(one, Sq(F(MathFunction.Sinh, a)))),
            MathFunction.ArcSin => Div(one, Sqrt(Sub(one, Sq(a)))),
            MathFunction.ArcCos => Neg(Div(one, Sqrt(Sub(one, Sq(a))))),
            MathFunction.ArcTan => Div(one, Add(one, Sq(a))),
            MathFunction.ArcSec => Div(one, Mul(F(MathFunction.Abs, a), Sqrt(Sub(Sq(a), one)))),
            MathFunction.ArcCsc => Neg(Div(one, Mul(F(MathFunction.Abs, a), Sqrt(Sub(Sq(a), one))))),
            MathFunction.ArcCot => Neg(Div(one, Add(one, Sq(a)))),
            MathFunction.ArcSinh => Div(one, Sqrt(Add(Sq(a), one))),
            MathFunction.ArcCosh => Div(one, Sqrt(Sub(Sq(a), one))),
            MathFunction.ArcTanh => Div(one, Sub(one, Sq(a))),
            MathFunction.ArcSech => Neg(Div(one, Mul(a, Sqrt(Sub(one, Sq(a)))))),
            MathFunction.ArcCsch => Neg(Div(one, Mul(F(MathFunction.Abs, a), Sqrt(Add(one, Sq(a)))))),
            MathFunction.ArcCoth => Div(one, Sub(one, Sq(a))),
            _ => throw new ArgumentOutOfRangeException(nameof(fn), fn.Function, null),
        };
        return Mul(outer, da);
    }

    private static bool IsZero(Expr e) => e.IsConstant(0.0);

    private static Expr Add(Expr a, Expr b) => ExprSimplifier.Simplify(Expr.Add(a, b));

    private static Expr Sub(Expr a, Expr b) => ExprSimplifier.Simplify(Expr.Subtract(a, b));

    private static Expr Mul(Expr a, Expr b) => ExprSimplifier.Simplify(Expr.Multiply(a, b));

    private static Expr Div(Expr a, Expr b) => ExprSimplifier.Simplify(Expr.Divide(a, b));

    private static Expr Neg(Expr a) => ExprSimplifier.Simplify(Expr.Negate(a));
}
