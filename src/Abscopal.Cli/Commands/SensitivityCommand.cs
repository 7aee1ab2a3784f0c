using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Abscopal.Cli.Output;
using Abscopal.Interop.Scenarios;
using Abscopal.Interop.Sensitivity;
using Abscopal.Interop.Tables;
using Abscopal.Models;
using Abscopal.Planning.Sensitivity;
using Abscopal.Reporting;
using Abscopal.Reporting.Html;

namespace Abscopal.Cli.Commands;

/// <summary>
/// <c>abscopal sensitivity FILE --method morris|sobol|prcc --samples N --outcome NAME [--seed S] [--threads K] [--json] [--out DIR]</c>:
/// global sensitivity of a scenario outcome to the factors of the file's <c>sensitivity</c> block.
/// </summary>
internal static class SensitivityCommand
{
    private const string Disclaimer = "In-silico research output, not a clinical recommendation.";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Study file: a scenario plus a sensitivity block (see docs/sensitivity.md)." };
        var method = new Option<string?>("--method") { Description = "morris (μ*, σ), sobol (S1, ST with bootstrap CIs) or prcc (PRCC with p-values); default: the file's sensitivity.method." };
        method.AcceptOnlyFromAmong("morris", "sobol", "prcc");
        var samples = new Option<int?>("--samples") { Description = "Morris trajectories r (r·(k+1) runs), Sobol base samples N (N·(k+2) runs) or PRCC Latin hypercube points N (N runs); ≥ 2." };
        var outcome = new Option<string?>("--outcome") { Description = $"Outcome of each run: {string.Join(", ", SensitivityOutcome.Names)}." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the Morris design, the Latin hypercube and the bootstrap (default: the file's, else 1)." };
        var threads = new Option<int>("--threads") { Description = "Threads for the runs (default 0 = all cores); results do not depend on it.", DefaultValueFactory = _ => 0 };
        var json = RtCommand.JsonOption();
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder for tornado.png/.svg, scatter.png/.svg, samples.csv, samples.parquet, indices.csv and report.html." };
        var quiet = SimulateCommand.QuietOption();
        var command = new Command("sensitivity", "Global sensitivity of a scenario outcome (in-silico research, not a clinical recommendation). Example: abscopal sensitivity examples/sensitivity/kosinsky-ct26-concurrent.yaml --method morris --samples 10")
        {
            file, method, samples, outcome, seed, threads, json, output, quiet,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new UsageException($"{path.FullName}: no such file.");
            }

            var started = DateTimeOffset.UtcNow;
            var read = SensitivityStudyReader.ParseFile(path.FullName, ReaderOptions());
            if (read.Study is not { } studyFile)
            {
                foreach (var error in read.Errors)
                {
                    stderr.WriteLine($"error: {error}");
                }

                stderr.WriteLine($"{path.Name}: {read.Errors.Count} error(s).");
                return ExitCodes.BadInput;
            }

            string methodName = parse.GetValue(method) ?? studyFile.Method ?? throw new UsageException("give --method (morris, sobol or prcc), or sensitivity.method in the file.");
            int sampleCount = OptionChecks.AtLeast("--samples", parse.GetValue(samples) ?? studyFile.Samples ?? throw new UsageException("give --samples N (≥ 2), or sensitivity.samples in the file."), 2);
            string outcomeName = parse.GetValue(outcome) ?? studyFile.Outcome ?? throw new UsageException($"give --outcome NAME, or sensitivity.outcome in the file; allowed: {string.Join(", ", SensitivityOutcome.Names)}.");
            int threadCount = OptionChecks.AtLeast("--threads", parse.GetValue(threads), 0);
            var options = new SensitivityOptions
            {
                Method = methodName switch { "morris" => SensitivityMethod.Morris, "sobol" => SensitivityMethod.Sobol, _ => SensitivityMethod.Prcc },
                Samples = sampleCount,
                Seed = parse.GetValue(seed) ?? studyFile.Seed ?? 1,
                Threads = threadCount,
            };

            SensitivityStudy study;
            SensitivityResult result;
            var clock = Stopwatch.StartNew();
            try
            {
                study = new SensitivityStudy(studyFile.Scenario.ToSimulationRequest(), [.. studyFile.Factors.Select(ToFactor)], SensitivityOutcome.Parse(outcomeName));
                result = Terminal.WithProgress(stderr, !parse.GetValue(quiet) && Terminal.IsInteractive(stderr), [$"{methodName} runs"], progress =>
                {
                    progress($"{methodName} runs");
                    return SensitivityAnalysis.Run(study, options);
                });
            }
            catch (SensitivityRunException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                return ExitCodes.RunFailure;
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"{path.Name}: {e.Message}");
            }

            double seconds = clock.Elapsed.TotalSeconds;
            if (parse.GetValue(json))
            {
                WriteJson(stdout, result, seconds);
            }
            else
            {
                WriteText(stdout, result, seconds);
            }

            if (parse.GetValue(output) is { } folder)
            {
                try
                {
                    WriteFolder(folder, path, result, started, seconds);
                }
                catch (SensitivityRunException e)
                {
                    stderr.WriteLine($"error: {e.Message}");
                    return ExitCodes.RunFailure;
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static SensitivityStudyReaderOptions ReaderOptions() => new()
    {
        Scenario = new ScenarioReaderOptions { KnownModels = [.. BuiltinModels.All.Select(m => m.Id)] },
        ModelValues = scenario =>
        {
            var values = ScenarioValues.Of(scenario.ToSimulationRequest());
            return new ScenarioModelValues(
                values.ParameterIds.ToDictionary(id => id, values.Parameter, StringComparer.Ordinal),
                values.StateIds.ToDictionary(id => id, values.State, StringComparer.Ordinal));
        },
        CheckOutcome = name =>
        {
            try
            {
                SensitivityOutcome.Parse(name);
                return null;
            }
            catch (ArgumentException e)
            {
                return e.Message.TrimEnd('.');
            }
        },
    };

    private static SensitivityFactor ToFactor(StudyFactor f)
    {
        var scale = f.Logarithmic ? FactorScale.Logarithmic : FactorScale.Linear;
        return f.Kind switch
        {
            StudyFactorKind.Parameter => SensitivityFactor.Parameter(f.Id!, f.Min, f.Max, scale),
            StudyFactorKind.InitialValue => SensitivityFactor.InitialValue(f.Id!, f.Min, f.Max, scale),
            StudyFactorKind.RadiotherapyDosePerFraction => SensitivityFactor.RadiotherapyDosePerFraction(f.Index, f.Min, f.Max, scale),
            _ => SensitivityFactor.DrugStartDay(f.Index, f.Min, f.Max),
        };
    }

    private static string MethodName(SensitivityMethod method) => method.ToString().ToLowerInvariant();

    private static string ScaleName(FactorScale scale) => scale == FactorScale.Logarithmic ? "log" : "linear";

    private static string G(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Ci(double? low, double? high) => low is { } l && high is { } h && double.IsFinite(l) ? $"[{G(l)}, {G(h)}]" : "-";

    /// <summary>Header and rows of the index table, most important factor first.</summary>
    private static (string[] Header, List<string[]> Rows) Table(SensitivityResult result)
    {
        var ordered = result.Indices.Select((row, j) => (Row: row, Factor: result.Study.Factors[j])).OrderByDescending(x => x.Row.Importance).ThenBy(x => x.Row.Factor, StringComparer.Ordinal);
        string range(SensitivityFactor f) => $"{G(f.Low)}–{G(f.High)}{(f.Scale == FactorScale.Logarithmic ? " (log)" : string.Empty)}";
        switch (result.Options.Method)
        {
            case SensitivityMethod.Morris:
                return (["factor", "range", "μ*", "μ", "σ"], [.. ordered.Select(x => new[] { x.Row.Factor, range(x.Factor), G(x.Row.MuStar!.Value), G(x.Row.Mu!.Value), G(x.Row.Sigma!.Value) })]);
            case SensitivityMethod.Sobol:
                return (["factor", "range", "S1", "S1 95% CI", "ST", "ST 95% CI"], [.. ordered.Select(x => new[] { x.Row.Factor, range(x.Factor), G(x.Row.FirstOrder!.Value), Ci(x.Row.FirstOrderLow, x.Row.FirstOrderHigh), G(x.Row.Total!.Value), Ci(x.Row.TotalLow, x.Row.TotalHigh) })]);
            default:
                return (["factor", "range", "PRCC", "95% CI", "p"], [.. ordered.Select(x => new[] { x.Row.Factor, range(x.Factor), G(x.Row.Prcc!.Value), Ci(x.Row.PrccLow, x.Row.PrccHigh), x.Row.PValue!.Value.ToString("0.###e+0", CultureInfo.InvariantCulture) })]);
        }
    }

    private static void WriteText(TextWriter stdout, SensitivityResult result, double seconds)
    {
        var outcome = result.Study.Outcome;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{MethodName(result.Options.Method)} sensitivity of {outcome.Name} ({outcome.Unit}): {result.Runs} runs in {seconds:0.0} s, seed {result.Options.Seed}. {Disclaimer}"));
        stdout.WriteLine($"Scenario value of the outcome: {G(result.BaselineOutcome)} {outcome.Unit}; variance over the runs: {G(result.OutcomeVariance)}.");
        var (header, rows) = Table(result);
        TextTable.Write(stdout, header, rows);
        stdout.WriteLine(result.Options.Method switch
        {
            SensitivityMethod.Morris => $"μ*, μ, σ: elementary effects in {outcome.Unit} per full range of the factor (Morris 1991; Campolongo et al. 2007).",
            SensitivityMethod.Sobol => "S1, ST: shares of the outcome variance (Saltelli et al. 2010, Jansen estimator); bootstrap percentile 95% CIs.",
            _ => "PRCC: partial rank correlation on a Latin hypercube (Marino et al. 2008); Fisher-z 95% CIs, t-test p-values.",
        });
    }

    private static void WriteJson(TextWriter stdout, SensitivityResult result, double seconds) => JsonOutput.Write(stdout, w =>
    {
        w.WriteStartObject();
        w.WriteString("method", MethodName(result.Options.Method));
        w.WriteStartObject("outcome");
        w.WriteString("name", result.Study.Outcome.Name);
        w.WriteString("unit", result.Study.Outcome.Unit);
        w.Number("baseline", result.BaselineOutcome);
        w.Number("variance", result.OutcomeVariance);
        w.WriteEndObject();
        w.WriteNumber("samples", result.Options.Samples);
        w.WriteNumber("runs", result.Runs);
        w.WriteNumber("seed", result.Options.Seed);
        w.WriteStartArray("factors");
        for (int j = 0; j < result.Indices.Length; j++)
        {
            var row = result.Indices[j];
            var factor = result.Study.Factors[j];
            w.WriteStartObject();
            w.WriteString("name", row.Factor);
            w.Number("min", factor.Low);
            w.Number("max", factor.High);
            w.WriteString("scale", ScaleName(factor.Scale));
            switch (result.Options.Method)
            {
                case SensitivityMethod.Morris:
                    w.Number("mu_star", row.MuStar!.Value);
                    w.Number("mu", row.Mu!.Value);
                    w.Number("sigma", row.Sigma!.Value);
                    break;
                case SensitivityMethod.Sobol:
                    w.Number("s1", row.FirstOrder!.Value);
                    w.Number("s1_ci_low", row.FirstOrderLow!.Value);
                    w.Number("s1_ci_high", row.FirstOrderHigh!.Value);
                    w.Number("st", row.Total!.Value);
                    w.Number("st_ci_low", row.TotalLow!.Value);
                    w.Number("st_ci_high", row.TotalHigh!.Value);
                    break;
                default:
                    w.Number("prcc", row.Prcc!.Value);
                    w.Number("p_value", row.PValue!.Value);
                    w.Number("ci_low", row.PrccLow!.Value);
                    w.Number("ci_high", row.PrccHigh!.Value);
                    break;
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("performance");
        w.Number("seconds", seconds);
        w.Number("runs_per_second", result.Runs / Math.Max(seconds, 1e-9));
        w.WriteEndObject();
        w.WriteString("disclaimer", Disclaimer);
        w.WriteEndObject();
    });

    private static void WriteFolder(DirectoryInfo folder, FileInfo input, SensitivityResult result, DateTimeOffset started, double seconds)
    {
        folder.Create();
        var study = result.Study;
        var outcome = study.Outcome;
        string outcomeLabel = $"{outcome.Name} ({outcome.Unit})";
        var clock = Stopwatch.StartNew();
        var swings = SensitivityAnalysis.Swings(study, result.Options.Threads);
        double swingSeconds = clock.Elapsed.TotalSeconds;
        var tornado = Figures.Tornado([.. swings.Select(s => new TornadoBar(s.Factor, s.OutcomeAtLow, s.OutcomeAtHigh))], result.BaselineOutcome, outcomeLabel, "One-at-a-time swing over each factor's range");
        Save(folder, "tornado", tornado);

        int k = study.Factors.Length;
        var unit = result.UnitSamples.ToArray();
        var outcomes = result.Outcomes.ToArray();
        var scatter = Figures.Scatter(
            [.. study.Factors.Select((f, j) => new ScatterSeries(f.Name, [.. Enumerable.Range(0, result.Runs).Select(r => unit[(r * k) + j])], outcomes))],
            new AxisText("Outcome against each factor's place in its range", "Factor position in its range (0 = min, 1 = max; log scale where marked)", outcomeLabel));
        Save(folder, "scatter", scatter);

        var values = result.FactorValues.ToArray();
        var samples = new StringBuilder();
        samples.Append("run,").AppendJoin(',', study.Factors.Select(f => Csv(f.Name))).Append(',').Append(Csv(outcome.Name)).Append('\n');
        for (int r = 0; r < result.Runs; r++)
        {
            samples.Append(r.ToString(CultureInfo.InvariantCulture)).Append(',');
            samples.AppendJoin(',', Enumerable.Range(0, k).Select(j => CsvTable.Number(values[(r * k) + j]))).Append(',').Append(CsvTable.Number(outcomes[r])).Append('\n');
        }

        File.WriteAllText(Path.Combine(folder.FullName, "samples.csv"), samples.ToString());

        // The same samples as a typed Parquet file (run, each factor, the outcome), when the names make distinct columns.
        string[] names = ["run", .. study.Factors.Select(f => f.Name), outcome.Name];
        if (names.Distinct(StringComparer.Ordinal).Count() == names.Length)
        {
            var table = new ResultTable(
            [
                TableColumn.Integer32("run", [.. Enumerable.Range(0, result.Runs)]),
                .. Enumerable.Range(0, k).Select(j => TableColumn.Real(study.Factors[j].Name, [.. Enumerable.Range(0, result.Runs).Select(r => values[(r * k) + j])])),
                TableColumn.Real(outcome.Name, outcomes),
            ]);
            AtomicFile.WriteAllBytes(Path.Combine(folder.FullName, "samples.parquet"), ParquetTableWriter.ToBytes(table));
        }
        var (header, rows) = Table(result);
        var indices = new StringBuilder();
        indices.AppendJoin(',', header.Select(Csv)).Append('\n');
        foreach (var row in rows)
        {
            indices.AppendJoin(',', row.Select(Csv)).Append('\n');
        }

        File.WriteAllText(Path.Combine(folder.FullName, "indices.csv"), indices.ToString());

        string version = typeof(SensitivityCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        string hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(input.FullName)));
        var report = new HtmlReportBuilder($"Global sensitivity: {outcome.Name}")
            .WithProvenance(new ReportProvenance
            {
                ToolVersion = version,
                StartedAt = started,
                Model = study.Request.Builtin?.Id ?? study.Request.Model?.Id,
                Seed = (long)Math.Min(result.Options.Seed, long.MaxValue),
                InputHash = "sha256:" + hash,
                Timings = [new ReportTiming($"{result.Runs} runs ({MethodName(result.Options.Method)})", seconds), new ReportTiming($"{2 * k} one-at-a-time runs", swingSeconds)],
            })
            .WithUncertaintyStatement(UncertaintyStatement(result))
            .Add(new TextSection("Study", [
                $"In-silico research: {input.Name}, {k} factor(s) varied independently over the ranges below, {result.Runs} simulations, outcome {outcome.Name}: {outcome.Description}",
                $"The scenario itself gives {G(result.BaselineOutcome)} {outcome.Unit}. These indices describe the model under the stated ranges, not patients; they say which inputs the model's answer hinges on.",
            ]))
            .Add(new TableSection("Sensitivity indices", header, [.. rows.Select(r => (IReadOnlyList<string>)r)]) { Caption = MethodNote(result.Options.Method) })
            .Add(new FigureSection("Figures", [tornado, scatter]));
        File.WriteAllText(Path.Combine(folder.FullName, "report.html"), report.Build());
    }

    private static string MethodNote(SensitivityMethod method) => method switch
    {
        SensitivityMethod.Morris => "Morris elementary effects (Morris 1991): μ* (Campolongo et al. 2007) ranks importance, σ flags non-linearity or interactions; in outcome units per full range of the factor.",
        SensitivityMethod.Sobol => "Sobol indices by Saltelli sampling on a Sobol sequence with the Jansen estimator (Saltelli et al. 2010): S1 is the factor's own share of the variance, ST includes its interactions; 95% bootstrap percentile CIs.",
        _ => "Partial rank correlation coefficients on a Latin hypercube (Marino et al. 2008) with t-test p-values and Fisher-z 95% CIs; they measure monotone association.",
    };

    private static string UncertaintyStatement(SensitivityResult result) =>
        $"The indices are Monte Carlo estimates from {result.Runs} runs; intervals are shown where the method gives them. They depend on the factor ranges, which are inputs of this study, not measured distributions.";

    private static void Save(DirectoryInfo folder, string name, Figure figure)
    {
        File.WriteAllBytes(Path.Combine(folder.FullName, name + ".png"), figure.ToPng());
        File.WriteAllText(Path.Combine(folder.FullName, name + ".svg"), figure.ToSvg());
    }

    private static string Csv(string text) => text.Contains(',', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal) ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
