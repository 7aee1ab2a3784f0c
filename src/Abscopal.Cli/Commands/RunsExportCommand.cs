using System.CommandLine;
using System.Text;
using System.Text.Json;
using Abscopal.Storage;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal runs export [ID...]</c>: runs as one JSON document, to stdout or a file.</summary>
internal static class RunsExportCommand
{
    public static Command Create(TextWriter stdout)
    {
        var db = RunsCommand.DbOption();
        var ids = RunsCommand.IdsArgument("Runs to export (default: all, newest first).");
        var output = new Option<FileInfo?>("--out") { Description = "Write the JSON to this file instead of stdout." };
        var json = new Option<bool>("--json") { Description = "Accepted for symmetry: export always writes JSON." };
        var command = new Command("export", "Export runs as JSON: {\"format\":\"abscopal-runs\",\"schema_version\":…,\"runs\":[…]} with inputs, provenance, timings, summaries and output paths. Example: abscopal runs export 3 4 --out runs.json")
        {
            ids, db, output, json,
        };
        command.SetAction(parse =>
        {
            string path = RunsCommand.DatabasePath(parse, db);
            using var store = RunsCommand.OpenExisting(path);
            long[] wanted = parse.GetValue(ids) ?? [];
            var runs = wanted.Length == 0
                ? store?.List(RunQuery.All) ?? []
                : wanted.Distinct().Select(id => RunsCommand.RequireRun(store, id, path)).ToList();

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                RunStore.Export(runs, writer);
            }

            string text = Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
            var file = parse.GetValue(output);
            if (file is null)
            {
                stdout.Write(text);
            }
            else
            {
                File.WriteAllText(file.FullName, text, new UTF8Encoding(false));
                parse.InvocationConfiguration.Error.WriteLine($"Exported {runs.Count} run(s) to {file.FullName}.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
