using System.CommandLine;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal scenario ...</c>: check scenario files and print their JSON Schema.</summary>
internal static class ScenarioCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr) => new("scenario", "Scenario files: validate one, or print the JSON Schema they follow (docs/scenarios.md).")
    {
        ScenarioValidateCommand.Create(stdout, stderr),
        ScenarioSchemaCommand.Create(stdout),
        ScenarioReferenceCommand.Create(stdout),
    };
}
