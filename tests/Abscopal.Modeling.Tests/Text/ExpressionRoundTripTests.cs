using Abscopal.Modeling.Expressions;
using Abscopal.Modeling.Text;

namespace Abscopal.Modeling.Tests.Text;

public class ExpressionRoundTripTests
{
    // Awkward numbers on purpose: signed zeros, specials, extremes, and values whose shortest form has an exponent.
    private static readonly double[] s_numbers =
    [
        0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -3.25, 1e-7, 2.5e20, -1e-300, 5e-324, double.MaxValue,
        double.PositiveInfinity, double.NegativeInfinity, double.NaN, 86400.0, 0.1,
    ];

    private static readonly string[] s_symbols = ["a", "b", "k1", "TV_max", "_x"];

    private static readonly BinaryOperator[] s_binary = Enum.GetValues<BinaryOperator>();

    private static readonly MathFunction[] s_functions = Enum.GetValues<MathFunction>();

    [Fact]
    public void Given_2000_Random_Trees_When_Formatted_And_Parsed_Then_Each_Is_Structurally_Equal_To_The_Original()
    {
        var random = new Random(20260126);
        for (var i = 0; i < 2000; i++)
        {
            var tree = RandomTree(random, depth: 5);
            var text = ExprFormatter.Format(tree);
            var parsed = ExpressionParser.Parse(text);
            Assert.True(tree.Equals(parsed), $"tree {i}: '{text}' parsed as '{ExprFormatter.Format(parsed)}'");
        }
    }

    [Theory]
    [InlineData("-(3)")]
    [InlineData("--3")]
    [InlineData("(-3)^2")]
    [InlineData("2^(-1)")]
    [InlineData("-(0)")]
    [InlineData("-0")]
    [InlineData("-inf")]
    [InlineData("-(inf)")]
    [InlineData("-NaN")]
    [InlineData("!-2")]
    [InlineData("a - -b")]
    [InlineData("a^b^c")]
    [InlineData("(a^b)^c")]
    [InlineData("a < b < c")]
    [InlineData("a == (b == c)")]
    [InlineData("(a || b) && c")]
    [InlineData("piecewise(a)")]
    [InlineData("xor(xor(a, b), c)")]
    [InlineData("f()")]
    public void Given_An_Edge_Case_Text_When_Parsed_And_Formatted_Then_The_Text_Comes_Back(string text) =>
        Assert.Equal(text, ExprFormatter.Format(ExpressionParser.Parse(text)));

    private static Expr RandomTree(Random random, int depth)
    {
        var choice = depth <= 0 ? random.Next(3) : random.Next(9);
        switch (choice)
        {
            case 0:
                return Expr.Constant(s_numbers[random.Next(s_numbers.Length)]);
            case 1:
                return Expr.Symbol(s_symbols[random.Next(s_symbols.Length)]);
            case 2:
                return Expr.Time;
            case 3:
                return random.Next(2) == 0 ? Expr.Negate(RandomTree(random, depth - 1)) : Expr.Not(RandomTree(random, depth - 1));
            case 4 or 5:
                return Expr.Binary(s_binary[random.Next(s_binary.Length)], RandomTree(random, depth - 1), RandomTree(random, depth - 1));
            case 6:
                var function = s_functions[random.Next(s_functions.Length)];
                var (min, max) = MathFunctions.Arity(function);
                var count = random.Next(min, Math.Min(max, min + 2) + 1);
                return Expr.Call(function, [.. Enumerable.Range(0, count).Select(_ => RandomTree(random, depth - 1))]);
            case 7:
                var arguments = Enumerable.Range(0, random.Next(4)).Select(_ => RandomTree(random, depth - 1));
                return Expr.Call(random.Next(2) == 0 ? "f" : "hill", [.. arguments]);
            default:
                var pieces = Enumerable.Range(0, random.Next(3))
                    .Select(_ => new PiecewisePiece(RandomTree(random, depth - 1), RandomTree(random, depth - 1))).ToList();
                var otherwise = pieces.Count == 0 || random.Next(2) == 0 ? RandomTree(random, depth - 1) : null;
                return Expr.Piecewise(pieces, otherwise);
        }
    }
}
