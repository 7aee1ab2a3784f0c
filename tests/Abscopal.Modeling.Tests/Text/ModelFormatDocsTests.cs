using System.Text.RegularExpressions;
using Abscopal.Modeling.Text;

namespace Abscopal.Modeling.Tests.Text;

/// <summary>Executable docs: every antimony example of docs/model-format.md parses, and writes back to the same model.</summary>
public partial class ModelFormatDocsTests
{
    private static readonly string s_docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Text", "model-format.md"));

    public static TheoryData<int, string> Examples()
    {
        var data = new TheoryData<int, string>();
        var index = 0;
        foreach (Match match in ExampleBlock().Matches(s_docs))
        {
            data.Add(++index, match.Groups[1].Value);
        }

        return data;
    }

    [Fact]
    public void Given_The_Format_Reference_When_Read_Then_It_Has_Examples() => Assert.True(Examples().Count >= 10);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Given_An_Example_Of_The_Format_Reference_When_Parsed_Then_It_Is_A_Valid_Model_That_Round_Trips(int example, string text)
    {
        var model = TextModelParser.Parse(text, $"model-format.md example {example}");
        ModelEquivalence.AssertEquivalent(model, TextModelParser.Parse(TextModelWriter.Write(model)));
    }

    [GeneratedRegex("```antimony\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
