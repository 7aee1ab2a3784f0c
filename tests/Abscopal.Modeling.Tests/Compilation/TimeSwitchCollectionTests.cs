using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Expressions;
using Abscopal.Modeling.Text;

namespace Abscopal.Modeling.Tests.Compilation;

/// <summary>Which comparisons of the right-hand side the compiler takes as switches at a known time, and when they switch.</summary>
public class TimeSwitchCollectionTests
{
    private static CompiledModel Compile(string rate) => ModelCompiler.Compile(TextModelParser.Parse($"""
        model m
          y' = {rate}
          y = 1; X = 6; k = 4
        end
        """));

    [Theory]
    [InlineData("piecewise(0, time < X, 1)", 6.0)]
    [InlineData("piecewise(0, X >= time, 1)", 6.0)]
    [InlineData("piecewise(0, time - X < 0, 1)", 6.0)]
    [InlineData("piecewise(0, 2*time > X, 1)", 3.0)]
    [InlineData("piecewise(0, -time > -X, 1)", 6.0)]
    [InlineData("piecewise(0, k*time + 1 > X + 1, 1)", 1.5)]
    [InlineData("piecewise(0, (time - 1)/k <= X, 1)", 25.0)]
    [InlineData("-y*(time >= X)", 6.0)]
    public void A_Comparison_Linear_In_Time_And_Free_Of_States_Switches_Where_Its_Sides_Meet(string rate, double expected)
    {
        // Given a rate with one comparison a·time + b ⋚ 0 over parameters (X = 6, k = 4)
        var model = Compile(rate);

        // When its switching time is evaluated for the model's own values
        var times = new double[model.TimeSwitches.Length];
        model.CreateInstance().Evaluate(model.SwitchTimes, 0.0, [1.0], times);

        // Then it is the one switch, at −b/a
        Assert.Equal(new[] { expected }, times);
    }

    [Theory]
    [InlineData("piecewise(0, y > 5, 1)")]
    [InlineData("piecewise(0, time*y > 5, 1)")]
    [InlineData("piecewise(0, time^2 > X, 1)")]
    [InlineData("piecewise(0, floor(time) > X, 1)")]
    [InlineData("piecewise(0, time*time > X, 1)")]
    [InlineData("piecewise(0, time == X, 1)")]
    [InlineData("piecewise(0, X > 5, 1)")]
    public void A_Comparison_With_States_Or_Nonlinear_In_Time_Is_Not_A_Switch(string rate)
    {
        // Given a rate whose only comparison involves a state, time other than linearly, equality, or no time at all
        // When it is compiled
        var model = Compile(rate);

        // Then no switch is collected: the step-size control meets it as before
        Assert.Empty(model.TimeSwitches);
    }

    [Fact]
    public void A_Comparison_Used_Twice_Is_One_Switch()
    {
        // Given the same step in two places of the right-hand side, and a second step
        var model = Compile("piecewise(0, time < X, 1) + k*piecewise(0, time < X, 2) + piecewise(0, time > 9, 1)");

        // When it is compiled
        // Then there are two switches, in order of appearance
        Assert.Equal(2, model.TimeSwitches.Length);
        Assert.Equal(BinaryOperator.Less, model.TimeSwitches[0].Condition.Operator);
        Assert.Equal(BinaryOperator.Greater, model.TimeSwitches[1].Condition.Operator);
    }
}
