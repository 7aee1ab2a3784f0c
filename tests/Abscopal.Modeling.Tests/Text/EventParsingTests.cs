using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Tests.Text;

public class EventParsingTests
{
    [Fact]
    public void Given_An_Event_Without_Parentheses_When_Parsed_Then_Its_Trigger_And_Assignments_Are_Read()
    {
        var model = ParseAssert.Parse("at time >= 24: C = C + dose\nC = 0; dose = 5");
        var modelEvent = Assert.Single(model.Events);
        Assert.Equal(Expr.Binary(BinaryOperator.GreaterOrEqual, Expr.Time, 24), modelEvent.Trigger.Math);
        Assert.Equal([new EventAssignment("C", Expr.Add(Expr.Symbol("C"), Expr.Symbol("dose")))], modelEvent.Assignments.AsEnumerable());
        Assert.Null(modelEvent.Id);
        Assert.Null(modelEvent.Delay);
    }

    [Fact]
    public void Given_Antimony_Defaults_When_An_Event_Has_No_Options_Then_t0_Persistent_And_FromTrigger_Are_True()
    {
        var modelEvent = Assert.Single(ParseAssert.Parse("at (x > 5): y = 3, x = r + 2\nx = 0; y = 0; r = 1").Events);
        Assert.True(modelEvent.Trigger.InitialValue);
        Assert.True(modelEvent.Trigger.Persistent);
        Assert.True(modelEvent.UseValuesFromTriggerTime);
        Assert.Null(modelEvent.Priority);
        Assert.Equal(["y", "x"], modelEvent.Assignments.Select(a => a.Variable));
    }

    [Fact]
    public void Given_Every_Event_Option_When_Parsed_Then_Each_Sets_Its_Field()
    {
        var model = ParseAssert.Parse("""
            E1: at 2*z/y after (x > 5), priority = 1 + z, t0 = false, persistent = false, fromTrigger = false: y = 3, x = r + 2
            x = 0; y = 1; z = 1; r = 1
            """);
        var modelEvent = Assert.Single(model.Events);
        Assert.Equal("E1", modelEvent.Id);
        Assert.Equal("2*z/y", modelEvent.Delay!.ToString());
        Assert.Equal("x > 5", modelEvent.Trigger.Math.ToString());
        Assert.Equal("1 + z", modelEvent.Priority!.ToString());
        Assert.False(modelEvent.Trigger.InitialValue);
        Assert.False(modelEvent.Trigger.Persistent);
        Assert.False(modelEvent.UseValuesFromTriggerTime);
    }

    [Fact]
    public void Given_Option_Names_In_Other_Case_When_Parsed_Then_They_Are_Accepted_As_Antimony_Does()
    {
        var modelEvent = Assert.Single(ParseAssert.Parse("at x > 1, T0 = false, FromTrigger = 0: x = 0\nx = 2").Events);
        Assert.False(modelEvent.Trigger.InitialValue);
        Assert.False(modelEvent.UseValuesFromTriggerTime);
    }

    [Fact]
    public void Given_Assignments_On_Following_Lines_When_Parsed_Then_They_Belong_To_The_Event()
    {
        var model = ParseAssert.Parse("""
            at time > 20:
                p1 = 1,
                p2 = 0
            p1 = 0; p2 = 1
            """);
        Assert.Equal(["p1", "p2"], Assert.Single(model.Events).Assignments.Select(a => a.Variable));
    }

    [Fact]
    public void Given_A_Parameter_Assigned_By_An_Event_When_Parsed_Then_It_Is_Not_Constant()
    {
        var model = ParseAssert.Parse("at time > 1: dose = dose + 1\ndose = 0\nk = 2");
        Assert.False(model.Parameter("dose").Constant);
        Assert.True(model.Parameter("k").Constant);
    }
}
