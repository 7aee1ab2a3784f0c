using Abscopal.Modeling.Expressions;
using Abscopal.Modeling.Text;

namespace Abscopal.Modeling.Tests.Text;

/// <summary>The idioms of text that libAntimony itself writes (e.g. Tellurium's getAntimony() or BioModels translations), so that such text can be pasted.</summary>
public class AntimonyExportParsingTests
{
    [Fact]
    public void Given_Text_In_The_Style_Libantimony_Writes_When_Parsed_Then_The_Model_And_Its_Names_Are_Read()
    {
        var model = TextModelParser.Parse("""
            // Created by libAntimony v2.13.0
            function hill_1(S, n, K)
              S^n/(K^n + S^n);
            end

            hill_1 is "Hill function"

            model *toggle()

              // Compartments and Species:
              compartment cell;
              species U in cell, V in cell;

              // Assignment Rules:
              act := hill_1(U, n, K);

              // Reactions:
              J0:  => U; a*act;
              J1: U => ; d*U;

              // Species initializations:
              U = 1;
              V = 20/cell;

              // Compartment initializations:
              cell = 1;

              // Variable initializations:
              n = 2;
              K = 1;
              a = 3;
              d = 0.5;
              unknown_k = ;

              // Other declarations:
              var act;
              const cell, n, K, a, d;

              // Unit definitions:
              unit time_unit = 60 second;

              // Display Names:
              time_unit is "minute";
              U is "repressor U";

              // SBO terms:
              cell.sboTerm = 290
              J0.sboTerm = SBO:0000183

              // CV terms:
              U identity "http://identifiers.org/uniprot/P03023"
              V hypernym "http://identifiers.org/chebi/CHEBI:33699",
                         "http://identifiers.org/kegg.compound/C00046"
            end

            toggle is "Toggle switch"

            toggle model_entity_is "http://identifiers.org/biomodels.db/MODEL0000000000"
            toggle description "http://identifiers.org/pubmed/10659856"
            """, "toggle.ant");

        Assert.Equal("toggle", model.Id);
        Assert.Equal("Toggle switch", model.Name);
        Assert.Equal("Hill function", Assert.Single(model.Functions).Name);
        Assert.Equal("repressor U", model.Species("U").Name);
        Assert.Equal("V", Assert.Single(model.InitialAssignments).Symbol); // 20/cell names a symbol
        Assert.Equal("time_unit", model.TimeUnits);
        Assert.Null(model.Parameter("unknown_k").Value); // "x = ;" is Antimony's way of writing no value
        Assert.Equal(["J0", "J1"], model.Reactions.Select(r => r.Id));
    }

    [Fact]
    public void Given_A_Blank_Value_After_A_Value_When_Parsed_Then_The_Value_Is_Dropped() =>
        Assert.Null(ParseAssert.Parse("k = 1\nk = ;").Parameter("k").Value);

    [Fact]
    public void Given_The_Percent_Operator_When_Parsed_Then_It_Is_The_Truncated_Remainder_As_In_LibSBML()
    {
        // libSBML expands a % b to piecewise(a - b*ceil(a/b), xor(a < 0, b < 0), a - b*floor(a/b)), which is rem(a, b).
        Assert.Equal(Expr.Call(MathFunction.Rem, Expr.Time, 24), ExpressionParser.Parse("time % 24"));
        Assert.Equal(-1.0, ExprEvaluator.Evaluate(ExpressionParser.Parse("-7 % 3"), 0, _ => 0)); // -7 = 3·(-2) - 1
        Assert.Equal(6.0, ExprEvaluator.Evaluate(ExpressionParser.Parse("7 % 4 * 2"), 0, _ => 0)); // same level as *, left to right: (7 % 4)*2
    }

    [Fact]
    public void Given_A_Daily_Dose_Written_With_Percent_When_Parsed_Then_The_Event_Trigger_Uses_The_Remainder()
    {
        var model = ParseAssert.Parse("daily: at (time % 24) > 1: A = A + dose\nA = 0; dose = 5");
        Assert.Equal("rem(time, 24) > 1", model.Events[0].Trigger.Math.ToString());
    }
}
