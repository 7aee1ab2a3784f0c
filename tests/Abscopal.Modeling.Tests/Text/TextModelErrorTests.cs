using Abscopal.Modeling.Text;

namespace Abscopal.Modeling.Tests.Text;

/// <summary>Every error names file:line:column; the columns below are counted by hand from the texts.</summary>
public class TextModelErrorTests
{
    [Fact]
    public void Given_An_Unclosed_Parenthesis_When_Parsed_Then_The_Error_Is_At_The_Line_End_And_Names_The_Opening()
    {
        // '(' of exp is column 9; the line's last character, ')', is column 17, so the line ends at column 18.
        var error = ParseAssert.Throws("k = 1\nx := exp(-(k + 1)\ny = 2");
        Assert.Equal("m.ant:2:18: expected ')' to close '(' opened at 2:9, found end of line", error.Message);
        Assert.Equal(("m.ant", 2, 18), (error.FileName, error.Line, error.Column));
    }

    [Fact]
    public void Given_A_Semicolon_Without_Rate_When_Parsed_Then_The_Missing_Rate_Is_Reported_After_It() =>
        Assert.Equal(
            "m.ant:1:8: missing rate law; expected a formula after ';' (or no ';' for a reaction without a rate law), found end of line",
            ParseAssert.FirstError("A -> B;\nk = 1"));

    [Fact]
    public void Given_An_Unknown_Function_When_Parsed_Then_The_Error_Is_At_Its_Name_With_A_Suggestion()
    {
        Assert.Equal("m.ant:1:6: unknown function 'expp'; did you mean 'exp'?", ParseAssert.FirstError("y := expp(1)"));
        Assert.Equal("m.ant:4:10: unknown function 'hil'; did you mean 'hill'?", ParseAssert.FirstError("function hill(x)\n  x\nend\ny := 1 + hil(2)"));
        Assert.Equal("m.ant:1:6: unknown function 'frobnicate'", ParseAssert.FirstError("y := frobnicate(2)"));
    }

    [Fact]
    public void Given_A_Wrong_Number_Of_Arguments_When_Parsed_Then_The_Error_Names_The_Function_And_Its_Arity()
    {
        Assert.Equal("m.ant:1:6: wrong number of arguments for 'exp'; expected 1 argument(s), found 2", ParseAssert.FirstError("y := exp(1, 2)"));
        Assert.Equal("m.ant:1:6: wrong number of arguments for 'rem'; expected 2 argument(s), found 1", ParseAssert.FirstError("y := rem(1)"));
        Assert.Equal("m.ant:4:6: wrong number of arguments for 'f'; expected 2 argument(s), found 1", ParseAssert.FirstError("function f(a, b)\n  a + b\nend\ny := f(1)"));
    }

    [Fact]
    public void Given_A_Malformed_Number_When_Parsed_Then_The_Error_Is_At_Its_Start() =>
        Assert.Equal(
            "m.ant:1:5: malformed number '1.2.3'; expected a number such as 2, 1.5, .5 or 2.5e-3, found '1.2.3'",
            ParseAssert.FirstError("k = 1.2.3"));

    [Fact]
    public void Given_An_Unknown_Symbol_When_Parsed_Then_The_Nearest_Defined_Id_Is_Suggested()
    {
        Assert.Equal("m.ant:2:7: 'kdf' is not defined; did you mean 'kdif'?", ParseAssert.FirstError("kdif = 3.2\nx' = -kdf*x\nx = 1"));
        Assert.Equal("m.ant:1:10: 'zzz' is not defined", ParseAssert.FirstError("x' = -x*(zzz)\nx = 1"));
    }

    [Fact]
    public void Given_An_Unknown_Symbol_Used_Twice_When_Parsed_Then_It_Is_Reported_Once_At_Its_First_Use()
    {
        var error = ParseAssert.Throws("a := q + 1\nb := q\nc := q");
        Assert.Equal("m.ant:1:6: 'q' is not defined", Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void Given_A_Rate_Rule_On_A_Const_When_Parsed_Then_The_Validator_Error_Is_At_The_Rule() =>
        Assert.Equal(
            "m.ant:3:1: rate rule for 'x': 'x' is declared constant; a rule needs a variable that may change.",
            ParseAssert.FirstError("const x\nx = 1\nx' = -x"));

    [Fact]
    public void Given_Two_Rules_For_One_Variable_When_Parsed_Then_The_Second_Is_Reported() =>
        Assert.Equal(
            "m.ant:2:1: rate rule for 'y': 'y' already has an assignment rule; a variable takes at most one rule.",
            ParseAssert.FirstError("y := 1\ny' = 2"));

    [Fact]
    public void Given_An_Event_Assigning_A_Constant_When_Parsed_Then_The_Error_Is_At_That_Assignment() =>
        Assert.Equal("m.ant:2:21: event: assigns 'k', which is declared constant.", ParseAssert.FirstError("const k = 1\nat time > 1: x = 1, k = 2\nx = 0"));

    [Fact]
    public void Given_A_Function_Without_End_When_Parsed_Then_The_Next_Statement_Is_Named() =>
        Assert.Equal("m.ant:3:1: expected 'end' to close function 'f' opened at 1:1, found 'k'", ParseAssert.FirstError("function f(x)\n  x^2\nk = 1"));

    [Fact]
    public void Given_A_Malformed_Function_Inside_A_Model_When_Parsed_Then_Only_Its_Error_Is_Reported_And_The_Model_Stays_Open()
    {
        var error = ParseAssert.Throws("model m\n  function f(x\n    x^2\n  end\n  k = (1\nend");
        Assert.Equal(
            [
                "m.ant:2:15: expected ')' to close '(' opened at 2:13, found end of line",
                "m.ant:5:9: expected ')' to close '(' opened at 5:7, found end of line",
            ],
            error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Given_A_Model_Interface_When_Parsed_Then_Only_The_Interface_Is_Reported() =>
        Assert.Equal(
            "m.ant:1:9: model interfaces are not supported (modules are not); expected ')' after the '(' at 1:8, found 'S'",
            Assert.Single(ParseAssert.Throws("model m(S, k)\n  k = 1\nend").Errors).ToString());

    [Fact]
    public void Given_A_Function_Body_Using_A_Non_Argument_When_Parsed_Then_The_Name_Is_Reported() =>
        Assert.Equal(
            "m.ant:2:7: 'y' is not an argument of function 'f' (a function sees only its arguments)",
            ParseAssert.FirstError("function f(x)\n  x + y\nend"));

    [Fact]
    public void Given_An_Event_Without_Colon_When_Parsed_Then_The_First_Assignment_Is_Named() =>
        Assert.Equal("m.ant:1:13: expected ':' before the event assignments, found 'x'", ParseAssert.FirstError("at time > 5 x = 1"));

    [Fact]
    public void Given_An_Unknown_Event_Option_When_Parsed_Then_The_Options_Are_Listed() =>
        Assert.Equal(
            "m.ant:1:11: unknown event option 'delay'; expected t0, priority, persistent or fromTrigger, found 'delay'",
            ParseAssert.FirstError("at x > 1, delay = 2: x = 0"));

    [Fact]
    public void Given_A_Stray_Token_When_Parsed_Then_The_End_Of_Statement_Was_Expected() =>
        Assert.Equal("m.ant:1:7: expected end of statement (a line end or ';'), found ')'", ParseAssert.FirstError("k = 3 )"));

    [Fact]
    public void Given_An_Unterminated_Block_Comment_When_Parsed_Then_The_Error_Is_At_Its_Opening() =>
        Assert.Equal(
            "m.ant:2:3: unterminated block comment; expected '*/' to close the '/*' opened here, found end of file",
            ParseAssert.FirstError("k = 1\n  /* never closed\nm = 2"));

    [Fact]
    public void Given_An_Unterminated_String_When_Parsed_Then_The_Error_Is_At_Its_Opening_Quote() =>
        Assert.Equal(
            "m.ant:2:12: unterminated string; expected '\"' to close the string opened here, found end of line",
            ParseAssert.FirstError("k = 1\nk.source = \"Kosinsky\nm = 2"));

    [Fact]
    public void Given_A_Model_Without_End_When_Parsed_Then_The_End_Of_File_Is_Reported() =>
        Assert.Equal("m.ant:2:8: expected 'end' to close model 'm' opened at 1:1, found end of file", ParseAssert.FirstError("model m\n  k = 1\n"));

    [Fact]
    public void Given_A_Reserved_Name_When_Defined_Then_It_Is_Refused() =>
        Assert.Equal("m.ant:1:1: 'inf' is reserved; expected a name, found 'inf'", ParseAssert.FirstError("inf = 3"));

    [Fact]
    public void Given_An_Unknown_Unit_When_Parsed_Then_A_Defined_Unit_Is_Suggested() =>
        Assert.Equal(
            "m.ant:1:18: unknown unit 'dya'; did you mean 'day'? (define it with 'unit dya = ...', or quote free text after 'has')",
            ParseAssert.FirstError("unit per_day = 1/dya\nunit day = 86400 second"));

    [Fact]
    public void Given_A_Name_Used_As_Two_Kinds_When_Parsed_Then_The_Conflict_Names_The_First_Place() =>
        Assert.Equal(
            "m.ant:2:1: 'C' is already a compartment (at 1:13); it cannot also be a species",
            ParseAssert.FirstError("compartment C = 1\nC -> B; k*C\nk = 1"));

    [Fact]
    public void Given_A_Second_Model_When_Parsed_Then_One_Model_Per_File_Is_Reported() =>
        Assert.Equal(
            "m.ant:4:1: only one model per file; expected end of file after the 'end' of model 'a', found 'model'",
            ParseAssert.FirstError("model a\n  k = 1\nend\nmodel b\n  k = 1\nend"));

    [Fact]
    public void Given_Statements_Before_A_Model_Header_When_Parsed_Then_They_Must_Move_Inside() =>
        Assert.Equal(
            "m.ant:1:1: statements must be inside 'model m ... end' (opened at 2:1); expected 'model' or 'function', found a statement",
            ParseAssert.FirstError("k = 1\nmodel m\n  j = 2\nend"));

    [Fact]
    public void Given_A_Model_Inside_A_Model_When_Parsed_Then_Nesting_Is_Reported() =>
        Assert.Equal(
            "m.ant:2:3: models cannot be nested (modules are not supported); expected 'end' to close model 'a' opened at 1:1, found 'model'",
            ParseAssert.FirstError("model a\n  model b\n  end\nend"));

    [Fact]
    public void Given_An_Interaction_When_Parsed_Then_It_Is_Reported_As_Not_Supported() =>
        Assert.Equal(
            "m.ant:2:4: interactions ('-|', '-o', '-(') are not supported; expected a formula, found '-|'",
            ParseAssert.FirstError("J0: S1 -> S2; k*S1\nS3 -| J0\nk = 1"));

    [Fact]
    public void Given_Several_Syntax_Errors_When_Parsed_Then_All_Are_Listed_In_File_Order_And_The_First_Is_The_Message()
    {
        var error = ParseAssert.Throws("a = (1\nb = 2 2\nc = 1.2.3\nd = 4");
        Assert.Equal(
            [
                "m.ant:1:7: expected ')' to close '(' opened at 1:5, found end of line",
                "m.ant:2:7: expected end of statement (a line end or ';'), found '2'",
                "m.ant:3:5: malformed number '1.2.3'; expected a number such as 2, 1.5, .5 or 2.5e-3, found '1.2.3'",
            ],
            error.Errors.Select(e => e.ToString()));
        Assert.Equal(error.Errors[0].ToString(), error.Message);
    }

    [Fact]
    public void Given_More_Than_20_Errors_When_Parsed_Then_The_First_20_Are_Kept()
    {
        var text = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"k{i} = ({i}"));
        Assert.Equal(20, ParseAssert.Throws(text).Errors.Length);
    }

    [Fact]
    public void Given_A_Semantic_Error_Of_A_Model_With_A_File_Name_When_Parsed_Then_The_File_Name_Leads_The_Message() =>
        Assert.StartsWith(
            "kosinsky.ant:1:",
            Assert.Throws<ModelParseException>(() => TextModelParser.Parse("x' = -kk*x", "kosinsky.ant")).Message);
}
