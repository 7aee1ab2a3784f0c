using System.CommandLine;
using System.Globalization;
using System.Text;
using Abscopal.Cli.Output;
using Abscopal.Interop.Tables;
using Abscopal.Interop.Trials;
using Abscopal.Models.Patients;
using Abscopal.Numerics.Statistics;
using Abscopal.Reporting;
using Abscopal.Reporting.Html;
using Abscopal.Simulation.Readouts;
using Abscopal.Trials;
using Abscopal.Trials.Designs;
using Abscopal.Trials.Endpoints;
using Abscopal.Trials.Preclinical;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal trial FILE [--patients N] [--seed S] [--threads K] [--json] [--out DIR]</c>: runs a virtual trial file (docs/trials.md).</summary>
internal static class TrialCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Trial file (YAML; see docs/trials.md)." };
        var patients = new Option<long?>("--patients") { Description = "Virtual patients per arm (overrides patients_per_arm)." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed (overrides the file's seed)." };
        var threads = new Option<int>("--threads") { Description = "Worker threads; 0 = all cores (default). Results do not depend on it.", DefaultValueFactory = _ => 0 };
        var json = RtCommand.JsonOption();
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder for figures (waterfall, spider, swimmer, Kaplan–Meier), patients.csv, patients.parquet and report.html." };
        var power = new Option<bool>("--power") { Description = "Mice: search the smallest group size whose responders differ from the first group's (Fisher) with the target power, by repeated simulation; settings from the file's power block." };
        var replicates = new Option<int?>("--replicates") { Description = "Simulated experiments per group size for --power (overrides power.replicates)." };
        var quiet = SimulateCommand.QuietOption();
        var command = new Command("trial", "Run a virtual trial or mouse experiment (in-silico research, not a clinical recommendation). Example: abscopal trial examples/trials/tnbc-pembrolizumab-sbrt.yaml --patients 100 --json")
        {
            file, patients, seed, threads, json, output, power, replicates, quiet,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new UsageException($"{path.FullName}: no such file.");
            }

            var read = TrialReader.ParseFile(path.FullName);
            if (read.Design is not { } design)
            {
                foreach (var error in read.Errors)
                {
                    stderr.WriteLine($"error: {error}");
                }

                stderr.WriteLine($"{path.Name}: {read.Errors.Count} error(s).");
                return ExitCodes.BadInput;
            }

            if (parse.GetValue(patients) is { } n)
            {
                if (n < 1 || n > TrialDesign.MaxPatientsPerArm)
                {
                    throw new UsageException($"--patients must be in [1, {TrialDesign.MaxPatientsPerArm}]; got {n}.");
                }

                design = design with { PatientsPerArm = n };
            }

            if (parse.GetValue(seed) is { } s)
            {
                design = design with { Seed = s };
            }

            var k = parse.GetValue(threads);
            if (k is < 0 or > 1024)
            {
                throw new UsageException($"--threads must be in [0, 1024] (0 = all cores); got {k}.");
            }

            var spec = GroupSizeSpecFor(design, parse.GetValue(power), parse.GetValue(replicates));
            var outDir = parse.GetValue(output);
            var mice = design.Population.Species == HostSpecies.Mouse;
            var options = new TrialRunOptions { Threads = k, KeepPatients = outDir is not null || mice };

            // An interactive terminal shows which arm is running and for how long (a million-patient arm takes minutes).
            var armPhases = design.Arms.Select((a, i) => $"arm {i + 1}/{design.Arms.Length}: {a.Name}").ToArray();
            string[] phases = [.. armPhases, .. spec is null ? Array.Empty<string>() : ["group sizes"], .. outDir is null ? Array.Empty<string>() : ["outputs"]];
            var (result, groups, size) = Terminal.WithProgress(stderr, !parse.GetValue(quiet) && Terminal.IsInteractive(stderr), phases, progress =>
            {
                var arm = 0;
                var run = VirtualTrial.Run(design, options with { ArmStarted = _ => progress(armPhases[arm++]) });
                var analysed = mice ? PreclinicalAnalysis.Analyse(design, run) : null;
                if (spec is not null)
                {
                    progress("group sizes");
                }

                var sizes = spec is null ? null : GroupSizeSearch.Search(design, spec, options);
                if (outDir is not null)
                {
                    progress("outputs");
                    WriteOutputs(outDir, design, run, analysed, sizes);
                }

                return (run, analysed, sizes);
            });

            if (parse.GetValue(json))
            {
                WriteJson(stdout, result, groups, size);
            }
            else
            {
                WriteText(stdout, result);
                TrialGroupsOutput.WriteText(stdout, groups, size);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // --power needs a responder rule and two groups; the file's power block gives the settings, --replicates overrides them.
    private static GroupSizeSpec? GroupSizeSpecFor(TrialDesign design, bool power, int? replicates)
    {
        if (!power)
        {
            return replicates is null ? null : throw new UsageException("--replicates goes with --power.");
        }

        if (design.Responder is null || design.Arms.Length < 2)
        {
            throw new UsageException("--power compares responders between groups: the trial needs a responder rule (responder: {max_volume_mm3, day}) and at least two arms.");
        }

        var spec = design.Power ?? new GroupSizeSpec();
        if (replicates is { } r)
        {
            if (r < 1 || r > GroupSizeSpec.MaxReplicates)
            {
                throw new UsageException($"--replicates must be in [1, {GroupSizeSpec.MaxReplicates}]; got {r}.");
            }

            spec = new GroupSizeSpec(spec.TargetPower, spec.Alpha, r, spec.MinGroupSize, spec.MaxGroupSize);
        }

        return spec;
    }

    private static void WriteJson(TextWriter stdout, TrialResult result, PreclinicalResult? groups, GroupSizeResult? size) => JsonOutput.Write(stdout, w =>
    {
        w.WriteStartObject();
        w.WriteString("name", result.Name);
        w.WriteNumber("seed", result.Seed);
        w.WriteStartArray("arms");
        foreach (var arm in result.Arms)
        {
            w.WriteStartObject();
            w.WriteString("name", arm.Name);
            w.WriteNumber("n", arm.Patients);
            w.Proportion("orr", arm.Orr);
            w.Proportion("abscopal_orr", arm.AbscopalOrr);
            w.Proportion("dcr", arm.Dcr);
            w.WriteStartObject("pfs");
            w.Number("median_days", arm.PfsMedian.Median);
            w.Number("ci_low", arm.PfsMedian.Lower);
            w.Number("ci_high", arm.PfsMedian.Upper);
            w.WriteEndObject();
            w.WriteStartObject("lymphopenia");
            w.Number("mean_alc_nadir_per_uL", arm.MeanAlcNadir);
            w.WriteStartArray("ctcae_grades");
            foreach (var g in arm.LymphopeniaGrades)
            {
                w.WriteNumberValue(g);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            if (arm.Responders is { } r)
            {
                w.Proportion("responders", r);
            }

            w.WriteStartArray("subgroups");
            foreach (var g in arm.Subgroups)
            {
                w.WriteStartObject();
                w.WriteString("name", g.Name);
                w.WriteNumber("n", g.Patients);
                w.Proportion("orr", g.Orr);
                w.Number("pfs_median_days", g.PfsMedian.Median);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("failures", arm.Failures);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("comparisons");
        foreach (var c in result.Comparisons)
        {
            w.WriteStartObject();
            w.WriteStartArray("arms");
            w.WriteStringValue(c.Reference);
            w.WriteStringValue(c.Arm);
            w.WriteEndArray();
            w.Number("logrank_p", c.LogRankP);
            w.Number("hazard_ratio", c.HazardRatio);
            w.Number("hr_ci_low", c.HazardRatioLower);
            w.Number("hr_ci_high", c.HazardRatioUpper);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        TrialGroupsOutput.WriteJson(w, groups, size);
        w.WriteStartObject("performance");
        w.Number("patients_per_second", result.PatientsPerSecond);
        w.Number("elapsed_seconds", result.ElapsedSeconds);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    private static string Percent(ProportionEstimate p) => p.Trials == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100 * p.Value:0.0}% ({100 * p.Lower:0.0}–{100 * p.Upper:0.0})");

    private static string Days(MedianSurvival m) => string.Create(CultureInfo.InvariantCulture, $"{(double.IsNaN(m.Median) ? "NR" : m.Median.ToString("0", CultureInfo.InvariantCulture))} ({(double.IsNaN(m.Lower) ? "NR" : m.Lower.ToString("0", CultureInfo.InvariantCulture))}–{(double.IsNaN(m.Upper) ? "NR" : m.Upper.ToString("0", CultureInfo.InvariantCulture))})");

    private static void WriteText(TextWriter stdout, TrialResult result)
    {
        stdout.WriteLine($"{result.Name} (seed {result.Seed}; in-silico research, not a clinical recommendation)");
        foreach (var arm in result.Arms)
        {
            stdout.WriteLine($"  {arm.Name}: n {arm.Patients}; confirmed ORR {Percent(arm.Orr)}; abscopal ORR {Percent(arm.AbscopalOrr)}; DCR {Percent(arm.Dcr)}; median PFS {Days(arm.PfsMedian)} days; lymphopenia grade ≥ 3 {arm.LymphopeniaGrades[3] + arm.LymphopeniaGrades[4]}");
        }

        foreach (var c in result.Comparisons)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.Arm} vs {c.Reference}: log-rank p {c.LogRankP:0.####}; HR {c.HazardRatio:0.###} ({c.HazardRatioLower:0.###}–{c.HazardRatioUpper:0.###})"));
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {result.PatientsPerSecond:0} patients/s"));
    }

    private static RecistCategory Category(RecistResponse r) => r switch
    {
        RecistResponse.CompleteResponse => RecistCategory.CompleteResponse,
        RecistResponse.PartialResponse => RecistCategory.PartialResponse,
        RecistResponse.StableDisease => RecistCategory.StableDisease,
        RecistResponse.ProgressiveDisease => RecistCategory.ProgressiveDisease,
        _ => RecistCategory.NotEvaluable,
    };

    private static void WriteOutputs(DirectoryInfo dir, TrialDesign design, TrialResult result, PreclinicalResult? groups, GroupSizeResult? size)
    {
        dir.Create();
        var days = result.AssessmentDays.ToArray();
        var figures = new List<Figure>();
        foreach (var arm in result.Arms)
        {
            var rows = result.Patients.Where(p => p.Arm == arm.Name).ToArray();
            var id = (PatientRecord p) => p.Index.ToString(CultureInfo.InvariantCulture);
            figures.Add(Figures.Waterfall([.. rows.Select(p => new WaterfallBar(id(p), p.Outcome.BestChangePercent, Category(p.Outcome.BestOverallResponse)))], $"Best change from baseline: {arm.Name}"));
            figures.Add(Figures.Spider([.. rows.Take(200).Select(p => new SpiderCurve(id(p), days, [.. p.Outcome.ChangePercent], Category(p.Outcome.BestOverallResponse)))], $"Change from baseline: {arm.Name}"));
            figures.Add(Figures.Swimmer(
                [.. rows.Take(50).Select(p => new SwimmerLane(id(p), p.Outcome.PfsDays, Category(p.Outcome.BestOverallResponse),
                    [.. p.Outcome.FirstResponseDays is { } fr ? [new SwimmerEvent(fr, SwimmerEventKind.Response)] : Array.Empty<SwimmerEvent>(), .. p.Outcome.Progressed ? [new SwimmerEvent(p.Outcome.PfsDays, SwimmerEventKind.Progression)] : Array.Empty<SwimmerEvent>()],
                    Ongoing: !p.Outcome.Progressed))],
                $"Time on study (first 50): {arm.Name}"));
        }

        var curves = result.Arms.Select(a =>
        {
            var atRisk = days.Select(d => (int)result.Patients.Count(p => p.Arm == a.Name && p.Outcome.PfsDays >= d)).ToArray();
            // The step function starts at S(0) = 1; limits are undefined (NaN) where S reaches 0, drawn there as 0.
            static double[] From(double start, ReadOnlySpan<double> values) => [start, .. values.ToArray().Select(v => double.IsNaN(v) ? 0 : v)];
            return new SurvivalCurveData(a.Name, From(0, a.Pfs.Times), From(1, a.Pfs.Survival), From(1, a.Pfs.Lower), From(1, a.Pfs.Upper), new AtRiskTable(days, atRisk));
        }).ToArray();
        figures.Add(Figures.KaplanMeier(curves, "Progression-free survival"));
        string[] names = ["waterfall", "spider", "swimmer"];
        for (var i = 0; i < figures.Count - 1; i++)
        {
            AtomicFile.WriteAllText(Path.Combine(dir.FullName, $"{names[i % 3]}-arm{(i / 3) + 1}.svg"), figures[i].ToSvg());
        }

        AtomicFile.WriteAllText(Path.Combine(dir.FullName, "kaplan-meier-pfs.svg"), figures[^1].ToSvg());

        // One table, two formats: the CSV and the Parquet file have the same columns and types.
        var patientTable = TrialPatientTable.From(result.Patients);
        AtomicFile.WriteAllText(Path.Combine(dir.FullName, "patients.csv"), CsvTableWriter.ToCsv(patientTable));
        AtomicFile.WriteAllBytes(Path.Combine(dir.FullName, "patients.parquet"), ParquetTableWriter.ToBytes(patientTable));

        var table = new TableSection("End points", ["arm", "n", "confirmed ORR (95% CI)", "abscopal ORR", "DCR", "median PFS, days (95% CI)", "grade ≥ 3 lymphopenia"],
            [.. result.Arms.Select(a => (IReadOnlyList<string>)[a.Name, a.Patients.ToString(CultureInfo.InvariantCulture), Percent(a.Orr), Percent(a.AbscopalOrr), Percent(a.Dcr), Days(a.PfsMedian), (a.LymphopeniaGrades[3] + a.LymphopeniaGrades[4]).ToString(CultureInfo.InvariantCulture)])]);
        var comparisons = new TableSection("Comparisons (PFS)", ["arms", "log-rank p", "hazard ratio (95% CI)"],
            [.. result.Comparisons.Select(c => (IReadOnlyList<string>)[$"{c.Arm} vs {c.Reference}", c.LogRankP.ToString("0.####", CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"{c.HazardRatio:0.###} ({c.HazardRatioLower:0.###}–{c.HazardRatioUpper:0.###})")])]);
        if (groups is not null)
        {
            TrialGroupsOutput.WriteFiles(dir, groups);
            var growth = TrialGroupsOutput.GrowthFigures(groups, design);
            for (var g = 0; g < growth.Count; g++)
            {
                AtomicFile.WriteAllText(Path.Combine(dir.FullName, $"growth-arm{g + 1}.svg"), growth[g].ToSvg());
            }

            figures.InsertRange(figures.Count - 1, growth);
        }

        var builder = new HtmlReportBuilder(result.Name)
            .WithProvenance(new ReportProvenance { ToolVersion = typeof(TrialCommand).Assembly.GetName().Version?.ToString() ?? "dev", StartedAt = DateTimeOffset.UtcNow, Model = "abscopal-core", Seed = (long)result.Seed })
            .Add(new TextSection("Design", [$"Population: {design.Population.Species} {design.Population.Subtype} line {design.Population.Line} PD-L1 {design.Population.PdL1}, {design.Population.MinLesions}–{design.Population.MaxLesions} lesions; {design.PatientsPerArm} virtual patients per arm; assessments every {design.Assessment.EveryDays} days to day {design.Assessment.UntilDay}; confirmation {(design.Recist.RequireConfirmation ? "required" : "not required")}."]))
            .Add(table)
            .Add(comparisons);
        foreach (var section in groups is null ? [] : TrialGroupsOutput.Sections(groups, size))
        {
            builder.Add(section);
        }

        var html = builder.Add(new FigureSection("Figures", figures)).Build();
        AtomicFile.WriteAllText(Path.Combine(dir.FullName, "report.html"), html);
    }
}
