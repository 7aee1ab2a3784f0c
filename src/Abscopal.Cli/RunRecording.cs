using System.CommandLine;
using Abscopal.Storage;

namespace Abscopal.Cli;

/// <summary>Records runs in the run history: the --db and --no-record options and the one-transaction write.</summary>
internal static class RunRecording
{
    /// <summary>Environment variable naming the run database when --db is not given.</summary>
    public const string DatabaseVariable = "ABSCOPAL_DB";

    public static Option<string?> DbOption() => new("--db")
    {
        Description = $"Run database file (default: ${DatabaseVariable}, else the user data directory's abscopal/runs.db, e.g. ~/.local/share/abscopal/runs.db on Linux).",
    };

    public static Option<bool> NoRecordOption() => new("--no-record") { Description = "Do not record this run in the run history." };

    /// <summary>The database path from --db, else $ABSCOPAL_DB, else the default under the user data directory.</summary>
    public static string DatabasePath(string? given)
    {
        if (given is not null && string.IsNullOrWhiteSpace(given))
        {
            throw new UsageException("--db must name a file.");
        }

        string? fromEnvironment = Environment.GetEnvironmentVariable(DatabaseVariable);
        return given ?? (string.IsNullOrWhiteSpace(fromEnvironment) ? RunStore.DefaultPath() : fromEnvironment);
    }

    /// <summary>Stores a finished run (one transaction: the record is complete or absent) and returns its id.</summary>
    public static long Record(string databasePath, NewRun run)
    {
        using var store = RunStore.Open(databasePath);
        return store.Record(run with { ToolVersion = run.ToolVersion ?? Output.ToolInfo.Version });
    }
}
