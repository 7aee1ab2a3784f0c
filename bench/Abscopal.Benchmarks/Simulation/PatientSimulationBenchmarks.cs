using Abscopal.Modeling;
using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Models;
using Abscopal.Models.Patients;
using Abscopal.Numerics.Ode;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;
using Abscopal.Simulation;
using BenchmarkDotNet.Attributes;

namespace Abscopal.Benchmarks.Simulation;

/// <summary>
/// One abscopal-core patient (TNBC, liver 30 mm, lung 20 mm, bone 25 mm), 180 days, daily output, 8 Gy × 3 to the liver lesion
/// and pembrolizumab 200 mg q3w × 9 (issue 5 target: under 1 ms per simulation, nothing allocated in the right-hand side).
/// </summary>
[MemoryDiagnoser]
public class PatientSimulationBenchmarks
{
    private SimulationRequest _request = null!;
    private SimulationRequest _sparse = null!;
    private ModelSetup _setup = null!;
    private Model _model = null!;
    private ModelInstance _instance = null!;
    private SimulationSettings _settings = null!;
    private double[] _y = null!;
    private double[] _dydt = null!;

    [GlobalSetup]
    public void Setup()
    {
        var patient = new Patient(HostSpecies.Human, 70,
            [Lesion.FromDiameter("liver1", AnatomicSite.Liver, 30), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 20), Lesion.FromDiameter("bone1", AnatomicSite.Bone, 25)],
            BreastCancerSubtype.TripleNegative);
        var plan = new TreatmentPlan(70, [new RtCourse("liver1", 8, 3, 0, 1, false)], [new DrugRegimen("pembrolizumab", DrugDose.Flat(200), 0, 21, 9)]);
        _request = SimulationRequest.For("abscopal-core") with { Patient = patient, Plan = plan };
        _sparse = _request with { Options = new SimulationOptions { OutputTimesDays = [0, 42, 84, 126, 168] } };
        _setup = BuiltinModels.AbscopalCore.Prepare(patient, plan);
        _model = _setup.BuildModel();
        _instance = Simulator.Compile(_setup).CreateInstance();
        foreach (var (id, value) in _setup.Values)
        {
            _instance.SetValue(id, value);
        }

        _settings = new SimulationSettings
        {
            EndTime = 180,
            OutputTimes = SimulationOptions.Default.OutputTimes(),
            Options = OdeOptions.Default with { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-9 },
        };
        _y = new double[_instance.Dimension];
        _dydt = new double[_instance.Dimension];
        _instance.Initialize(0, _y);
    }

    /// <summary>The whole engine call: prepare the plan's values, look up the cached compiled model, solve, read out lesions.</summary>
    [Benchmark(Baseline = true)]
    public double SimulatePatient() => Simulator.Run(_request).Lesions[0].DiameterMm[^1];

    /// <summary>The whole engine call with rows only at the RECIST assessments every 42 days (0, 42, …, 168; trials).</summary>
    [Benchmark]
    public double SimulatePatientEvery42Days() => Simulator.Run(_sparse).Lesions[0].DiameterMm[^1];

    /// <summary>Solve only, on a prepared instance (initial values, events, 181 output rows).</summary>
    [Benchmark]
    public double SolveOnly() => ModelSimulator.Simulate(_instance, _settings).Times[^1];

    /// <summary>Initial state only: initial assignments and rules, evaluated by the IR interpreter.</summary>
    [Benchmark]
    public double InitializeOnly()
    {
        _instance.Initialize(0, _y);
        return _y[0];
    }

    /// <summary>Preparing the plan's bound values (parameter sets, event times and doses, structure key).</summary>
    [Benchmark]
    public int PrepareOnly() => BuiltinModels.AbscopalCore.Prepare(_request.Patient, _request.Plan).Values.Count;

    /// <summary>One right-hand-side evaluation (29 states).</summary>
    [Benchmark]
    public double RightHandSide()
    {
        _instance.Derivative(1.0, _y, _dydt);
        return _dydt[0];
    }

    /// <summary>What the structure cache saves: compiling the model anew.</summary>
    [Benchmark]
    public int CompileStructure() => ModelCompiler.Compile(_model).StateCount;
}
