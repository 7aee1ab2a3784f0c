using Abscopal.Testing;

namespace Abscopal.Cli.Tests;

/// <summary>docs/guide.md and the README stay true: every command they show runs, and the scenario reference is the generator's output.</summary>
public sealed class GuideTests : IDisposable
{
    private const string BeginMarker = "<!-- BEGIN GENERATED: scenario reference -->\n";
    private const string EndMarker = "<!-- END GENERATED: scenario reference -->";
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), $"abscopal-guide-{Guid.NewGuid():N}");

    public GuideTests() => Directory.CreateDirectory(_scratch);

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static string Read(string relative) => File.ReadAllText(Path.Combine(RepositoryRoot.Find(), relative)).ReplaceLineEndings("\n");

    [Fact]
    public void Every_Command_In_The_Guide_Runs_With_The_Exit_Code_It_Shows()
    {
        // Given the guide's shell blocks, in page order (later commands read what earlier ones recorded)
        var commands = DocumentedCommands.ShellBlocks(Read("docs/guide.md"));
        Assert.True(commands.Count >= 6, $"only {commands.Count} commands found");

        // When each runs, Then it exits as the page says (0 unless marked '# exits N')
        foreach (var command in commands)
        {
            var (exit, _, stderr) = DocumentedCommands.Run(command, _scratch);
            Assert.True(exit == command.ExpectedExit, $"'{command.Line}' exited {exit}, not {command.ExpectedExit}: {stderr}");
        }

        // And the first run wrote its report where the guide says
        Assert.True(File.Exists(Path.Combine(_scratch, "results-tnbc", "report.html")));
    }

    [Fact]
    public void The_Scenario_Reference_Is_Generated_From_The_Schema()
    {
        // Given the guide and the committed JSON Schema
        string path = Path.Combine(RepositoryRoot.Find(), "docs", "guide.md");
        string guide = Read("docs/guide.md");
        string generated = ScenarioReference.ToMarkdown(Read("docs/scenario.schema.json"));
        int begin = guide.IndexOf(BeginMarker, StringComparison.Ordinal) + BeginMarker.Length;
        int end = guide.IndexOf(EndMarker, StringComparison.Ordinal);
        Assert.True(begin >= BeginMarker.Length && end > begin, "docs/guide.md lacks the generated-section markers");
        if (Environment.GetEnvironmentVariable("ABSCOPAL_ACCEPT_GOLDEN") == "1")
        {
            File.WriteAllText(path, guide[..begin] + generated + guide[end..]);
            guide = Read("docs/guide.md");
            end = guide.IndexOf(EndMarker, StringComparison.Ordinal);
        }

        // Then the section between the markers is exactly the generator's output (regenerate with ABSCOPAL_ACCEPT_GOLDEN=1)
        Assert.Equal(generated, guide[begin..end]);

        // And the CLI prints the same reference from the schema it embeds
        var (exit, stdout, _) = CliRunner.Run("scenario", "reference");
        Assert.Equal(0, exit);
        Assert.Equal(generated, stdout);
    }

    [Fact]
    public void The_Readme_Has_One_Command_Per_Example_And_Each_Runs()
    {
        // Given the README's inline commands and the example scenarios (less the example, which shows exit 2)
        var commands = DocumentedCommands.InlineDotnetRuns(Read("README.md")).Where(c => c.Args[0] == "simulate" && c.Args.Contains("--out")).ToArray();
        var examples = Directory.GetFiles(Path.Combine(RepositoryRoot.Find(), "examples", "scenarios"), "*.yaml")
            .Select(p => "examples/scenarios/" + Path.GetFileName(p))
            .Where(p => !p.EndsWith("issue5-example.yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        // Then each example has exactly one command, and each command runs (exit 0) and writes its report
        Assert.Equal(examples, commands.Select(c => c.Args[1]).Order(StringComparer.Ordinal));
        foreach (var command in commands)
        {
            var (exit, _, stderr) = DocumentedCommands.Run(command with { Args = [.. command.Args, "--no-record", "--quiet"] }, _scratch);
            Assert.True(exit == 0, $"'{command.Line}' exited {exit}: {stderr}");
        }

        // And the README's "Two commands" are exactly the main job (plan on the bundled patient, issue 8) and the tests, word
        // for word, and the published-model example is still shown
        string readme = Read("README.md");
        int start = readme.IndexOf("## Two commands", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no '## Two commands' section");
        int end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        string section = readme[start..end];
        var blocks = System.Text.RegularExpressions.Regex.Matches(section, "```sh\n(.*?)\n```", System.Text.RegularExpressions.RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(["dotnet run --project src/Abscopal.Cli -- plan examples/planning/patient.yaml", "dotnet test"], blocks);
        Assert.Contains("dotnet run --project src/Abscopal.Cli -- run-model examples/models/kosinsky2018.ant --t-end 40\n", readme, StringComparison.Ordinal);
    }
}
