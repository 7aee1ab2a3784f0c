using System.Diagnostics;
using System.Globalization;
using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Models;
using Abscopal.Models.Patients;
using Abscopal.Numerics.Ode;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;
using Abscopal.Simulation;

namespace Abscopal.Benchmarks.Simulation;

/// <summary>
/// <c>dotnet run -c Release --project bench/Abscopal.Benchmarks -- patient-loop [batches]</c>: times the steps of one
/// <see cref="Simulator.Run"/> of the issue-5 patient (<see cref="PatientSimulationBenchmarks"/>) with a Stopwatch, and
/// prints the fastest and the median batch per call. On a shared machine the fastest batch is the least disturbed one.
/// </summary>
public static class PatientLoop
{
    /// <summary>Runs the loop and prints a table.</summary>
    public static int Run(string[] args)
    {
        var batches = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
        var patient = new Patient(HostSpecies.Human, 70,
            [Lesion.FromDiameter("liver1", AnatomicSite.Liver, 30), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 20), Lesion.FromDiameter("bone1", AnatomicSite.Bone, 25)],
            BreastCancerSubtype.TripleNegative);
        var plan = new TreatmentPlan(70, [new RtCourse("liver1", 8, 3, 0, 1, false)], [new DrugRegimen("pembrolizumab", DrugDose.Flat(200), 0, 21, 9)]);
        var request = SimulationRequest.For("abscopal-core") with { Patient = patient, Plan = plan };
        var sparse = request with { Options = new SimulationOptions { OutputTimesDays = [0, 42, 84, 126, 168] } };
        var setup = BuiltinModels.AbscopalCore.Prepare(patient, plan);
        var compiled = Simulator.Compile(setup);
        var instance = compiled.CreateInstance();
        foreach (var (id, value) in setup.Values)
        {
            instance.SetValue(id, value);
        }

        var outputs = new List<string>(compiled.StateIds) { "V_liver1", "V_lung1", "V_bone1", "ALC" };
        var settings = new SimulationSettings
        {
            EndTime = 180,
            OutputTimes = SimulationOptions.Default.OutputTimes(),
            Options = OdeOptions.Default with { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-9 },
        };
        var observed = settings with { Outputs = outputs };
        var steps = new (string Name, int Calls, Func<double> Body)[]
        {
            ("Simulator.Run, daily rows", 5, () => Simulator.Run(request).Lesions[0].DiameterMm[^1]),
            ("Simulator.Run, rows every 42 days", 5, () => Simulator.Run(sparse).Lesions[0].DiameterMm[^1]),
            ("solve, states only, daily rows", 5, () => ModelSimulator.Simulate(instance, settings).Times[^1]),
            ("solve, states + volumes + ALC, daily rows", 5, () => ModelSimulator.Simulate(instance, observed).Times[^1]),
            ("prepare (values, structure key)", 20, () => BuiltinModels.AbscopalCore.Prepare(patient, plan).Generic.StructureKey.Length),
            ("compiled-model lookup + instance + bind values", 20, () => Bind(setup)),
            ("initial values, compiled kernel", 20, () => Initial(instance, compiled: true)),
            ("initial values, IR interpreter", 20, () => Initial(instance, compiled: false)),
        };

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, load average {LoadAverage()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {batches} batches"));
        foreach (var (_, calls, body) in steps)
        {
            for (var w = 0; w < calls; w++)
            {
                _ = body();
            }
        }

        // Batches of the steps interleave, so that a burst of load on the shared machine hits every step alike.
        var perCall = new double[steps.Length][];
        var bytes = new long[steps.Length];
        for (var s = 0; s < steps.Length; s++)
        {
            perCall[s] = new double[batches];
        }

        for (var b = 0; b < batches; b++)
        {
            for (var s = 0; s < steps.Length; s++)
            {
                var (_, calls, body) = steps[s];
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                for (var c = 0; c < calls; c++)
                {
                    _ = body();
                }

                perCall[s][b] = clock.Elapsed.TotalMicroseconds / calls;
                bytes[s] += (GC.GetAllocatedBytesForCurrentThread() - allocated) / calls;
            }
        }

        Console.WriteLine("| step | fastest batch, per call | median batch, per call | allocated per call |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        for (var s = 0; s < steps.Length; s++)
        {
            Array.Sort(perCall[s]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {steps[s].Name} | {perCall[s][0]:0.0} µs | {perCall[s][batches / 2]:0.0} µs | {bytes[s] / batches / 1024.0:0.0} KB |"));
        }

        return 0;
    }

    private static double Bind(ModelSetup setup)
    {
        var instance = Simulator.Compile(setup).CreateInstance();
        foreach (var (id, value) in setup.Values)
        {
            instance.SetValue(id, value);
        }

        return instance.Dimension;
    }

    private static double Initial(ModelInstance instance, bool compiled)
    {
        var y = new double[instance.Dimension];
        if (compiled)
        {
            _ = instance.InitializeCompiled(0, y);
        }
        else
        {
            instance.InitializeInterpreted(0, y);
        }

        return y[0];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
