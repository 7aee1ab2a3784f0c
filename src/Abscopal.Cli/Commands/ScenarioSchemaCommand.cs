using System.CommandLine;
using Abscopal.Interop.Scenarios;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal scenario schema</c>: prints the JSON Schema (draft 2020-12) of scenario files.</summary>
internal static class ScenarioSchemaCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of scenario files; the same text as docs/scenario.schema.json.");
        command.SetAction(_ =>
        {
            stdout.Write(ScenarioSchema.Json);
            return ExitCodes.Success;
        });
        return command;
    }
}
