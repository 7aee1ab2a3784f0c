using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Tests.Expressions;

public class ExprTests
{
    [Fact]
    public void Structurally_Equal_Trees_Are_Equal_And_Hash_Alike()
    {
        var a = Expr.Symbol("k") * Expr.Call(MathFunction.Exp, -Expr.Symbol("x"));
        var b = Expr.Symbol("k") * Expr.Call(MathFunction.Exp, -Expr.Symbol("x"));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Expr.Symbol("k") * Expr.Call(MathFunction.Exp, Expr.Symbol("x")));
    }

    [Fact]
    public void Constants_Compare_By_Bit_Pattern()
    {
        Assert.Equal(Expr.Constant(double.NaN), Expr.Constant(double.NaN));
        Assert.NotEqual(Expr.Constant(0.0), Expr.Constant(-0.0));
    }

    [Theory]
    [InlineData("a - (b - c)")]
    [InlineData("a/(b*c)")]
    [InlineData("-x^2")]
    [InlineData("(-x)^2")]
    [InlineData("x^(-2)")]
    [InlineData("a^b^c")]
    [InlineData("(a^b)^c")]
    [InlineData("a < b && c >= d || !e")]
    [InlineData("piecewise(1, x > 0, 2)")]
    public void Formatter_Writes_Only_The_Parentheses_The_Tree_Needs(string expected)
    {
        Expr a = Expr.Symbol("a"), b = Expr.Symbol("b"), c = Expr.Symbol("c"), d = Expr.Symbol("d"), e = Expr.Symbol("e"), x = Expr.Symbol("x");
        var tree = expected switch
        {
            "a - (b - c)" => a - (b - c),
            "a/(b*c)" => a / (b * c),
            "-x^2" => -Expr.Power(x, 2.0),
            "(-x)^2" => Expr.Power(-x, 2.0),
            "x^(-2)" => Expr.Power(x, -2.0),
            "a^b^c" => Expr.Power(a, Expr.Power(b, c)),
            "(a^b)^c" => Expr.Power(Expr.Power(a, b), c),
            "a < b && c >= d || !e" => Expr.Binary(
                BinaryOperator.Or,
                Expr.Binary(BinaryOperator.And, Expr.Binary(BinaryOperator.Less, a, b), Expr.Binary(BinaryOperator.GreaterOrEqual, c, d)),
                Expr.Not(e)),
            "piecewise(1, x > 0, 2)" => Expr.Piecewise([new PiecewisePiece(1.0, Expr.Binary(BinaryOperator.Greater, x, 0.0))], 2.0),
            _ => throw new ArgumentOutOfRangeException(nameof(expected)),
        };
        Assert.Equal(expected, tree.ToString());
    }

    [Fact]
    public void Evaluator_Follows_IEEE_Comparison_Semantics()
    {
        // NaN compares false with everything except !=, as in IEEE 754 and C#.
        var nan = Expr.Constant(double.NaN);
        Assert.Equal(0.0, ExprEvaluator.Evaluate(Expr.Binary(BinaryOperator.LessOrEqual, nan, 1.0), 0, _ => 0));
        Assert.Equal(1.0, ExprEvaluator.Evaluate(Expr.Binary(BinaryOperator.NotEqual, nan, nan), 0, _ => 0));
        Assert.Equal(double.NaN, ExprEvaluator.Evaluate(Expr.Piecewise([new PiecewisePiece(1.0, Expr.Zero)], null), 0, _ => 0));
    }

    [Fact]
    public void Function_Arity_Is_Checked_With_A_Clear_Message()
    {
        var ex = Assert.Throws<ArgumentException>(() => Expr.Call(MathFunction.Exp, Expr.One, Expr.One));
        Assert.Contains("exp takes 1 argument(s), not 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Substitute_Replaces_Symbols_Simultaneously()
    {
        // x → y and y → x at once: x - y becomes y - x
        var f = Expr.Symbol("x") - Expr.Symbol("y");
        var swapped = f.Substitute(new Dictionary<string, Expr> { ["x"] = Expr.Symbol("y"), ["y"] = Expr.Symbol("x") });
        Assert.Equal("y - x", swapped.ToString());
    }
}
