using Abscopal.Numerics.LinearAlgebra;
using Abscopal.Numerics.Ode;

namespace Abscopal.Numerics.Tests.Ode;

/// <summary>
/// Rodas4 factorising on the Jacobian's sparsity pattern (<see cref="IOdeJacobianSparsity"/>), in the natural order or a
/// minimum degree order, against the exact solutions of stiff linear systems and against the same method with the dense LU.
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

    [Fact]
    public void Rodas4_On_A_Hub_First_Star_Factorises_In_The_Minimum_Degree_Order_And_Matches_The_Exact_Solution()
    {
        // Given a stiff linear star network, hub first: H → L_i at rate k and L_i → H at rate m (i = 1…N, N = 30, k = 100, m = 0.5):
        // its Jacobian is an arrowhead whose natural order fills L + U completely (n² > 40% of n²), while the minimum degree
        // order (leaves first) has no fill, 3n − 2
        var system = new StarNetwork();
        var pattern = system.JacobianSparsity;
        Assert.Equal(pattern.Dimension * pattern.Dimension, SparseLuStructure.Natural(pattern).NonZeros);
        Assert.Equal((3 * pattern.Dimension) - 2, pattern.Elimination.NonZeros);
        Assert.NotNull(pattern.Elimination.Permutation);

        double[] outputs = [0, 1e-3, 0.01, 0.1, 1, 10];
        var problem = new OdeProblem(system, 0, 10, StarNetwork.Initial(), outputs);
        var options = new OdeOptions { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-12 };

        // When solved by Rodas4 with the sparse LU in that order (the default) and with the dense LU
        var sparse = Abscopal.Numerics.Ode.Ode.Solve(problem, OdeAlgorithms.Stiff, options);
        var dense = Abscopal.Numerics.Ode.Ode.Solve(problem, OdeAlgorithms.Stiff, options with { SparseLinearAlgebra = false });

        // Then every factorisation of the sparse run used the permuted pattern
        Assert.True(sparse.Statistics.LuDecompositions > 0);
        Assert.Equal(sparse.Statistics.LuDecompositions, sparse.Statistics.SparseLuDecompositions);

        // And both take the same steps and agree to round-off
        Assert.Equal(dense.Statistics.AcceptedSteps, sparse.Statistics.AcceptedSteps);
        for (var r = 0; r < outputs.Length; r++)
        {
            for (var i = 0; i < system.Dimension; i++)
            {
                Assert.Equal(dense.States[r][i], sparse.States[r][i], 1e-12 + (1e-10 * Math.Abs(dense.States[r][i])));

                // And agree with the exact solution to the requested tolerance (proportionality constant ≤ 100)
                var exact = StarNetwork.Exact(outputs[r], i);
                Assert.True(Math.Abs(sparse.States[r][i] - exact) <= 100 * (1e-12 + (1e-8 * Math.Abs(exact))), $"t {outputs[r]}, y[{i}]: {sparse.States[r][i]} vs exact {exact}");
            }
        }
    }

    /// <summary>
    /// H' = −N·k·H + m·Σ L_i, L_i' = k·H − m·L_i (state 0 is H). With T = H + Σ L_i conserved, H relaxes at rate N·k + m to
    /// m·T/(N·k + m), and each L_i − mean(L) decays at rate m, so L_i = (T − H)/N + (L_i(0) − mean L(0))·e^(−mt).
    /// </summary>
    private sealed class StarNetwork : IOdeSystem, IOdeJacobianSparsity, IOdeTimeDerivative
    {
        private const int Leaves = 30;
        private const double K = 100;
        private const double M = 0.5;

        public StarNetwork()
        {
            var entries = new List<(int, int)> { (0, 0) };
            for (var i = 1; i <= Leaves; i++)
            {
                entries.AddRange([(0, i), (i, 0), (i, i)]);
            }

            JacobianSparsity = SparsityPattern.FromEntries(Dimension, entries);
        }

        public int Dimension => Leaves + 1;

        public bool HasJacobian => true;

        public SparsityPattern JacobianSparsity { get; }

        public static double[] Initial() => [.. Enumerable.Range(0, Leaves + 1).Select(i => i == 0 ? 1.0 : 0.1 * i / Leaves)];

        public static double Exact(double t, int i)
        {
            var y0 = Initial();
            var total = y0.Sum();
            var rate = (Leaves * K) + M;
            var hInfinity = M * total / rate;
            var h = hInfinity + ((y0[0] - hInfinity) * Math.Exp(-rate * t));
            if (i == 0)
            {
                return h;
            }

            var mean = y0.Skip(1).Average();
            return ((total - h) / Leaves) + ((y0[i] - mean) * Math.Exp(-M * t));
        }

        public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt)
        {
            var sum = 0.0;
            for (var i = 1; i <= Leaves; i++)
            {
                sum += y[i];
                dydt[i] = (K * y[0]) - (M * y[i]);
            }

            dydt[0] = (-Leaves * K * y[0]) + (M * sum);
        }

        public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian)
        {
            jacobian.Clear();
            var n = Dimension;
            jacobian[0] = -Leaves * K;
            for (var i = 1; i <= Leaves; i++)
            {
                jacobian[i] = M;
                jacobian[i * n] = K;
                jacobian[(i * n) + i] = -M;
            }
        }

        public void TimeDerivative(double t, ReadOnlySpan<double> y, Span<double> dfdt) => dfdt.Clear();
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
