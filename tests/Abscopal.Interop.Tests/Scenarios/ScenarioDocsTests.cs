using Abscopal.Interop.Scenarios.Internal;

namespace Abscopal.Interop.Tests.Scenarios;

/// <summary>The key reference in docs/scenarios.md is generated from the reader's key tables, so the docs list exactly the keys the reader accepts.</summary>
public class ScenarioDocsTests
{
    private const string Begin = "<!-- BEGIN GENERATED KEY REFERENCE (ABSCOPAL_ACCEPT_GOLDEN=1 dotnet test tests/Abscopal.Interop.Tests rewrites it) -->\n";
    private const string End = "<!-- END GENERATED KEY REFERENCE -->";

    [Fact]
    public void The_Key_Reference_In_The_Docs_Is_Generated_From_The_Key_Tables()
    {
        var path = Path.Combine(Golden.Root, "docs", "scenarios.md");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        int begin = text.IndexOf(Begin, StringComparison.Ordinal);
        int end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "docs/scenarios.md needs the generated-reference markers");
        var expected = text[..(begin + Begin.Length)] + ReferenceWriter.Markdown() + text[end..];
        Golden.Match(path, expected);
    }
}
