using Abscopal.Modeling.Text;

namespace Abscopal.Modeling.Tests.Text;

public class ModelStructureParsingTests
{
    [Theory]
    [InlineData("model tumour\n  k = 1\nend")]
    [InlineData("model tumour()\n  k = 1\nend")]
    [InlineData("model *tumour()\n  k = 1\nend\n")]
    [InlineData("module tumour\n  k = 1\nend")]
    public void Given_A_Model_Wrapper_When_Parsed_Then_Its_Name_Is_The_Model_Id(string text)
    {
        var model = ParseAssert.Parse(text);
        Assert.Equal("tumour", model.Id);
        Assert.Equal(1.0, model.Parameter("k").Value);
    }

    [Fact]
    public void Given_No_Wrapper_When_Parsed_Then_The_Model_Id_Is_Model() =>
        Assert.Equal("model", ParseAssert.Parse("k = 1").Id);

    [Fact]
    public void Given_No_Wrapper_And_A_Default_Id_When_Parsed_Then_The_Default_Is_The_Id() =>
        Assert.Equal("decay", TextModelParser.Parse("k = 1", defaultModelId: "decay").Id);

    [Fact]
    public void Given_A_Wrapper_And_A_Default_Id_When_Parsed_Then_The_Wrapper_Wins() =>
        Assert.Equal("tumour", TextModelParser.Parse("model tumour\nk = 1\nend", defaultModelId: "decay").Id);

    [Theory]
    [InlineData("/models/kosinsky.ant", "kosinsky")]
    [InlineData("2018-kosinsky model.txt", "_2018_kosinsky_model")]
    [InlineData("a.b.ant", "a_b")]
    public void Given_A_File_Name_When_An_Id_Is_Derived_Then_It_Keeps_Letters_Digits_And_Underscores(string path, string id) =>
        Assert.Equal(id, TextModelParser.ModelIdFromFileName(path));

    [Fact]
    public void Given_A_File_Without_Wrapper_When_Parsed_From_Disk_Then_The_Id_Comes_From_Its_Name_And_Errors_Name_The_File()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(directory.FullName, "decay-1.ant");
            File.WriteAllText(path, "x' = -k*x\nx = 1; k = 0.5\n");
            Assert.Equal("decay_1", TextModelParser.ParseFile(path).Id);

            File.WriteAllText(path, "x' = -k*\n");
            Assert.StartsWith("decay-1.ant:1:9: ", Assert.Throws<ModelParseException>(() => TextModelParser.ParseFile(path)).Message);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Given_Comments_Of_Every_Kind_When_Parsed_Then_They_Are_Ignored()
    {
        var model = ParseAssert.Parse("""
            /* A block comment
               over lines */
            a = 1 // to end of line
            b = 2 # also to end of line
            c = /* inside */ 3
            """);
        Assert.Equal([1.0, 2.0, 3.0], model.Parameters.Select(p => p.Value!.Value));
    }

    [Fact]
    public void Given_Semicolons_When_Parsed_Then_They_Separate_Statements_Like_Line_Ends()
    {
        var model = ParseAssert.Parse("a = 1; b = 2;; c = 3;");
        Assert.Equal(["a", "b", "c"], model.Parameters.Select(p => p.Id));
    }

    [Fact]
    public void Given_A_Formula_Broken_At_An_Operator_When_Parsed_Then_The_Statement_Continues_On_The_Next_Line()
    {
        var model = ParseAssert.Parse("""
            x' = a*x -
                 b*x
            y' = a*y
                 - b*y
            z' = hill(a,
                      b)
            x = 1; y = 1; z = 1; a = 2; b = 1
            function hill(p, q)
              p/(p +
                 q)
            end
            """);
        var rules = model.Rules.Cast<RateRule>().ToList();
        Assert.Equal("a*x - b*x", rules[0].Math.ToString());
        Assert.Equal("a*y - b*y", rules[1].Math.ToString());
        Assert.Equal("hill(a, b)", rules[2].Math.ToString());
        Assert.Equal("p/(p + q)", model.Functions[0].Body.ToString());
    }

    [Fact]
    public void Given_A_Model_With_Functions_Outside_When_Parsed_Then_Both_Are_Read()
    {
        var model = ParseAssert.Parse("""
            function double(x)
              2*x
            end
            model m
              y := double(3)
            end
            function half(x)
              x/2
            end
            """);
        Assert.Equal(["double", "half"], model.Functions.Select(f => f.Id));
    }

    [Fact]
    public void Given_Statement_Keywords_As_Ids_When_Parsed_Then_They_Are_Ordinary_Names_Where_No_Keyword_Fits()
    {
        // Imported SBML models may have such ids; only the names in the reserved list are off limits.
        var model = ParseAssert.Parse("unit = 1\nat = 2\nspecies = 3\nend = 4\nmodel = 5\ny := unit + at + species + end + model");
        Assert.Equal(["unit", "at", "species", "end", "model", "y"], model.Parameters.Select(p => p.Id));
    }
}
