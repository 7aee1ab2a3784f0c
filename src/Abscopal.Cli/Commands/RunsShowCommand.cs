using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Abscopal.Storage;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal runs show ID</c>: one run in full: provenance, timings, outputs, inputs and summary.</summary>
internal static class RunsShowCommand
{
    public static Command Create(TextWriter stdout)
    {
        var db = RunsCommand.DbOption();
        var json = RtCommand.JsonOption();
        var id = RunsCommand.IdArgument();
        var command = new Command("show", "Show one run in full: provenance, timings, outputs, inputs and summary results. Example: abscopal runs show 12 --json") { id, db, json };
        command.SetAction(parse =>
        {
            string path = RunsCommand.DatabasePath(parse, db);
            using var store = RunsCommand.OpenExisting(path);
            var run = RunsCommand.RequireRun(store, parse.GetValue(id), path);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, w => RunStore.WriteRun(run, w));
                return ExitCodes.Success;
            }

            stdout.WriteLine($"run {run.Id}");
            Line(stdout, "command", run.Command);
            Line(stdout, "label", run.Label ?? "-");
            Line(stdout, "started", run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff 'UTC'", CultureInfo.InvariantCulture));
            Line(stdout, "model", run.Model ?? "-");
            Line(stdout, "model version", run.ModelVersion ?? "-");
            Line(stdout, "tool version", run.ToolVersion ?? "-");
            Line(stdout, "seed", run.Seed?.ToString(CultureInfo.InvariantCulture) ?? "-");
            Line(stdout, "input hash", run.InputHash);
            stdout.WriteLine("timings (s)");
            foreach (var timing in run.Timings)
            {
                Line(stdout, "  " + timing.Phase, timing.Seconds.ToString("0.###", CultureInfo.InvariantCulture));
            }

            Line(stdout, "  total", run.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture));
            stdout.WriteLine("outputs");
            foreach (string output in run.OutputPaths)
            {
                stdout.WriteLine("  " + output);
            }

            stdout.WriteLine("inputs");
            stdout.WriteLine(Indented(run.InputJson));
            stdout.WriteLine("summary");
            stdout.WriteLine(Indented(run.SummaryJson));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Line(TextWriter stdout, string key, string value) => stdout.WriteLine($"{key,-16}{value}");

    private static string Indented(string json)
    {
        using var document = JsonDocument.Parse(json);
        string text = JsonSerializer.Serialize(document.RootElement, s_indented);
        return string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => "  " + l));
    }

    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
