using System.Text.RegularExpressions;
using Abscopal.Testing;

namespace Abscopal.Cli.Tests;

/// <summary>Finds the abscopal commands a Markdown page shows and runs them in-process, with repository paths made absolute and outputs sent to a temporary folder.</summary>
internal static partial class DocumentedCommands
{
    /// <summary>One documented command: its arguments (after "abscopal"), the exit code the page promises, and the line it came from.</summary>
    public sealed record Documented(string[] Args, int ExpectedExit, string Line);

    /// <summary>Each line of the page's ```sh blocks; every one must be an abscopal command (so none goes unrun).</summary>
    public static IReadOnlyList<Documented> ShellBlocks(string markdown)
    {
        var commands = new List<Documented>();
        bool inBlock = false;
        foreach (string raw in markdown.Split('\n'))
        {
            string line = raw.TrimEnd();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock && line == "```sh";
                continue;
            }

            if (inBlock && line.Length > 0)
            {
                Assert.True(line.StartsWith("abscopal ", StringComparison.Ordinal), $"A ```sh line that is not an abscopal command would go untested: {line}");
                commands.Add(Parse(line["abscopal ".Length..], line));
            }
        }

        return commands;
    }

    /// <summary>Each `dotnet run --project src/Abscopal.Cli -- …` command quoted inline (in backticks) on the page.</summary>
    public static IReadOnlyList<Documented> InlineDotnetRuns(string markdown) =>
        [.. InlineRun().Matches(markdown).Select(m => Parse(m.Groups[1].Value, m.Value))];

    /// <summary>Runs a documented command: paths under examples/ or docs/ from the repository root, --out and redirections into <paramref name="scratch"/>.</summary>
    public static (int Exit, string Stdout, string Stderr) Run(Documented command, string scratch)
    {
        string root = RepositoryRoot.Find();
        var args = new List<string>();
        string? redirect = null;
        for (int i = 0; i < command.Args.Length; i++)
        {
            string arg = command.Args[i];
            if (arg == ">")
            {
                redirect = Path.Combine(scratch, Path.GetFileName(command.Args[++i]));
                continue;
            }

            if (arg == "--out" && i + 1 < command.Args.Length)
            {
                args.Add(arg);
                args.Add(Path.Combine(scratch, command.Args[++i].Replace('/', '-')));
                continue;
            }

            args.Add(arg.StartsWith("examples/", StringComparison.Ordinal) || arg.StartsWith("docs/", StringComparison.Ordinal) ? Path.Combine(root, arg) : arg);
        }

        var result = CliRunner.Run([.. args]);
        if (redirect is not null)
        {
            File.WriteAllText(redirect, result.Stdout);
        }

        return result;
    }

    private static Documented Parse(string text, string line)
    {
        int expected = 0;
        var exits = ExitComment().Match(text);
        if (exits.Success)
        {
            expected = int.Parse(exits.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            text = text[..exits.Index];
        }

        Assert.DoesNotContain('"', text);
        Assert.DoesNotContain('\'', text);
        return new Documented(text.Split(' ', StringSplitOptions.RemoveEmptyEntries), expected, line);
    }

    [GeneratedRegex(@"\s*#\s*exits (\d)\s*$")]
    private static partial Regex ExitComment();

    [GeneratedRegex(@"`dotnet run --project src/Abscopal\.Cli -- ([^`]+)`")]
    private static partial Regex InlineRun();
}
