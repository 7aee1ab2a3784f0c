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

namespace Abscopal.Benchmarks.Numerics;

/// <summary>
/// The stiff method (Rodas4) on abscopal-core with the LU of I/(hγ) − J on the Jacobian's sparsity pattern vs dense with partial
/// pivoting (<see cref="OdeOptions.SparseLinearAlgebra"/>): a TNBC patient with 3 or 5 lesions (29 or 40 states), SBRT 6 Gy × 5 and
/// pembrolizumab q3w × 8, 252 days, rows at the 42-day assessments; both take the same steps (tests/Abscopal.Simulation.Tests).
/// </summary>
[MemoryDiagnoser]
public class SparseStiffSolveBenchmarks
{
    private ModelInstance _instance = null!;
    private SimulationSettings _settings = null!;

    /// <summary>Number of lesions (3: 29 states; 5: 40 states).</summary>
    [Params(3, 5)]
    public int Lesions { get; set; }

    /// <summary>Whether the LU uses the sparsity pattern.</summary>
    [Params(true, false)]
    public bool Sparse { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Lesion[] all =
        [
            Lesion.FromDiameter("liver1", AnatomicSite.Liver, 45), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 22), Lesion.FromDiameter("bone1", AnatomicSite.Bone, 30),
            Lesion.FromDiameter("node1", AnatomicSite.LymphNode, 18), Lesion.FromDiameter("breast1", AnatomicSite.Breast, 35),
        ];
        var patient = new Patient(HostSpecies.Human, 70, all[..Lesions], BreastCancerSubtype.TripleNegative);
        var plan = new TreatmentPlan(70, [new RtCourse("liver1", 6, 5, 0, 1, false)], [new DrugRegimen("pembrolizumab", DrugDose.Flat(200), 0, 21, 8)]);
        var setup = BuiltinModels.AbscopalCore.Prepare(patient, plan).Generic;
        _instance = Simulator.Compile(setup).CreateInstance();
        foreach (var (id, value) in setup.Values)
        {
            _instance.SetValue(id, value);
        }

        _settings = new SimulationSettings
        {
            EndTime = 252,
            OutputTimes = [0, 42, 84, 126, 168, 210, 252],
            Algorithm = OdeAlgorithms.Stiff,
            Options = OdeOptions.Default with { SparseLinearAlgebra = Sparse },
        };
    }

    /// <summary>One 252-day solve by Rodas4 throughout.</summary>
    [Benchmark]
    public int Solve() => ModelSimulator.Simulate(_instance, _settings).Statistics.AcceptedSteps;

    /// <summary>The last output row (day 252) of one solve, to compare builds.</summary>
    public double[] FinalRow()
    {
        var result = ModelSimulator.Simulate(_instance, _settings);
        return result.Row(result.Times.Count - 1).ToArray();
    }
}
