using Abscopal.Modeling.Execution;
using Abscopal.Models;
using Abscopal.Models.Patients;
using Abscopal.Numerics.Ode;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;

namespace Abscopal.Simulation.Tests;

/// <summary>abscopal-core solved with the stiff method's sparse LU (the default) against the same solve with the dense LU with partial pivoting.</summary>
public class SparseLinearAlgebraTests
{
    [Fact]
    public void A_Five_Lesion_Patient_Gives_The_Same_Steps_And_States_With_The_Sparse_And_The_Dense_LU()
    {
        // Given a 5-lesion TNBC patient (40 states, a block-arrowhead Jacobian: lesions couple only through the blood and node
        // pools) with SBRT 6 Gy × 5 to the liver lesion and pembrolizumab q3w, over 252 days, by the stiff method (Rodas4) throughout
        var patient = new Patient(HostSpecies.Human, 70,
            [Lesion.FromDiameter("liver1", AnatomicSite.Liver, 45), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 22), Lesion.FromDiameter("bone1", AnatomicSite.Bone, 30),
             Lesion.FromDiameter("node1", AnatomicSite.LymphNode, 18), Lesion.FromDiameter("breast1", AnatomicSite.Breast, 35)],
            BreastCancerSubtype.TripleNegative);
        var plan = new TreatmentPlan(70, [new RtCourse("liver1", 6, 5, 0, 1, false)], [new DrugRegimen("pembrolizumab", DrugDose.Flat(200), 0, 21, 8)]);
        var setup = BuiltinModels.AbscopalCore.Prepare(patient, plan).Generic;
        var compiled = Simulator.Compile(setup);
        SimulationResult Solve(bool sparse)
        {
            var instance = compiled.CreateInstance();
            foreach (var (id, value) in setup.Values)
            {
                instance.SetValue(id, value);
            }

            return ModelSimulator.Simulate(instance, new SimulationSettings
            {
                EndTime = 252,
                Algorithm = OdeAlgorithms.Stiff,
                OutputTimes = [0, 42, 84, 126, 168, 210, 252],
                Options = OdeOptions.Default with { SparseLinearAlgebra = sparse },
            });
        }

        // When solved by Rodas4 with the sparse LU and with the dense LU
        var sparse = Solve(true);
        var dense = Solve(false);

        // Then every sparse-run factorisation used the pattern (the pivot test passed), and L + U stays sparse
        Assert.True(dense.Statistics.LuDecompositions > 100, $"{dense.Statistics.LuDecompositions} factorisations");
        Assert.Equal(sparse.Statistics.LuDecompositions, sparse.Statistics.SparseLuDecompositions);
        Assert.Equal(0, dense.Statistics.SparseLuDecompositions);
        Assert.True(compiled.JacobianSparsity.Density < 0.15, $"Jacobian density {compiled.JacobianSparsity.Density}");

        // And the two take the same steps, and the states agree to within the solver's own accuracy: |Δ| ≤ atol + rtol·|y|
        // (the two factorisations differ only by round-off; the error weights of OdeOptions.Default, rtol 1e-6, atol 1e-9)
        Assert.Equal(dense.Statistics.AcceptedSteps, sparse.Statistics.AcceptedSteps);
        foreach (var id in compiled.StateIds)
        {
            var a = sparse.Column(id);
            var b = dense.Column(id);
            for (var k = 0; k < a.Length; k++)
            {
                Assert.True(Math.Abs(a[k] - b[k]) <= 1e-9 + (1e-6 * Math.Abs(b[k])), $"{id} at row {k}: sparse {a[k]} vs dense {b[k]}");
            }
        }
    }
}
