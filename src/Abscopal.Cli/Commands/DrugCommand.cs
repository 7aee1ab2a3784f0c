using System.CommandLine;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal drug ...</c>: checkpoint-inhibitor library and pharmacokinetics.</summary>
internal static class DrugCommand
{
    public static Command Create(TextWriter stdout) => new("drug", "Checkpoint inhibitors: the drug and regimen library and two-compartment PK (research use only).")
    {
        DrugListCommand.Create(stdout),
        DrugPkCommand.Create(stdout),
    };
}
