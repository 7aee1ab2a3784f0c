using System.CommandLine;
using System.Globalization;
using Abscopal.Storage;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal runs list</c>: recorded runs, newest first, with optional filters.</summary>
internal static class RunsListCommand
{
    public static Command Create(TextWriter stdout)
    {
        var db = RunsCommand.DbOption();
        var json = RtCommand.JsonOption();
        var commandName = new Option<string?>("--command") { Description = "Only runs of this command, e.g. simulate." };
        var model = new Option<string?>("--model") { Description = "Only runs of this model." };
        var since = new Option<string?>("--since") { Description = "Only runs started at or after this date or time (ISO 8601, UTC unless an offset is given), e.g. 2026-01-31." };
        var hash = new Option<string?>("--input-hash") { Description = "Only runs whose input hash starts with these hex digits." };
        var limit = new Option<int?>("--limit") { Description = "At most this many runs (≥ 1)." };
        var command = new Command("list", "List recorded runs, newest first: id, start time (UTC), command, model, seed, input hash, total time. Example: abscopal runs list --command simulate --limit 10")
        {
            db, json, commandName, model, since, hash, limit,
        };
        command.SetAction(parse =>
        {
            string path = RunsCommand.DatabasePath(parse, db);
            var query = new RunQuery
            {
                Command = parse.GetValue(commandName),
                Model = parse.GetValue(model),
                Since = Since(parse.GetValue(since)),
                InputHashPrefix = HashPrefix(parse.GetValue(hash)),
                Limit = parse.GetValue(limit) is int n ? OptionChecks.AtLeast("--limit", n, 1) : null,
            };
            using var store = RunsCommand.OpenExisting(path);
            var runs = store?.List(query) ?? [];
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("db", path);
                    w.WriteStartArray("runs");
                    foreach (var run in runs)
                    {
                        RunStore.WriteRun(run, w);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            if (runs.Count == 0)
            {
                stdout.WriteLine(store is null ? $"No runs recorded yet ({path} does not exist)." : $"No runs match in {path}.");
                return ExitCodes.Success;
            }

            string[] header = ["id", "started (UTC)", "command", "model", "seed", "input hash", "total (s)", "label"];
            var rows = runs.Select(r => new[]
            {
                r.Id.ToString(CultureInfo.InvariantCulture),
                r.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                r.Command,
                r.Model ?? "-",
                r.Seed?.ToString(CultureInfo.InvariantCulture) ?? "-",
                r.InputHash[..12],
                r.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture),
                r.Label ?? string.Empty,
            }).ToList();
            TextTable.Write(stdout, header, rows);
            return ExitCodes.Success;
        });
        return command;
    }

    private static DateTimeOffset? Since(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : throw new UsageException($"--since must be an ISO 8601 date or time such as 2026-01-31 or 2026-01-31T14:00Z, not '{text}'.");
    }

    private static string? HashPrefix(string? text) =>
        text is null || (text.Length > 0 && text.Length <= 64 && text.All(Uri.IsHexDigit))
            ? text
            : throw new UsageException($"--input-hash must be 1 to 64 hexadecimal digits, not '{text}'.");
}
