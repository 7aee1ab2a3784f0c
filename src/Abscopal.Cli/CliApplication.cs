using System.CommandLine;
using Abscopal.Cli.Commands;
using Abscopal.Interop.Sbml;
using Abscopal.Modeling;
using Abscopal.Modeling.Text;
using Abscopal.Numerics.Ode;
using Abscopal.Storage;

namespace Abscopal.Cli;

/// <summary>The abscopal command line: builds the command tree and maps failures to exit codes.</summary>
public static class CliApplication
{
    /// <summary>Runs the command line <paramref name="args"/>, writing results to <paramref name="stdout"/> and messages to <paramref name="stderr"/>.</summary>
    /// <returns>The exit code: 0 success, 1 run-time failure, 2 bad usage or input.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Abscopal: an in-silico immunoradiotherapy laboratory for breast cancer (research software, not for clinical use). Start with: abscopal simulate examples/scenarios/tnbc-oligometastatic.yaml --out results/tnbc. " + SimulateCommand.ExitCodeHelp)
        {
            RunModelCommand.Create(stdout, stderr),
            RtCommand.Create(stdout),
            DrugCommand.Create(stdout),
            SbmlCommand.Create(stdout, stderr),
            RunsCommand.Create(stdout),
            ModelsCommand.Create(stdout),
            ScenarioCommand.Create(stdout, stderr),
            SimulateCommand.Create(stdout, stderr),
            CompletionCommand.Create(stdout),
            SensitivityCommand.Create(stdout, stderr),
            PlanCommand.Create(stdout, stderr),
            TrialCommand.Create(stdout, stderr),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine("Run 'abscopal --help' for usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (ModelParseException ex)
        {
            foreach (var error in ex.Errors.IsDefaultOrEmpty ? [] : ex.Errors)
            {
                stderr.WriteLine($"error: {error}");
            }

            if (ex.Errors.IsDefaultOrEmpty)
            {
                stderr.WriteLine($"error: {ex.Message}");
            }

            return ExitCodes.BadInput;
        }
        catch (SbmlException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (ModelValidationException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (OdeSolverException ex)
        {
            stderr.WriteLine($"error: the solver failed: {ex.Message}");
            return ExitCodes.RunFailure;
        }
        catch (StorageException ex)
        {
            // The database file is an input: one that is not a run database, or from a newer abscopal, is bad input.
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            stderr.WriteLine($"error: the run database failed: {ex.Message}");
            return ExitCodes.RunFailure;
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.RunFailure;
        }
#pragma warning disable CA1031 // The command line's last resort: an unforeseen failure is reported as a run-time failure (exit 1), not a crash.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"error: internal failure ({ex.GetType().Name}): {ex.Message}");
            stderr.WriteLine("This is a defect in abscopal; please report it with the command and input files.");
            return ExitCodes.RunFailure;
        }
    }
}
