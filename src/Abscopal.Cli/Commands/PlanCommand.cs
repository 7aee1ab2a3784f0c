using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Abscopal.Interop.Scenarios;
using Abscopal.Planning.Plans;
using Abscopal.Planning.Problems;
using Abscopal.Planning.Results;
using Abscopal.Planning.Search;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal plan FILE [--json] [--out DIR] [--threads K] [--seed S]</c>: the best RT targets, fractionation, dose and drug timing for one patient under uncertainty.</summary>
internal static class PlanCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Planning file: the scenario patient: block plus planning: (see docs/planning.md)." };
        var json = RtCommand.JsonOption();
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Write report.html (lesion curves with uncertainty bands, Pareto plot, comparison table) and plan.json to this folder." };
        var threads = new Option<int>("--threads") { Description = "Threads to use (≥ 1); results are identical for any number.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var seed = new Option<long>("--seed") { Description = "Seed of the uncertainty samples (≥ 0).", DefaultValueFactory = _ => 1 };
        var quiet = SimulateCommand.QuietOption();
        var command = new Command("plan", "Rank treatment plans for one patient over parameter uncertainty (in-silico research, not a clinical recommendation). Example: abscopal plan examples/planning/patient.yaml")
        {
            file, json, outDir, threads, seed, quiet,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new UsageException($"{path.FullName}: no such file.");
            }

            var options = new PlannerOptions
            {
                MaxDegreeOfParallelism = OptionChecks.AtLeast("--threads", parse.GetValue(threads), 1),
                Seed = parse.GetValue(seed) is var s and >= 0 ? (ulong)s : throw new UsageException($"--seed must be an integer ≥ 0, not {parse.GetValue(seed)}."),
            };
            var read = PlanningFileReader.ParseFile(path.FullName);
            if (read.File is not { } planningFile)
            {
                foreach (var error in read.Errors)
                {
                    stderr.WriteLine($"error: {error}");
                }

                stderr.WriteLine($"{path.Name}: {read.Errors.Count} error(s).");
                return ExitCodes.BadInput;
            }

            PlanningResult result;
            var clock = Stopwatch.StartNew();
            try
            {
                var problem = Problem(planningFile);
                result = Terminal.WithProgress(stderr, !parse.GetValue(quiet) && Terminal.IsInteractive(stderr), ["planning"], progress =>
                {
                    progress("planning");
                    return TreatmentPlanner.Plan(problem, options);
                });
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"{path.Name}: {e.Message}");
            }

            clock.Stop();
            var target = parse.GetValue(outDir);
            if (target is not null)
            {
                Directory.CreateDirectory(target.FullName);
                File.WriteAllText(Path.Combine(target.FullName, "report.html"), PlanReport.Build(result, path.Name, clock.Elapsed.TotalSeconds));
                using var writer = new StreamWriter(Path.Combine(target.FullName, "plan.json"));
                WriteJson(writer, result);
            }

            if (parse.GetValue(json))
            {
                WriteJson(stdout, result);
            }
            else
            {
                WriteText(stdout, result, clock.Elapsed.TotalSeconds, target);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Maps a checked planning file onto the planning problem.</summary>
    internal static PlanningProblem Problem(PlanningFile file)
    {
        var p = file.Planning;
        return new PlanningProblem(file.Patient.ToPatient(), p.Regimens)
        {
            MaxIrradiatedLesions = p.MaxIrradiatedLesions,
            Fractions = [.. p.Fractions],
            DosePerFraction = new DoseRange(p.DoseMinGy, p.DoseMaxGy),
            DrugStartDaysRelativeToRt = [.. p.DrugStartDaysRelativeToRt],
            Objective = PlanningObjectives.Find(p.Objective) ?? throw new UsageException($"objective '{p.Objective}' is not known; allowed: {string.Join(", ", PlanningObjectives.Names)}."),
            Constraints = new PlanningConstraints
            {
                AlcNadirMinPerMicrolitre = p.AlcNadirMinPerMicroliter,
                AlcNadirProbability = p.AlcNadirProbability,
                OrgansAtRisk = [.. p.OrgansAtRisk.Select(o => new OrganAtRisk(o.Lesion, o.Organ, o.DoseShare, "planning.constraints.organs_at_risk"))],
            },
            UncertaintySamples = p.UncertaintySamples,
            HorizonDays = p.HorizonDays,
        };
    }

    private static void WriteJson(TextWriter writer, PlanningResult result) => JsonOutput.Write(writer, w =>
    {
        w.WriteStartObject();
        w.WriteString("objective_name", PlanningObjectives.NameOf(result.Problem.Objective));
        w.WriteNumber("uncertainty_samples", result.Problem.UncertaintySamples);
        w.WriteNumber("seed", result.Seed);
        w.WriteStartArray("plans");
        for (var i = 0; i < result.Plans.Length; i++)
        {
            WritePlan(w, result.Plans[i], i + 1, null);
        }

        w.WriteEndArray();
        w.WriteStartArray("standard_plans");
        foreach (var s in result.StandardPlans)
        {
            WritePlan(w, s.Score, null, s.Name, s.TopMinusThis);
        }

        w.WriteEndArray();
        w.WriteStartArray("pareto");
        foreach (var s in result.Pareto)
        {
            WritePlan(w, s, null, result.StandardPlans.FirstOrDefault(x => x.Score.Plan.Key == s.Plan.Key)?.Name);
        }

        w.WriteEndArray();
        w.WriteStartArray("infeasibilities");
        foreach (var i in result.Infeasibilities)
        {
            w.WriteStartObject();
            w.WriteString("constraint", i.Constraint);
            w.WriteString("plans", i.What);
            w.Number("shortfall", i.Shortfall);
            w.WriteString("unit", i.Unit);
            w.WriteString("message", i.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("explanation", result.Explanation);
        w.WriteString("uncertainty", result.PriorDescription);
        w.WriteNumber("candidates", result.CandidateCount);
        w.WriteNumber("simulations", result.Simulations);
        w.WriteString("disclaimer", PlanningResult.Disclaimer);
        w.WriteEndObject();
    });

    private static void WritePlan(Utf8JsonWriter w, PlanScore s, int? rank, string? name, MeanEstimate? topMinusThis = null)
    {
        w.WriteStartObject();
        if (rank is { } r)
        {
            w.WriteNumber("rank", r);
        }

        if (name is not null)
        {
            w.WriteString("name", name);
        }

        WriteItems(w, s.Plan);
        w.Number("objective", s.Objective.Value);
        w.Number("objective_ci_low", s.Objective.Lower);
        w.Number("objective_ci_high", s.Objective.Upper);
        w.Number("response_probability", s.Response.Value);
        w.Number("abscopal_response_probability", s.AbscopalResponse.Value);
        w.Number("expected_pfs_days", s.ProgressionFreeDays.Value);
        w.Number("alc_nadir_per_uL", s.AlcNadirPerMicrolitre);
        if (s.AlcNadirProbability is { } kept)
        {
            w.Number("alc_nadir_probability", kept);
        }

        w.WriteBoolean("constraints_ok", s.ConstraintsOk);
        w.WriteStartObject("constraint_margins");
        foreach (var m in s.ConstraintMargins)
        {
            w.Number(m.Name, m.Margin);
        }

        w.WriteEndObject();
        if (topMinusThis is { } d)
        {
            // The top plan's objective minus this one's, paired over the same samples, with its t 95% interval.
            w.WriteStartObject("top_minus_this");
            w.Number("value", d.Value);
            w.Number("ci_low", d.Lower);
            w.Number("ci_high", d.Upper);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    // The radiotherapy and drugs items carry the keys of a scenario file's treatment block, so a plan can be pasted into one.
    private static void WriteItems(Utf8JsonWriter w, CandidatePlan plan)
    {
        w.WriteStartArray("radiotherapy");
        foreach (var c in plan.Radiotherapy)
        {
            w.WriteStartObject();
            w.WriteString("target", c.TargetLesion);
            w.Number("dose_per_fraction_gy", c.Schedule.DosePerFractionGy);
            w.WriteNumber("fractions", c.Schedule.Fractions);
            w.Number("start_day", c.StartDay);
            w.Number("interval_days", c.IntervalDays);
            w.WriteBoolean("skip_weekends", c.SkipWeekends);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("drugs");
        foreach (var d in plan.Drugs)
        {
            w.WriteStartObject();
            w.WriteString("drug", d.Drug);
            w.Number(d.Dose.PerKilogram ? "dose_mg_per_kg" : "dose_mg", d.Dose.Amount);
            w.Number("every_days", d.IntervalDays);
            w.Number("start_day", d.StartDay);
            w.WriteNumber("cycles", d.Cycles);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteText(TextWriter stdout, PlanningResult result, double seconds, DirectoryInfo? outDir)
    {
        var c = CultureInfo.InvariantCulture;
        var probability = PlanningObjectives.IsProbability(result.Problem.Objective);
        string V(double v) => probability ? v.ToString("0.00", c) : v.ToString("0", c);
        stdout.WriteLine($"Treatment planning, objective {PlanningObjectives.NameOf(result.Problem.Objective)}, {result.Problem.UncertaintySamples} samples (seed {result.Seed}). {PlanningResult.Disclaimer}");
        var rows = new List<string[]>();
        for (var i = 0; i < result.Plans.Length; i++)
        {
            rows.Add(Row((i + 1).ToString(c), result.Plans[i]));
        }

        foreach (var s in result.StandardPlans)
        {
            rows.Add(Row("std", s.Score));
        }

        string[] Row(string rank, PlanScore s) =>
        [
            rank,
            s.Plan.Describe(),
            string.Create(c, $"{V(s.Objective.Value)} [{V(s.Objective.Lower)}, {V(s.Objective.Upper)}]"),
            s.Response.Value.ToString("0.00", c),
            s.AbscopalResponse.Value.ToString("0.00", c),
            s.ProgressionFreeDays.Value.ToString("0", c),
            s.AlcNadirPerMicrolitre.ToString("0", c),
            s.ConstraintsOk ? "yes" : "NO",
        ];
        TextTable.Write(stdout, ["rank", "plan", "objective [95% CI]", "P(response)", "P(abscopal)", "PFS d", "ALC nadir/µL", "constraints ok"], rows);
        foreach (var i in result.Infeasibilities)
        {
            stdout.WriteLine($"excluded: {i.Message}");
        }

        stdout.WriteLine();
        stdout.WriteLine(result.Explanation);
        stdout.WriteLine(string.Create(c, $"{result.CandidateCount} candidate plans, {result.Simulations} simulations, {seconds:0.0} s."));
        if (outDir is not null)
        {
            stdout.WriteLine($"Report: {Path.Combine(outDir.FullName, "report.html")}");
        }
    }
}
