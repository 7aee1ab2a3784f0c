using Abscopal.Numerics.LinearAlgebra;
using Abscopal.Numerics.Ode;

namespace Abscopal.Numerics.Tests.Ode;

/// <summary>
/// Rodas4 factorising on the Jacobian's sparsity pattern (<see cref="IOdeJacobianSparsity"/>) against the exact solution of a
/// stiff linear system and against the same method with the dense LU.
/// </summary>
public sealed class SparseJacobianTests
{
    [Fact]
    public void Rodas4_On_The_Sparsity_Pattern_Matches_The_Exact_Solution_And_The_Dense_Path()
    {
        // Given 8 uncoupled stiff blocks u' = −a·u + b·v, v' = −c·v (n = 16; decay rates from 1 to 1e4 per unit time) whose
        // exact solution is v = v0·e^(−ct), u = u0·e^(−at) + b·v0·(e^(−ct) − e^(−at))/(a − c)
        var system = new StiffBlocks();
        var y0 = new double[system.Dimension];
        Array.Fill(y0, 1.0);
        double[] outputs = [0, 0.01, 0.1, 1, 5];
        var problem = new OdeProblem(system, 0, 5, y0, outputs);
        var options = new OdeOptions { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-12 };

        // When solved by Rodas4 with the sparse LU (the default) and with the dense LU
        var sparse = Abscopal.Numerics.Ode.Ode.Solve(problem, OdeAlgorithms.Stiff, options);
        var dense = Abscopal.Numerics.Ode.Ode.Solve(problem, OdeAlgorithms.Stiff, options with { SparseLinearAlgebra = false });

        // Then every factorisation of the sparse run used the pattern, and none of the dense run did
        Assert.True(sparse.Statistics.LuDecompositions > 0);
        Assert.Equal(sparse.Statistics.LuDecompositions, sparse.Statistics.SparseLuDecompositions);
        Assert.Equal(0, dense.Statistics.SparseLuDecompositions);

        // And both take the same steps and agree to round-off (the two LUs differ only in the order of operations)
        Assert.Equal(dense.Statistics.AcceptedSteps, sparse.Statistics.AcceptedSteps);
        for (var k = 0; k < outputs.Length; k++)
        {
            for (var i = 0; i < system.Dimension; i++)
            {
                Assert.Equal(dense.States[k][i], sparse.States[k][i], 1e-12 + (1e-10 * Math.Abs(dense.States[k][i])));

                // And the error against the exact solution is at the requested tolerance (proportionality constant ≤ 100)
                var exact = StiffBlocks.Exact(outputs[k], i);
                Assert.True(Math.Abs(sparse.States[k][i] - exact) <= 100 * (1e-12 + (1e-8 * Math.Abs(exact))), $"t {outputs[k]}, y[{i}]: {sparse.States[k][i]} vs exact {exact}");
            }
        }
    }

    /// <summary>u_k' = −a_k u_k + b v_k, v_k' = −c_k v_k, k = 0…7, states ordered (u_0, v_0, u_1, v_1, …).</summary>
    private sealed class StiffBlocks : IOdeSystem, IOdeJacobianSparsity, IOdeTimeDerivative
    {
        private const int Blocks = 8;
        private const double B = 2;

        public StiffBlocks()
        {
            var entries = new List<(int, int)>();
            for (var k = 0; k < Blocks; k++)
            {
                entries.Add((2 * k, 2 * k));
                entries.Add((2 * k, (2 * k) + 1));
                entries.Add(((2 * k) + 1, (2 * k) + 1));
            }

            JacobianSparsity = SparsityPattern.FromEntries(Dimension, entries);
        }

        public int Dimension => 2 * Blocks;

        public bool HasJacobian => true;

        public SparsityPattern JacobianSparsity { get; }

        public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt)
        {
            for (var k = 0; k < Blocks; k++)
            {
                dydt[2 * k] = (-A(k) * y[2 * k]) + (B * y[(2 * k) + 1]);
                dydt[(2 * k) + 1] = -C(k) * y[(2 * k) + 1];
            }
        }

        public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian)
        {
            jacobian.Clear();
            var n = Dimension;
            for (var k = 0; k < Blocks; k++)
            {
                jacobian[(2 * k * n) + (2 * k)] = -A(k);
                jacobian[(2 * k * n) + (2 * k) + 1] = B;
                jacobian[(((2 * k) + 1) * n) + (2 * k) + 1] = -C(k);
            }
        }

        public void TimeDerivative(double t, ReadOnlySpan<double> y, Span<double> dfdt) => dfdt.Clear();

        public static double Exact(double t, int i)
        {
            var k = i / 2;
            var v = Math.Exp(-C(k) * t);
            return i % 2 == 1 ? v : Math.Exp(-A(k) * t) + (B * (v - Math.Exp(-A(k) * t)) / (A(k) - C(k)));
        }

        private static double A(int k) => Math.Pow(10, 4.0 * k / (Blocks - 1));

        private static double C(int k) => 0.5 * Math.Pow(10, 4.0 * (Blocks - 1 - k) / (Blocks - 1));
    }
}
