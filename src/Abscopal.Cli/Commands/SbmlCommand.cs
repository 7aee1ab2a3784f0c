using System.CommandLine;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal sbml ...</c>: SBML import, simulation, export, inspection and the SBML Test Suite.</summary>
internal static class SbmlCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr) => new("sbml", "SBML: simulate an SBML file, export a model as SBML Level 3 Version 2, describe a file, run the SBML Test Suite.")
    {
        SbmlSimulateCommand.Create(stdout),
        SbmlExportCommand.Create(stdout, stderr),
        SbmlInfoCommand.Create(stdout),
        SbmlTestSuiteCommand.Create(stdout),
    };

    /// <summary>Splits a comma-separated option value into trimmed, non-empty items.</summary>
    public static string[] List(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
