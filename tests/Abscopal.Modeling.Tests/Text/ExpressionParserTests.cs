using Abscopal.Modeling.Expressions;
using Abscopal.Modeling.Text;

namespace Abscopal.Modeling.Tests.Text;

public class ExpressionParserTests
{
    private static double Eval(string text, double x = 3.0) =>
        ExprEvaluator.Evaluate(ExpressionParser.Parse(text), 10.0, name => name == "x" ? x : throw new KeyNotFoundException(name));

    [Theory]
    [InlineData("1", 1.0)]
    [InlineData("1.5", 1.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1.", 1.0)]
    [InlineData("1e-3", 0.001)]
    [InlineData("2.5E+3", 2500.0)]
    [InlineData("2e3", 2000.0)]
    [InlineData("true", 1.0)]
    [InlineData("false", 0.0)]
    public void Given_A_Number_Literal_When_Parsed_Then_It_Is_That_Constant(string text, double value) =>
        Assert.Equal(Expr.Constant(value), ExpressionParser.Parse(text));

    [Fact]
    public void Given_Inf_And_NaN_When_Parsed_Then_They_Are_The_Special_Doubles()
    {
        Assert.Equal(Expr.Constant(double.PositiveInfinity), ExpressionParser.Parse("inf"));
        Assert.Equal(Expr.Constant(double.NegativeInfinity), ExpressionParser.Parse("-inf"));
        Assert.True(double.IsNaN(((ConstantExpr)ExpressionParser.Parse("NaN")).Value));
    }

    // Each expected value is worked out by hand from the precedence table (lowest first): or, and,
    // equality, relational, additive, multiplicative, unary, power; the reason is the last column.
    [Theory]
    [InlineData("2 + 3*4", 14.0, "* binds tighter than +: 2 + 12")]
    [InlineData("2*3^2", 18.0, "^ binds tighter than *: 2*9")]
    [InlineData("-2^2", -4.0, "^ binds tighter than unary minus: -(2^2)")]
    [InlineData("-x^2", -9.0, "-(x^2) with x = 3")]
    [InlineData("(-x)^2", 9.0, "parentheses first: (-3)^2")]
    [InlineData("2^-1", 0.5, "an exponent may carry a sign: 2^(-1)")]
    [InlineData("2^3^2", 512.0, "^ is right-associative: 2^(3^2) = 2^9")]
    [InlineData("(2^3)^2", 64.0, "parentheses override: 8^2")]
    [InlineData("2**3**2", 512.0, "** is ^: 2^(3^2)")]
    [InlineData("8/4/2", 1.0, "/ is left-associative: (8/4)/2")]
    [InlineData("8 - 4 - 2", 2.0, "- is left-associative: (8 - 4) - 2")]
    [InlineData("2 - -3", 5.0, "a unary minus after a binary one: 2 - (-3)")]
    [InlineData("2*-3", -6.0, "a unary minus after *: 2*(-3)")]
    [InlineData("+3", 3.0, "unary plus changes nothing")]
    [InlineData("1 + 2 < 4", 1.0, "+ binds tighter than <: (1 + 2) < 4 is true")]
    [InlineData("1 < 2 == 1", 1.0, "< binds tighter than ==: (1 < 2) == 1; the other way, 1 < (2 == 1) would be 0")]
    [InlineData("2 == 2 && 2", 1.0, "== binds tighter than &&: (2 == 2) && 2; the other way, 2 == (2 && 2) would be 0")]
    [InlineData("1 || 0 && 0", 1.0, "&& binds tighter than ||: 1 || (0 && 0); left to right it would be 0")]
    [InlineData("1 or 0 and 0", 1.0, "'and' binds tighter than 'or', like && and ||")]
    [InlineData("!0 + 1", 2.0, "! binds tighter than +: (!0) + 1")]
    [InlineData("not 1 || 1", 1.0, "'not' is '!': (!1) || 1")]
    [InlineData("2 >= 3", 0.0, "2 is not ≥ 3")]
    [InlineData("1 <= 1", 1.0, "1 ≤ 1")]
    [InlineData("1 != 2", 1.0, "1 ≠ 2")]
    [InlineData("3 > 2 > 1", 0.0, "relations are left-associative: (3 > 2) > 1 is 1 > 1, false")]
    [InlineData("time*2", 20.0, "time is model time, 10 here")]
    public void Given_A_Formula_When_Parsed_And_Evaluated_Then_It_Follows_The_Precedence_Table(string text, double expected, string reason)
    {
        Assert.NotEmpty(reason);
        Assert.Equal(expected, Eval(text));
    }

    [Fact]
    public void Given_A_Minus_Before_A_Number_When_Parsed_Then_It_Is_A_Negative_Constant_Unless_Raised_To_A_Power()
    {
        Assert.Equal(Expr.Constant(-3), ExpressionParser.Parse("-3"));
        Assert.Equal(Expr.Negate(Expr.Constant(3)), ExpressionParser.Parse("-(3)"));
        Assert.Equal(Expr.Negate(Expr.Power(3, 2)), ExpressionParser.Parse("-3^2"));
        Assert.Equal(Expr.Negate(Expr.Symbol("x")), ExpressionParser.Parse("-x"));
        Assert.Equal(Expr.Power(2, Expr.Constant(-1)), ExpressionParser.Parse("2^-1"));
    }

    [Fact]
    public void Given_Log_With_One_Argument_When_Parsed_Then_It_Is_The_Natural_Log_As_In_Antimony()
    {
        // Antimony parses formulas with libSBML's L3 parser set to L3P_PARSE_LOG_AS_LN.
        Assert.Equal(Expr.Call(MathFunction.Ln, Expr.Symbol("x")), ExpressionParser.Parse("log(x)"));
        Assert.Equal(Math.Log(3.0), Eval("log(x)"), 15);
    }

    [Fact]
    public void Given_Log_With_Two_Arguments_When_Parsed_Then_The_First_Is_The_Base()
    {
        Assert.Equal(Expr.Call(MathFunction.Log, 2, 8), ExpressionParser.Parse("log(2, 8)"));
        Assert.Equal(3.0, Eval("log(2, 8)"), 14); // 2^3 = 8
    }

    [Fact]
    public void Given_The_Special_Functions_When_Parsed_Then_They_Become_Operators_And_Piecewise()
    {
        var a = Expr.Symbol("a");
        var b = Expr.Symbol("b");
        var c = Expr.Symbol("c");
        Assert.Equal(Expr.Power(a, b), ExpressionParser.Parse("pow(a, b)"));
        Assert.Equal(Expr.Binary(BinaryOperator.Xor, a, b), ExpressionParser.Parse("xor(a, b)"));
        Assert.Equal(Expr.Binary(BinaryOperator.Xor, Expr.Binary(BinaryOperator.Xor, a, b), c), ExpressionParser.Parse("xor(a, b, c)"));
        Assert.Equal(
            Expr.Piecewise([new PiecewisePiece(1, Expr.Binary(BinaryOperator.Greater, Expr.Time, 50))], 20),
            ExpressionParser.Parse("piecewise(1, time > 50, 20)"));
        Assert.Equal(
            Expr.Piecewise([new PiecewisePiece(a, b), new PiecewisePiece(c, 1)], null),
            ExpressionParser.Parse("piecewise(a, b, c, 1)"));
    }

    [Theory]
    [InlineData("exp(x)", MathFunction.Exp)]
    [InlineData("ln(x)", MathFunction.Ln)]
    [InlineData("log10(x)", MathFunction.Log10)]
    [InlineData("sqrt(x)", MathFunction.Sqrt)]
    [InlineData("abs(x)", MathFunction.Abs)]
    [InlineData("floor(x)", MathFunction.Floor)]
    [InlineData("ceil(x)", MathFunction.Ceiling)]
    [InlineData("ceiling(x)", MathFunction.Ceiling)]
    [InlineData("sin(x)", MathFunction.Sin)]
    [InlineData("arcsin(x)", MathFunction.ArcSin)]
    [InlineData("factorial(x)", MathFunction.Factorial)]
    [InlineData("min(x, 1, 2)", MathFunction.Min)]
    [InlineData("max(x, 1)", MathFunction.Max)]
    [InlineData("rem(x, 2)", MathFunction.Rem)]
    [InlineData("quotient(x, 2)", MathFunction.Quotient)]
    [InlineData("root(3, x)", MathFunction.Root)]
    public void Given_A_Built_In_Function_When_Parsed_Then_It_Is_A_Function_Node(string text, MathFunction function) =>
        Assert.Equal(function, Assert.IsType<FunctionExpr>(ExpressionParser.Parse(text)).Function);

    [Fact]
    public void Given_An_Unknown_Function_Name_When_Parsed_Alone_Then_It_Is_A_User_Function_Call() =>
        Assert.Equal(Expr.Call("hill", Expr.Symbol("x"), 2), ExpressionParser.Parse("hill(x, 2)"));

    [Fact]
    public void Given_Pi_When_Parsed_Alone_Then_It_Is_The_Number() =>
        Assert.Equal(Expr.Multiply(2, Math.PI), ExpressionParser.Parse("2*pi"));

    [Fact]
    public void Given_A_Formula_Broken_Across_Lines_Inside_Parentheses_When_Parsed_Then_It_Is_One_Formula() =>
        Assert.Equal(ExpressionParser.Parse("(a + b)*c"), ExpressionParser.Parse("(a\n + b)\n*c"));

    [Theory]
    [InlineData("2 +", "<expression>:1:4: expected a number, a name or '(', found end of file")]
    [InlineData("(1 + 2", "<expression>:1:7: expected ')' to close '(' opened at 1:1, found end of file")]
    [InlineData("exp(1, 2)", "<expression>:1:1: wrong number of arguments for 'exp'; expected 1 argument(s), found 2")]
    [InlineData("log(1, 2, 3)", "<expression>:1:1: wrong number of arguments for 'log'; expected 1 or 2 argument(s), found 3")]
    [InlineData("1 + 1.2.3", "<expression>:1:5: malformed number '1.2.3'; expected a number such as 2, 1.5, .5 or 2.5e-3, found '1.2.3'")]
    [InlineData("2 3", "<expression>:1:3: expected end of the formula, found '3'")]
    [InlineData("a = b", "<expression>:1:3: expected end of the formula, found '='")]
    [InlineData("x and", "<expression>:1:6: expected a number, a name or '(', found end of file")]
    public void Given_A_Malformed_Formula_When_Parsed_Then_The_Error_Gives_Its_Column(string text, string message) =>
        Assert.Equal(message, Assert.Throws<ModelParseException>(() => ExpressionParser.Parse(text)).Message);
}
