using System.CommandLine;
using Abscopal.Interop.Scenarios;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal scenario reference</c>: prints the scenario-file reference (Markdown) generated from the JSON Schema, as docs/guide.md holds it.</summary>
internal static class ScenarioReferenceCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("reference", "Print the scenario-file reference (Markdown, one table per object) generated from the JSON Schema; docs/guide.md holds the same text.");
        command.SetAction(_ =>
        {
            stdout.Write(ScenarioReference.ToMarkdown(ScenarioSchema.Json));
            return ExitCodes.Success;
        });
        return command;
    }
}
