using System.CommandLine;
using Abscopal.Storage;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal runs ...</c>: the run history in the local SQLite database.</summary>
internal static class RunsCommand
{
    public static Command Create(TextWriter stdout) => new("runs", "Run history: list, show, export or delete recorded runs (a local SQLite database; --db to choose another).")
    {
        RunsListCommand.Create(stdout),
        RunsShowCommand.Create(stdout),
        RunsExportCommand.Create(stdout),
        RunsDeleteCommand.Create(stdout),
    };

    public static Option<string?> DbOption() => RunRecording.DbOption();

    public static Argument<long> IdArgument() => new("ID") { Description = "The run's id (see 'abscopal runs list')." };

    public static Argument<long[]> IdsArgument(string description) => new("ID") { Description = description, Arity = ArgumentArity.ZeroOrMore };

    /// <summary>The database path from --db, or the default.</summary>
    public static string DatabasePath(ParseResult parse, Option<string?> db)
    {
        return RunRecording.DatabasePath(parse.GetValue(db));
    }

    /// <summary>Opens the store when the file exists; null when it does not, so that reading never creates a database.</summary>
    public static RunStore? OpenExisting(string path) => File.Exists(path) ? RunStore.Open(path) : null;

    public static RunRecord RequireRun(RunStore? store, long id, string path) =>
        store?.Get(id) ?? throw new UsageException($"No run {id} in {path}; 'abscopal runs list --db {path}' shows the recorded runs.");
}
