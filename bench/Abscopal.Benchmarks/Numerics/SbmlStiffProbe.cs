using System.Diagnostics;
using System.Globalization;
using Abscopal.Interop.Sbml;
using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Models;
using Abscopal.Models.Patients;
using Abscopal.Numerics.LinearAlgebra;
using Abscopal.Numerics.Ode;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;
using Abscopal.Simulation;

namespace Abscopal.Benchmarks.Numerics;

/// <summary>
/// <c>dotnet run -c Release --project bench/Abscopal.Benchmarks -- sbml-stiff MODEL.xml PARAMETERS.tsv END [REPEATS] [--dense] [ID=VALUE…]</c>:
/// times Rodas4 (rtol 1e-8, atol 1e-12) on an SBML model with a PEtab parameter table's nominal values (Stopwatch, fastest and
/// median of REPEATS solves after one warm-up) and prints the Jacobian's pattern, the fill of L + U and the solver's counters.
/// </summary>
public static class SbmlStiffProbe
{
    /// <summary>Runs the probe and prints one block of lines.</summary>
    public static int Run(string[] args)
    {
        var document = SbmlReader.ReadFile(args[1]);
        var compiled = ModelCompiler.Compile(document.Model);
        var instance = compiled.CreateInstance();
        var modelParameters = document.Model.Parameters.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var lines = File.ReadAllLines(args[2]);
        var header = lines[0].Split('\t');
        int idColumn = Array.IndexOf(header, "parameterId"), valueColumn = Array.IndexOf(header, "nominalValue");
        var set = 0;
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split('\t');
            var id = document.ModelId(fields[idColumn]);
            if (modelParameters.Contains(id))
            {
                instance.SetValue(id, double.Parse(fields[valueColumn], CultureInfo.InvariantCulture));
                set++;
            }
        }

        // A PEtab condition's values: ID=VALUE (e.g. Chen 2009's model1_data1: c1=5e-9).
        foreach (var assignment in args.Where(a => a.Contains('=', StringComparison.Ordinal) && !a.StartsWith('-')))
        {
            var parts = assignment.Split('=');
            instance.SetValue(document.ModelId(parts[0]), double.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        var end = double.Parse(args[3], CultureInfo.InvariantCulture);
        var repeats = args.Length > 4 && !args[4].StartsWith('-') && !args[4].Contains('=', StringComparison.Ordinal) ? int.Parse(args[4], CultureInfo.InvariantCulture) : 3;
        var dense = args.Contains("--dense");
        var settings = new SimulationSettings
        {
            EndTime = end,
            OutputTimes = [0, end],
            Algorithm = OdeAlgorithms.Stiff,
            Options = OdeOptions.Default with { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-12, SparseLinearAlgebra = !dense },
        };

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(args[1])}: {compiled.StateCount} states, {set} parameters set, {Fill(compiled.JacobianSparsity)}, {(dense ? "dense LU forced" : "sparse allowed")}"));
        var times = new List<double>();
        SimulationResult? result = null;
        for (var r = 0; r <= repeats; r++)
        {
            var watch = Stopwatch.StartNew();
            result = ModelSimulator.Simulate(instance, settings);
            watch.Stop();
            if (r > 0 || repeats == 0)
            {
                times.Add(watch.Elapsed.TotalSeconds);
            }
        }

        times.Sort();
        var s = result!.Statistics;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  time fastest {times[0]:F3} s, median {times[times.Count / 2]:F3} s over {times.Count}; steps {s.AcceptedSteps} accepted, {s.RejectedSteps} rejected; LU {s.LuDecompositions}, sparse LU {s.SparseLuDecompositions}; per step {times[0] / s.AcceptedSteps * 1e3:F4} ms"));
        var last = result.Row(result.Times.Count - 1);
        var checksum = 0.0;
        foreach (var v in last)
        {
            checksum += Math.Abs(v);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  final row: Σ|y| = {checksum:R}; first column {last[0]:R}"));
        return 0;
    }

    /// <summary>
    /// <c>-- sparse-fill</c>: the fill of L + U in the natural and the minimum degree order, and the one chosen, for abscopal-core
    /// with 1 to 5 lesions (the trial models).
    /// </summary>
    public static int CoreFill()
    {
        Lesion[] all =
        [
            Lesion.FromDiameter("liver1", AnatomicSite.Liver, 45), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 22), Lesion.FromDiameter("bone1", AnatomicSite.Bone, 30),
            Lesion.FromDiameter("node1", AnatomicSite.LymphNode, 18), Lesion.FromDiameter("breast1", AnatomicSite.Breast, 35),
        ];
        for (var lesions = 1; lesions <= all.Length; lesions++)
        {
            var patient = new Patient(HostSpecies.Human, 70, all[..lesions], BreastCancerSubtype.TripleNegative);
            var plan = new TreatmentPlan(70, [new RtCourse("liver1", 6, 5, 0, 1, false)], [new DrugRegimen("pembrolizumab", DrugDose.Flat(200), 0, 21, 8)]);
            var compiled = Simulator.Compile(BuiltinModels.AbscopalCore.Prepare(patient, plan).Generic);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"abscopal-core, {lesions} lesions: {compiled.StateCount} states, {Fill(compiled.JacobianSparsity)}"));
        }

        return 0;
    }

    /// <summary>
    /// <c>-- core-stiff LESIONS BATCHES</c>: the solve of <see cref="SparseStiffSolveBenchmarks"/> (Rodas4 throughout, sparse LU
    /// allowed) timed in BATCHES batches of 10 with a Stopwatch; prints the fastest and the median batch per solve.
    /// </summary>
    public static int CoreStiff(string[] args)
    {
        var benchmark = new SparseStiffSolveBenchmarks { Lesions = int.Parse(args[1], CultureInfo.InvariantCulture), Sparse = true };
        benchmark.Setup();
        var batches = int.Parse(args[2], CultureInfo.InvariantCulture);
        var steps = benchmark.Solve();
        var times = new List<double>();
        for (var b = 0; b < batches; b++)
        {
            var watch = Stopwatch.StartNew();
            for (var r = 0; r < 10; r++)
            {
                benchmark.Solve();
            }

            times.Add(watch.Elapsed.TotalMilliseconds / 10);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"abscopal-core {benchmark.Lesions} lesions, Rodas4, {steps} steps: fastest batch {times[0]:F3} ms, median {times[times.Count / 2]:F3} ms per solve; day-252 row {string.Join(' ', benchmark.FinalRow().Select(v => v.ToString("R", CultureInfo.InvariantCulture)))}"));
        return 0;
    }

    private static string Fill(SparsityPattern pattern)
    {
        var natural = SparseLuStructure.Natural(pattern);
        var ordered = SparseLuStructure.Permuted(pattern, MinimumDegreeOrdering.Compute(pattern));
        var chosen = pattern.Elimination;
        return string.Create(CultureInfo.InvariantCulture, $"Jacobian nnz {pattern.NonZeros} ({pattern.Density:P2}); L+U nnz natural {natural.NonZeros} ({natural.Density:P2}), minimum degree {ordered.NonZeros} ({ordered.Density:P2}); chosen: {(chosen.Permutation is null ? "natural" : "minimum degree")}");
    }
}
