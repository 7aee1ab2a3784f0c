using System.Collections.Immutable;
using System.Diagnostics;
using Abscopal.Models.Patients;
using Abscopal.Numerics.Ode;
using Abscopal.Numerics.Random;
using Abscopal.Numerics.Statistics;
using Abscopal.Simulation;
using Abscopal.Simulation.Ensembles;
using Abscopal.Simulation.Readouts;
using Abscopal.Trials.Designs;
using Abscopal.Trials.Endpoints;
using Abscopal.Trials.Internal;
using Abscopal.Trials.Populations;

namespace Abscopal.Trials;

/// <summary>
/// Runs a virtual trial: for each arm, patients drawn from the design's population (independent patients per arm, as in a
/// randomised trial) are simulated with abscopal-core on all cores and read out by RECIST 1.1; totals stream into exact
/// accumulators, so results are bit-identical for any thread count.
/// </summary>
public static class VirtualTrial
{
    /// <summary>Runs <paramref name="design"/>.</summary>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static TrialResult Run(TrialDesign design, TrialRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        options ??= TrialRunOptions.Default;
        var population = new VirtualPopulation(design.Population, variability: options.Variability);
        var days = design.Assessment.Days();
        var span = Math.Max(design.Assessment.UntilDay, design.Responder?.Day ?? 0);
        var simulation = new SimulationOptions { Days = span, OutputEveryDays = Math.Min(design.OutputEveryDays, span) };
        var watch = Stopwatch.StartNew();
        var totals = new ArmAccumulator[design.Arms.Length];
        for (var a = 0; a < design.Arms.Length; a++)
        {
            var arm = design.Arms[a];
            options.ArmStarted?.Invoke(arm.Name);
            var ensemble = new EnsembleOptions { Seed = ArmSeed(design.Seed, a), Threads = options.Threads, ChunkSize = options.ChunkSize, Cancellation = options.Cancellation };
            totals[a] = Ensemble.Run(
                design.PatientsPerArm,
                ensemble,
                () => 0,
                () => new ArmAccumulator(options.KeepPatients),
                (long i, ref RandomStream random, int _, ArmAccumulator acc) =>
                {
                    var patient = population.Sample(ref random, i);
                    if (SimulatePatient(patient, arm, design, days, simulation) is { } record)
                    {
                        acc.Add(record);
                    }
                    else
                    {
                        acc.AddFailure();
                    }
                });
        }

        watch.Stop();
        var arms = design.Arms.Select((arm, a) => Summarise(arm.Name, totals[a], design.Responder is not null)).ToArray();
        var comparisons = new List<TrialComparison>();
        for (var a = 1; a < arms.Length; a++)
        {
            comparisons.Add(Compare(design.Arms[0].Name, totals[0].All.ProgressionFree.ToTable(), design.Arms[a].Name, totals[a].All.ProgressionFree.ToTable()));
        }

        var rows = options.KeepPatients
            ? totals.SelectMany(t => t.Rows!.OrderBy(r => r.Index)).ToArray()
            : [];
        return new TrialResult(design.Name, design.Seed, Array.AsReadOnly(days), Array.AsReadOnly(arms), comparisons.AsReadOnly(), Array.AsReadOnly(rows), watch.Elapsed.TotalSeconds);
    }

    /// <summary>Simulates one virtual patient in one arm and reads it out; null when the solver fails for this patient.</summary>
    public static PatientRecord? SimulatePatient(VirtualPatient patient, TrialArm arm, TrialDesign design, double[] assessmentDays, SimulationOptions simulation)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(arm);
        ArgumentNullException.ThrowIfNull(design);
        var plan = arm.Treatment.PlanFor(patient.Patient);
        PatientSimulation result;
        try
        {
            result = Simulator.Run(patient.Request(plan, simulation));
        }
        catch (OdeSolverException)
        {
            return null;
        }

        var outcome = PatientReadout.Evaluate(result, assessmentDays, design.Recist);
        bool? responder = null;
        if (design.Responder is { } rule)
        {
            var k = Array.BinarySearch(result.Times, rule.Day);
            responder = result.Lesions.All(l => Volume(result.Times, l.VolumeMm3, rule.Day, k) <= rule.MaxVolumeMm3);
        }

        var irradiated = string.Join('+', result.Lesions.Where(l => l.Irradiated).Select(l => l.Id));
        var record = new PatientRecord(arm.Name, patient.Index, patient.Patient.Lesions.Length, irradiated, patient.Patient.Biomarkers, patient.DoublingTimeDays, outcome, responder);
        if (design.Population.Species == HostSpecies.Mouse)
        {
            // Mouse experiments are small: keep each tumour's caliper volumes for group growth curves.
            record = record with { Tumours = [.. result.Lesions.Select(l => new TumourVolumes(l.Id, l.Irradiated, [.. assessmentDays.Select(d => Volume(result.Times, l.VolumeMm3, d, Array.BinarySearch(result.Times, d)))]))] };
        }

        return record;
    }

    /// <summary>The ensemble seed of arm <paramref name="arm"/> (SplitMix64 of seed and arm), so that arms hold independent patients.</summary>
    public static ulong ArmSeed(ulong seed, int arm)
    {
        var z = seed + (0x9E3779B97F4A7C15UL * (ulong)(arm + 1));
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static double Volume(double[] times, double[] volumes, double day, int k)
    {
        if (k >= 0)
        {
            return volumes[k];
        }

        k = Math.Clamp(~k, 1, times.Length - 1);
        var w = (day - times[k - 1]) / (times[k] - times[k - 1]);
        return volumes[k - 1] + (w * (volumes[k] - volumes[k - 1]));
    }

    internal static ArmResult Summarise(string name, ArmAccumulator t, bool responders)
    {
        var table = t.All.ProgressionFree.ToTable();
        var curve = KaplanMeier.Estimate(table);
        var subgroups = ArmAccumulator.SubgroupTests.Select((g, i) =>
        {
            var s = t.Subgroups[i];
            var median = s.Patients == 0 ? new MedianSurvival(double.NaN, double.NaN, double.NaN, 0.95) : KaplanMeier.Estimate(s.ProgressionFree.ToTable()).Median();
            return new SubgroupResult(g.Name, s.Patients, s.Responses.Wilson(), median);
        }).ToArray();
        return new ArmResult(
            name,
            t.All.Patients,
            t.All.Responses.Wilson(),
            t.All.AbscopalResponses.Wilson(),
            t.All.DiseaseControl.Wilson(),
            curve,
            curve.Median(),
            Array.AsReadOnly(t.All.LymphopeniaGrades.ToArray()),
            t.All.MeanAlcNadir,
            responders ? t.Responders.Wilson() : null,
            Array.AsReadOnly(subgroups),
            t.Failures);
    }

    private static TrialComparison Compare(string reference, SurvivalTable a, string arm, SurvivalTable b)
    {
        var p = double.NaN;
        double hr = double.NaN, low = double.NaN, high = double.NaN;
        if (a.TotalEvents + b.TotalEvents > 0)
        {
            p = LogRankTest.Compare(a, b).PValue;
            try
            {
                var cox = CoxProportionalHazards.FitTwoGroups(a, b);
                (hr, low, high) = (cox.HazardRatio(0), cox.HazardRatioLower(0), cox.HazardRatioUpper(0));
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ArithmeticException)
            {
                // No finite maximum (e.g. all events in one arm): the hazard ratio stays NaN.
            }
        }

        return new TrialComparison(reference, arm, p, hr, low, high);
    }
}
