using System.Collections.Immutable;
using Abscopal.Modeling.Expressions;
using Abscopal.Modeling.Text;

namespace Abscopal.Modeling.Tests.Text;

/// <summary>A realistic model file, parsed end to end: Kosinsky 2018 with radiotherapy fractions and anti-PD-L1 doses (docs/problems.md).</summary>
public class KosinskyModelFileTests
{
    private static readonly Model s_model = TextModelParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "Text", "Models", "kosinsky2018.ant"));

    /// <summary>The value of <paramref name="expr"/> at <paramref name="time"/> in the initial state, with assignment rules and function calls inlined.</summary>
    private static double Evaluate(Expr expr, double time)
    {
        var functions = s_model.Functions.ToDictionary(f => f.Id);
        var rules = s_model.Rules.OfType<AssignmentRule>().ToDictionary(r => r.Variable);
        var values = s_model.Parameters.Where(p => p.Value is not null).ToDictionary(p => p.Id, p => p.Value!.Value);

        Expr Inline(Expr e) => e.Rewrite(node => node is CallExpr call
            ? Inline(functions[call.Name].Body.Substitute(functions[call.Name].Arguments
                .Zip(call.Arguments.Select(Inline))
                .ToDictionary(pair => pair.First, pair => pair.Second)))
            : null);

        double Symbol(string name) => rules.TryGetValue(name, out var rule) ? ExprEvaluator.Evaluate(Inline(rule.Math), time, Symbol) : values[name];
        return ExprEvaluator.Evaluate(Inline(expr), time, Symbol);
    }

    private static Expr Rate(string variable) => s_model.Rules.OfType<RateRule>().Single(r => r.Variable == variable).Math;

    [Fact]
    public void Given_The_Model_File_When_Parsed_Then_It_Has_Its_States_Helpers_Function_And_Doses()
    {
        Assert.Equal("kosinsky2018", s_model.Id);
        Assert.Equal(["TV", "U", "nTeff", "dTeff", "PDL1", "TVd", "Adepot", "Acent"], s_model.Rules.OfType<RateRule>().Select(r => r.Variable));
        Assert.Equal(["R", "A", "D", "M", "W", "influx", "supp", "block", "kill"], s_model.Rules.OfType<AssignmentRule>().Select(r => r.Variable));
        Assert.Equal("pulse", Assert.Single(s_model.Functions).Id);
        Assert.Equal(9, s_model.Events.Length);
        Assert.Equal(["D1", "D2", "D3"], s_model.Events.Where(e => e.Priority is not null).Select(e => e.Id!));
        Assert.Empty(s_model.Species);
        Assert.Empty(s_model.Reactions);
    }

    [Fact]
    public void Given_The_Model_File_When_Parsed_Then_States_Are_Variable_And_Parameters_Constant_With_Their_Sources()
    {
        Assert.False(s_model.Parameter("TV").Constant);
        Assert.Equal(15.0, s_model.Parameter("TV").Value);
        Assert.Equal("Tumour volume", s_model.Parameter("TV").Name);
        Assert.Equal("µL", s_model.Parameter("TV").Units);
        Assert.False(s_model.Parameter("Adepot").Constant); // the dose events change it
        Assert.True(s_model.Parameter("r").Constant);
        Assert.Equal("per_day", s_model.Parameter("r").Units);
        Assert.Equal("Kosinsky 2018 Table 1", s_model.Parameter("r").Source);
        Assert.Equal(2.0 / 1152.0, s_model.Parameter("width").Value);
        Assert.Equal([new UnitFactor("mole", Scale: -9), new UnitFactor("litre", Exponent: -1)], s_model.UnitDefinitions.Single(u => u.Id == "nM").Factors.AsEnumerable());
    }

    [Fact]
    public void Given_The_Initial_State_When_The_Tumour_Rate_Is_Evaluated_Then_It_Is_The_Hand_Computed_Value()
    {
        // No radiation at t = 0 and no effector cells: TV' = r·TV·(1 − TV/TVmax) − d0·TV = 0.4·15·(1 − 15/2500) − 0.01·15 = 5.964 − 0.15.
        Assert.Equal(5.814, Evaluate(Rate("TV"), 0.0), 12);
    }

    [Fact]
    public void Given_The_Initial_State_When_The_Naive_T_Cell_Rate_Is_Evaluated_Then_It_Is_The_Lymph_Node_Influx()
    {
        // D = d0 = 0.01, M = D²/(D² + Ktcd²) = 1e-4/0.0401, W = 15·M, nTeff' = influx = kLN·W/(W + SL) = 1.1690303333342644.
        Assert.Equal(1.1690303333342644, Evaluate(Rate("nTeff"), 0.0), 12);
    }

    [Fact]
    public void Given_A_Time_Inside_The_First_Fraction_When_The_Damage_Rate_Is_Evaluated_Then_The_Dose_Rate_Drives_It()
    {
        // R = 1152 Gy/day during [7, 7 + 2/1152); U' = δ·R − U/τ = 19·1152 at U = 0; before and after, R = 0.
        Assert.Equal(19.0 * 1152.0, Evaluate(Rate("U"), 7.001));
        Assert.Equal(0.0, Evaluate(Rate("U"), 6.999));
        Assert.Equal(0.0, Evaluate(Rate("U"), 7.0 + (2.0 / 1152.0)));
    }

    [Fact]
    public void Given_The_First_Dose_Event_When_It_Executes_Then_It_Adds_The_Dose_To_The_Depot()
    {
        var first = s_model.Events[0];
        Assert.Equal("time >= 7", first.Trigger.Math.ToString());
        var assignment = Assert.Single(first.Assignments);
        Assert.Equal("Adepot", assignment.Variable);
        Assert.Equal(1.3333333333333333, Evaluate(assignment.Math, 7.0)); // Adepot = 0 + dose
    }

    [Fact]
    public void Given_The_Model_File_When_Written_And_Parsed_Again_Then_The_Same_Model_Comes_Back() =>
        ModelEquivalence.AssertEquivalent(s_model, TextModelParser.Parse(TextModelWriter.Write(s_model)));

    [Fact]
    public void Given_The_Model_File_With_A_Typo_When_Parsed_Then_The_Error_Points_At_The_Typo_And_Suggests_The_Parameter()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Text", "Models", "kosinsky2018.ant");
        var lines = File.ReadAllLines(path).ToImmutableArray();
        var index = lines.IndexOf(lines.Single(l => l.TrimStart().StartsWith("dTeff'", StringComparison.Ordinal)));
        var text = string.Join("\n", lines.SetItem(index, lines[index].Replace("kdif", "kdf", StringComparison.Ordinal)));
        var column = lines[index].IndexOf("kdif", StringComparison.Ordinal) + 1;
        var error = Assert.Throws<ModelParseException>(() => TextModelParser.Parse(text, "kosinsky2018.ant"));
        Assert.Equal($"kosinsky2018.ant:{index + 1}:{column}: 'kdf' is not defined; did you mean 'kdif'?", error.Message);
    }
}
