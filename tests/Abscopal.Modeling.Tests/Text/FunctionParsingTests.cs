using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Tests.Text;

public class FunctionParsingTests
{
    [Fact]
    public void Given_A_Function_Definition_When_Parsed_Then_It_Has_Arguments_And_Body_And_Calls_Refer_To_It()
    {
        var model = ParseAssert.Parse("""
            function quadratic(x, a, b, c)
              a*x^2 + b*x + c
            end
            model quad1
              S3 := quadratic(s1, k1, k2, k3)
              s1 = 5; k1 = 0.3; k2 = 42; k3 = 10
            end
            """);
        var function = Assert.Single(model.Functions);
        Assert.Equal("quadratic", function.Id);
        Assert.Equal(["x", "a", "b", "c"], function.Arguments.AsEnumerable());
        Assert.Equal("a*x^2 + b*x + c", function.Body.ToString());
        Assert.Equal(Expr.Call("quadratic", Expr.Symbol("s1"), Expr.Symbol("k1"), Expr.Symbol("k2"), Expr.Symbol("k3")), model.Rules[0].Math);
    }

    [Fact]
    public void Given_A_Function_Without_Arguments_When_Parsed_Then_It_Is_Read()
    {
        var model = ParseAssert.Parse("function two()\n  2\nend\ny := two()");
        Assert.Empty(Assert.Single(model.Functions).Arguments);
    }

    [Fact]
    public void Given_Pi_In_A_Function_Body_When_Parsed_Then_It_Is_The_Number_Because_A_Body_Sees_Only_Its_Arguments()
    {
        var model = ParseAssert.Parse("pi = 3\nfunction area(r)\n  pi*r^2\nend\ny := area(pi)");
        Assert.Equal(Expr.Multiply(Math.PI, Expr.Power(Expr.Symbol("r"), 2)), model.Functions[0].Body);
    }

    [Fact]
    public void Given_A_Function_Defined_Inside_The_Model_When_Parsed_Then_It_Is_Read()
    {
        var model = ParseAssert.Parse("model m\n  function f(x)\n    x + 1\n  end\n  y := f(1)\nend");
        Assert.Equal("f", Assert.Single(model.Functions).Id);
    }
}
