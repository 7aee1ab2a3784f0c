using System.Text.Json;
using Abscopal.Interop.Scenarios;
using Json.Schema;

namespace Abscopal.Interop.Tests.Scenarios;

/// <summary>
/// The published schema is the one generated from the reader's key tables, and an independent JSON Schema validator
/// (JsonSchema.Net) agrees with the reader on every example and on a corpus of good and bad files.
/// </summary>
public class ScenarioSchemaTests
{
    private static readonly JsonSchema s_schema = JsonSchema.FromText(ScenarioSchema.Json);

    private static string SchemaPath => Path.Combine(Golden.Root, "docs", "scenario.schema.json");

    private static string CorpusDirectory => Path.Combine(Golden.Root, "tests", "Abscopal.Interop.Tests", "Scenarios", "Corpus");

    public static TheoryData<string> Examples => [.. Directory.GetFiles(Path.Combine(Golden.Root, "examples", "scenarios"), "*.yaml").Select(f => Path.GetFileName(f)).Order()];

    public static TheoryData<string> GoodCorpus => [.. Directory.GetFiles(Path.Combine(CorpusDirectory, "good"), "*.yaml").Select(f => Path.GetFileName(f)).Order()];

    public static TheoryData<string> BadCorpus => [.. Directory.GetFiles(Path.Combine(CorpusDirectory, "bad"), "*.yaml").Select(f => Path.GetFileName(f)).Order()];

    private static bool SchemaAccepts(string yaml)
    {
        using var json = YamlToJson.Convert(yaml);
        return s_schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;
    }

    [Fact]
    public void The_Published_Schema_Is_The_Generated_One()
    {
        // Given the key tables the reader checks against
        // When the schema is generated from them
        // Then docs/scenario.schema.json holds exactly that text (regenerate with ABSCOPAL_ACCEPT_GOLDEN=1)
        Golden.Match(SchemaPath, ScenarioSchema.Json);
    }

    [Fact]
    public void The_Schema_Declares_Draft_2020_12_And_Forbids_Unknown_Keys()
    {
        using var schema = JsonDocument.Parse(ScenarioSchema.Json);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(["model", "simulation"], schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_Example_Scenario_Is_Valid_For_Both_The_Schema_And_The_Reader(string name)
    {
        var path = Path.Combine(Golden.Root, "examples", "scenarios", name);
        var result = ScenarioReader.ParseFile(path);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.True(SchemaAccepts(File.ReadAllText(path)), $"{name} fails the schema");
    }

    [Fact]
    public void The_Issue_Example_Verbatim_Passes_The_Schema_And_The_Reader_Finds_Only_The_Missing_Lesion()
    {
        // Given the example of issue 5 exactly as written (its second course targets lung1, which it never declares)
        // Then the schema, which cannot see cross-references, accepts it, and the reader reports that one problem.
        Assert.True(SchemaAccepts(IssueExample.Text));
        var result = ScenarioReader.Parse(IssueExample.Text, "issue5.yaml");
        var error = Assert.Single(result.Errors);
        Assert.Equal("issue5.yaml:14:17: treatment.radiotherapy[1].target: 'lung1' is not a lesion; the target must be a lesion of patient.lesions; lesions: liver1", error.ToString());
    }

    [Theory]
    [MemberData(nameof(GoodCorpus))]
    public void Good_Corpus_Files_Pass_Both(string name)
    {
        var path = Path.Combine(CorpusDirectory, "good", name);
        var result = ScenarioReader.ParseFile(path);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.True(SchemaAccepts(File.ReadAllText(path)), $"{name} fails the schema");
    }

    [Theory]
    [MemberData(nameof(BadCorpus))]
    public void Bad_Corpus_Files_Fail_The_Reader_With_The_Approved_Errors_And_The_Schema_Where_Their_Header_Says(string name)
    {
        // Each bad file says on its first line whether the schema can see the problem ("schema: reject") or only the
        // reader's cross-checks can ("schema: accept"); the reader's errors are compared with the approved list.
        var path = Path.Combine(CorpusDirectory, "bad", name);
        var text = File.ReadAllText(path);
        var result = ScenarioReader.ParseFile(path);
        Assert.False(result.IsValid);
        Golden.Match(Path.ChangeExtension(path, ".errors.txt"), string.Join("\n", result.Errors) + "\n");

        bool schemaShouldReject = text.StartsWith("# schema: reject", StringComparison.Ordinal);
        Assert.True(schemaShouldReject || text.StartsWith("# schema: accept", StringComparison.Ordinal), "first line must say '# schema: reject' or '# schema: accept'");
        bool accepted;
        try
        {
            accepted = SchemaAccepts(text);
        }
        catch (Exception ex) when (ex is YamlDotNet.Core.YamlException or InvalidOperationException)
        {
            accepted = false;
        }

        Assert.Equal(!schemaShouldReject, accepted);
    }
}
