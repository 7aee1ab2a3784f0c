using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Tests.Expressions;

public class ExprSimplifierTests
{
    private static readonly Expr s_x = Expr.Symbol("x");

    [Theory]
    [InlineData("x + 0", "x")]
    [InlineData("0 * x", "0")]
    [InlineData("1 * x", "x")]
    [InlineData("x ^ 1", "x")]
    [InlineData("x ^ 0", "1")]
    [InlineData("x - x", "0")]
    [InlineData("x / x", "1")]
    [InlineData("--x", "x")]
    [InlineData("2 * 3", "6")]
    [InlineData("x * 3", "3*x")]
    public void Simplify_Applies_The_Documented_Rule(string name, string expected)
    {
        var input = name switch
        {
            "x + 0" => s_x + 0.0,
            "0 * x" => Expr.Zero * s_x,
            "1 * x" => Expr.One * s_x,
            "x ^ 1" => Expr.Power(s_x, 1.0),
            "x ^ 0" => Expr.Power(s_x, 0.0),
            "x - x" => s_x - s_x,
            "x / x" => s_x / s_x,
            "--x" => -(-s_x),
            "2 * 3" => Expr.Constant(2) * Expr.Constant(3),
            "x * 3" => s_x * 3.0,
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        Assert.Equal(expected, ExprSimplifier.Simplify(input).ToString());
    }

    [Fact]
    public void Piecewise_With_Constant_Conditions_Resolves()
    {
        var p = Expr.Piecewise([new PiecewisePiece(s_x, Expr.Zero), new PiecewisePiece(Expr.Constant(5), Expr.One)], Expr.Constant(7));
        Assert.Equal("5", ExprSimplifier.Simplify(p).ToString());
    }

    [Fact]
    public void Simplify_Preserves_The_Value_Of_Random_Expressions()
    {
        // Simplification may re-associate constant products, so values agree to rounding (1e-12 relative), not bit for bit.
        var generator = new RandomExpressions(seed: 7, ["x", "y"]);
        for (var i = 0; i < 500; i++)
        {
            var f = generator.Next(5);
            var s = ExprSimplifier.Simplify(f);
            Func<string, double> at = n => n == "x" ? 0.61 : -1.3;
            var a = ExprEvaluator.Evaluate(f, 0, at);
            var b = ExprEvaluator.Evaluate(s, 0, at);
            if (!double.IsFinite(a))
            {
                continue;
            }

            Assert.True(Math.Abs(a - b) <= 1e-12 * Math.Max(1, Math.Abs(a)), $"{f} = {a} but simplified {s} = {b}");
            Assert.True(s.Size <= f.Size, $"simplification grew {f} into {s}");
        }
    }
}
