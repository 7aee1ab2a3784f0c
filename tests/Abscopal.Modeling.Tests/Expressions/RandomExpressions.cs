using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Tests.Expressions;

/// <summary>Seeded random expression trees over given symbols, for property tests.</summary>
internal sealed class RandomExpressions(int seed, IReadOnlyList<string> symbols)
{
    private static readonly MathFunction[] s_smooth =
    [
        MathFunction.Exp, MathFunction.Sin, MathFunction.Cos, MathFunction.Tanh, MathFunction.ArcTan,
        MathFunction.Sinh, MathFunction.Sqrt, MathFunction.Ln, MathFunction.Abs,
    ];

    private readonly Random _random = new(seed);

    /// <summary>A random tree of at most <paramref name="depth"/> levels.</summary>
    public Expr Next(int depth)
    {
        if (depth <= 0 || _random.NextDouble() < 0.2)
        {
            return _random.Next(3) == 0
                ? Expr.Constant(Math.Round((_random.NextDouble() * 4) - 2, 3))
                : Expr.Symbol(symbols[_random.Next(symbols.Count)]);
        }

        switch (_random.Next(9))
        {
            case 0:
                return Expr.Add(Next(depth - 1), Next(depth - 1));
            case 1:
                return Expr.Subtract(Next(depth - 1), Next(depth - 1));
            case 2:
            case 3:
                return Expr.Multiply(Next(depth - 1), Next(depth - 1));
            case 4:
                // Keep denominators away from zero so finite-difference checks are meaningful.
                return Expr.Divide(Next(depth - 1), Expr.Add(Expr.Constant(3.0), Expr.Call(MathFunction.Sin, Next(depth - 1))));
            case 5:
                return Expr.Power(Expr.Add(Expr.Constant(1.5), Expr.Call(MathFunction.Cos, Next(depth - 1))), Expr.Constant(_random.Next(-2, 4)));
            case 6:
                var f = s_smooth[_random.Next(s_smooth.Length)];
                var arg = Next(depth - 1);
                // ln and sqrt need positive arguments: use 1 + x².
                return f is MathFunction.Ln or MathFunction.Sqrt
                    ? Expr.Call(f, Expr.Add(Expr.One, Expr.Power(arg, 2.0)))
                    : f is MathFunction.Exp or MathFunction.Sinh ? Expr.Call(f, Expr.Call(MathFunction.Sin, arg)) : Expr.Call(f, arg);
            case 7:
                return Expr.Negate(Next(depth - 1));
            default:
                return Expr.Piecewise(
                    [new PiecewisePiece(Next(depth - 1), Expr.Binary(BinaryOperator.Greater, Next(depth - 1), Expr.Constant(0.3)))],
                    Next(depth - 1));
        }
    }
}
