using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Tests.Text;

public class ValueAndRuleParsingTests
{
    [Fact]
    public void Given_A_Constant_Formula_When_Assigned_Then_It_Is_Evaluated_Into_The_Value()
    {
        var model = ParseAssert.Parse("a = 2*3 + 1\nb = -1e-3\nc = exp(0) + sqrt(4)\nd = 2*pi");
        Assert.Equal(7.0, model.Parameter("a").Value);
        Assert.Equal(-0.001, model.Parameter("b").Value);
        Assert.Equal(3.0, model.Parameter("c").Value); // e^0 + √4 = 1 + 2
        Assert.Equal(2 * Math.PI, model.Parameter("d").Value);
        Assert.Empty(model.InitialAssignments);
    }

    [Fact]
    public void Given_A_Formula_With_Symbols_When_Assigned_Then_It_Is_An_Initial_Assignment()
    {
        var model = ParseAssert.Parse("k1 = 2.3 + A\nA = 1.2");
        var assignment = Assert.Single(model.InitialAssignments);
        Assert.Equal("k1", assignment.Symbol);
        Assert.Equal(Expr.Add(2.3, Expr.Symbol("A")), assignment.Math);
        Assert.Null(model.Parameter("k1").Value);
        Assert.True(model.Parameter("k1").Constant);
    }

    [Fact]
    public void Given_A_Name_Assigned_Twice_When_Parsed_Then_The_Later_Assignment_Replaces_The_Earlier()
    {
        // Antimony's example: pH = 7; k1 = -log10(pH); pH = 8.2 gives pH = 8.2.
        var model = ParseAssert.Parse("pH = 7\nk1 = -log10(pH)\npH = 8.2\nx = y + 1\nx = 4\ny = 0");
        Assert.Equal(8.2, model.Parameter("pH").Value);
        Assert.Equal(4.0, model.Parameter("x").Value);
        Assert.Equal(["k1"], model.InitialAssignments.Select(a => a.Symbol));
    }

    [Fact]
    public void Given_Initial_Values_Of_Species_And_Compartments_When_Parsed_Then_They_Set_Concentration_Amount_And_Size()
    {
        var model = ParseAssert.Parse("""
            compartment C = 2.5
            species S in C
            substanceOnly species N in C
            S = 10; N = 4
            """);
        Assert.Equal(2.5, model.Compartment("C").Size);
        Assert.Equal(10.0, model.Species("S").InitialConcentration);
        Assert.Null(model.Species("S").InitialAmount);
        Assert.Equal(4.0, model.Species("N").InitialAmount);
        Assert.True(model.Species("N").HasOnlySubstanceUnits);
    }

    [Fact]
    public void Given_A_Rate_Rule_When_Parsed_Then_The_Variable_Is_A_Non_Constant_Parameter_With_Its_Initial_Value()
    {
        var model = ParseAssert.Parse("x' = -k*x\nx = 1\nk = 0.5");
        var rule = Assert.IsType<RateRule>(Assert.Single(model.Rules));
        Assert.Equal("x", rule.Variable);
        Assert.Equal(Expr.Multiply(Expr.Negate(Expr.Symbol("k")), Expr.Symbol("x")), rule.Math);
        Assert.False(model.Parameter("x").Constant);
        Assert.Equal(1.0, model.Parameter("x").Value);
        Assert.True(model.Parameter("k").Constant);
    }

    [Fact]
    public void Given_A_Rate_Rule_On_A_Declared_Species_When_Parsed_Then_It_Stays_A_Species()
    {
        var model = ParseAssert.Parse("species S1 = 1.3\nS1' = 0.4");
        Assert.Equal("S1", Assert.Single(model.Species).Id);
        Assert.Empty(model.Parameters);
        Assert.IsType<RateRule>(Assert.Single(model.Rules));
    }

    [Fact]
    public void Given_An_Assignment_Rule_When_Parsed_Then_The_Variable_Is_A_Non_Constant_Parameter()
    {
        var model = ParseAssert.Parse("k1 := sin(time)\nPtot := P1 + P2\nP1 = 1; P2 = 2");
        Assert.Equal(Expr.Call(MathFunction.Sin, Expr.Time), Assert.IsType<AssignmentRule>(model.Rules[0]).Math);
        Assert.False(model.Parameter("k1").Constant);
        Assert.False(model.Parameter("Ptot").Constant);
        Assert.Null(model.Parameter("Ptot").Value);
    }

    [Fact]
    public void Given_An_Algebraic_Rule_When_Parsed_Then_It_Constrains_Its_Formula_To_Zero()
    {
        var model = ParseAssert.Parse("0 = (25*S1 - 13*S2)/3\nvar S1, S2");
        Assert.Equal("(25*S1 - 13*S2)/3", Assert.IsType<AlgebraicRule>(Assert.Single(model.Rules)).Math.ToString());
    }

    [Fact]
    public void Given_Pi_Defined_As_A_Parameter_When_Used_Then_The_Parameter_Wins_As_In_LibSBML()
    {
        var model = ParseAssert.Parse("pi = 3\ny := 2*pi");
        Assert.Equal(Expr.Multiply(2, Expr.Symbol("pi")), ((AssignmentRule)model.Rules[0]).Math);
    }

    [Fact]
    public void Given_Rules_Statements_Before_Their_Definitions_When_Parsed_Then_Order_Does_Not_Matter()
    {
        var model = ParseAssert.Parse("y := a*b\na = 2\nb = 3");
        Assert.Equal(["y", "a", "b"], model.Parameters.Select(p => p.Id));
    }
}
