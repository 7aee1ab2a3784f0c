using System.CommandLine;
using System.Globalization;
using Abscopal.Interop.Sbml.TestSuite;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal sbml test-suite DIR</c>: runs SBML Test Suite semantic cases and reports pass/fail per case and per tag.</summary>
internal static class SbmlTestSuiteCommand
{
    public static Command Create(TextWriter stdout)
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "The test suite: a folder of case folders NNNNN/ (or one holding 'semantic/')." };
        var json = new Option<bool>("--json") { Description = "Print one JSON document (cases, tags, totals) instead of text." };
        var cases = new Option<string>("--cases") { Description = "Case numbers and ranges to run, e.g. 1-100,245 (default: all)." };
        var roundTrip = new Option<bool>("--round-trip") { Description = "Export each imported model as SBML L3V2 and read it back before simulating it (checks export → re-import)." };
        var tags = new Option<string>("--tags") { Description = "Comma-separated tags; run only cases with at least one of them (e.g. EventWithDelay,CSymbolDelay)." };
        var command = new Command("test-suite", "Run SBML Test Suite cases, each with its own settings and tolerances (a point passes when |expected − actual| ≤ absolute + relative·|expected|), and report pass/fail/unsupported per case and per tag, with import and simulation times. Exit codes: 0 the run completed (the report is the result, whatever it says), 2 bad usage (no such folder, malformed --cases).")
        {
            directory, json, cases, tags, roundTrip,
        };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(directory)!;
            if (!dir.Exists)
            {
                throw new UsageException($"{dir.FullName}: no such folder.");
            }

            var selected = CaseFilter(parse.GetValue(cases));
            var wanted = SbmlCommand.List(parse.GetValue(tags)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var all = TestSuiteCase.LoadAll(dir.FullName)
                .Where(c => selected is null || selected(c.Index))
                .Where(c => wanted.Count == 0 || c.Tags.Any(wanted.Contains) || c.Packages.Any(p => wanted.Contains("package:" + p)))
                .ToList();
            if (all.Count == 0)
            {
                throw new UsageException($"{dir.FullName}: no test-suite case folders (NNNNN/) match.");
            }

            var asJson = parse.GetValue(json);
            var report = TestSuiteRunner.RunAll(all, asJson ? null : r => stdout.WriteLine(Line(r)), parse.GetValue(roundTrip));
            if (asJson)
            {
                WriteJson(stdout, report);
            }
            else
            {
                WriteSummary(stdout, report);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Func<int, bool>? CaseFilter(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var ranges = new List<(int From, int To)>();
        foreach (var part in SbmlCommand.List(text))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            var ok = dash < 0
                ? int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var single) && Add(single, single)
                : int.TryParse(part[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                  && int.TryParse(part[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
                  && from <= to && Add(from, to);
            if (!ok)
            {
                throw new UsageException($"--cases: '{part}' is not a case number or a range such as 1-100.");
            }
        }

        return n => ranges.Any(r => n >= r.From && n <= r.To);

        bool Add(int from, int to)
        {
            ranges.Add((from, to));
            return true;
        }
    }

    private static string Line(TestSuiteCaseResult r)
    {
        var outcome = r.Outcome switch
        {
            TestSuiteOutcome.Passed => "passed",
            TestSuiteOutcome.Failed => "FAILED",
            _ => "unsupported",
        };
        var timing = double.IsNaN(r.WorstRatio) ? string.Empty : $"  import {Ms(r.ImportSeconds)} ms, simulate {Ms(r.SimulationSeconds)} ms";
        return $"{r.Number} {outcome,-11}{timing}{(r.Message.Length == 0 ? string.Empty : "  " + r.Message)}";
    }

    private static void WriteSummary(TextWriter w, TestSuiteReport report)
    {
        w.WriteLine();
        w.WriteLine($"{"tag",-32} {"cases",6} {"passed",7} {"failed",7} {"unsupported",12}");
        foreach (var t in report.ByTag())
        {
            w.WriteLine($"{t.Tag,-32} {t.Cases,6} {t.Passed,7} {t.Failed,7} {t.Unsupported,12}");
        }

        var core = report.Results.Where(r => !r.UsesPackage).ToList();
        w.WriteLine();
        w.WriteLine($"total: {report.Cases} cases, {report.Passed} passed, {report.Failed} failed, {report.Unsupported} unsupported");
        w.WriteLine($"core (no package): {core.Count} cases, {core.Count(r => r.Outcome == TestSuiteOutcome.Passed)} passed, {core.Count(r => r.Outcome == TestSuiteOutcome.Failed)} failed, {core.Count(r => r.Outcome == TestSuiteOutcome.Unsupported)} unsupported");
        var simulated = report.Results.Where(r => !double.IsNaN(r.WorstRatio)).ToList();
        w.WriteLine($"time: import + compile {simulated.Sum(r => r.ImportSeconds):F2} s, simulation {simulated.Sum(r => r.SimulationSeconds):F2} s over {simulated.Count} simulated cases");
        foreach (var r in simulated.OrderByDescending(r => r.ImportSeconds + r.SimulationSeconds).Take(5))
        {
            w.WriteLine($"  slowest: {r.Number} import + compile {Ms(r.ImportSeconds)} ms, simulation {Ms(r.SimulationSeconds)} ms");
        }
    }

    private static void WriteJson(TextWriter writer, TestSuiteReport report) =>
        JsonOutput.Write(writer, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("cases", report.Cases);
            w.WriteNumber("passed", report.Passed);
            w.WriteNumber("failed", report.Failed);
            w.WriteNumber("unsupported", report.Unsupported);
            w.WriteStartArray("tags");
            foreach (var t in report.ByTag())
            {
                w.WriteStartObject();
                w.WriteString("tag", t.Tag);
                w.WriteNumber("cases", t.Cases);
                w.WriteNumber("passed", t.Passed);
                w.WriteNumber("failed", t.Failed);
                w.WriteNumber("unsupported", t.Unsupported);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("results");
            foreach (var r in report.Results)
            {
                w.WriteStartObject();
                w.WriteString("case", r.Number);
                w.WriteString("outcome", r.Outcome.ToString().ToLowerInvariant());
                w.WriteString("message", r.Message);
                w.WriteBoolean("package", r.UsesPackage);
                w.Number("import_s", double.IsNaN(r.WorstRatio) ? double.NaN : r.ImportSeconds);
                w.Number("simulate_s", double.IsNaN(r.WorstRatio) ? double.NaN : r.SimulationSeconds);
                w.Number("worst_ratio", r.WorstRatio);
                w.WriteStartArray("tags");
                foreach (var tag in r.Tags)
                {
                    w.WriteStringValue(tag);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

    private static string Ms(double seconds) => (seconds * 1000).ToString("F1", CultureInfo.InvariantCulture);
}
