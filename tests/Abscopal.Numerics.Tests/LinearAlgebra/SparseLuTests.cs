using Abscopal.Numerics.LinearAlgebra;

namespace Abscopal.Numerics.Tests.LinearAlgebra;

/// <summary>
/// Sparse LU of W = σI − J on a fixed pattern, without row exchanges: solutions against the dense LU with partial pivoting
/// (Golub &amp; Van Loan, <i>Matrix Computations</i>, §3.4) and residuals; fill-in against the known elimination structure of
/// arrowhead matrices (George &amp; Liu 1981, §5; Davis 2006, §6).
/// </summary>
public sealed class SparseLuTests
{
    [Fact]
    public void An_Arrowhead_With_Its_Hub_Last_Has_No_Fill_And_With_Its_Hub_First_Fills_Completely()
    {
        // Given an n×n arrowhead: a diagonal plus a full last (or first) row and column
        const int n = 10;
        var last = Arrowhead(n, hub: n - 1);
        var first = Arrowhead(n, hub: 0);

        // Then eliminating the leaves before the hub creates no fill: nnz(L+U) = nnz(A) = 3n − 2 (George & Liu 1981, §5)
        Assert.Equal(3 * n - 2, last.NonZeros);
        Assert.Equal(3 * n - 2, last.Elimination.NonZeros);

        // And eliminating the hub first couples every pair of leaves: L+U is full, n²
        Assert.Equal(n * n, first.Elimination.NonZeros);
    }

    [Fact]
    public void Solves_Like_The_Dense_LU_When_Its_Backward_Error_Is_Small()
    {
        // Given random sparse J (15% of entries, uniform in (−1, 1), plus the diagonal) and W = σI − J for σ from 100 down to 0.5
        var rng = new System.Random(20261127);
        var accepted = 0;
        for (var trial = 0; trial < 60; trial++)
        {
            var n = rng.Next(5, 40);
            var (jacobian, pattern) = RandomSparse(rng, n, 0.15);
            foreach (var shift in (double[])[100, 10, 2, 0.5])
            {
                var b = Enumerable.Range(0, n).Select(i => Math.Sin(i + 1.0)).ToArray();
                var w = Shifted(jacobian, n, shift);

                // When solved by the sparse LU without row exchanges and by the dense LU with partial pivoting
                var sparse = new SparseLu(pattern);
                var xs = (double[])b.Clone();
                var factored = sparse.Factor(jacobian, shift);
                if (factored)
                {
                    sparse.Solve(xs);
                }

                var omega = factored ? sparse.BackwardError(jacobian, shift, xs, b) : double.PositiveInfinity;

                // Then a strongly diagonally dominant W (σ = 100 > the largest row sum of |J|, ≤ 40·1) is always solved backward-stably,
                // to a few ulps (Higham 2002, Thm 9.3 with growth ≤ 2 for diagonally dominant matrices, Thm 13.8)
                if (shift == 100)
                {
                    Assert.True(factored && omega <= 1e-14, $"trial {trial}: ω = {omega}");
                }

                if (!(omega <= 1e-12))
                {
                    continue;
                }

                accepted++;
                var xd = (double[])b.Clone();
                var dense = (double[])w.Clone();
                var pivots = new int[n];
                Assert.True(DenseLu.Factor(dense, n, pivots));
                DenseLu.Solve(dense, n, pivots, xd);

                // And an accepted solution has a residual at round-off level and agrees with the dense one
                var scale = xd.Max(Math.Abs);
                Assert.True(Residual(w, n, xs, b) <= 1e-12 * (1 + (shift * scale)), $"trial {trial}, σ {shift}: residual {Residual(w, n, xs, b)}");
                for (var i = 0; i < n; i++)
                {
                    Assert.True(Math.Abs(xs[i] - xd[i]) <= 1e-8 * scale, $"trial {trial}, σ {shift}, x[{i}]: sparse {xs[i]} vs dense {xd[i]}");
                }
            }
        }

        Assert.True(accepted >= 150, $"only {accepted} of 240 systems accepted");
    }

    [Fact]
    public void Measures_The_Backward_Error_Of_A_Pivot_Order_That_Needs_Row_Exchanges()
    {
        // Given W = [[1e-12, 1], [1, 1]] (σ = 0, J = −W) and b = (1, 2): x ≈ (1, 1), but without row exchanges the multiplier is 1e12
        // and the second pivot 1 − 1e12 swamps the data (Golub & Van Loan §3.3.1)
        double[] jacobian = [-1e-12, -1, -1, -1];
        var lu = new SparseLu(SparsityPattern.FromFlatIndices(2, [0, 1, 2, 3]));
        Assert.True(lu.Factor(jacobian, 0));
        double[] b = [1, 2];
        var x = (double[])b.Clone();
        lu.Solve(x);

        // Then the componentwise backward error shows it: far above round-off (the caller then factors densely)
        Assert.True(lu.BackwardError(jacobian, 0, x, b) > 1e-6, $"ω = {lu.BackwardError(jacobian, 0, x, b)}");

        // And with the rows in the safe order, W = [[1, 1], [1e-12, 1]], the same solve is backward stable
        double[] swapped = [-1, -1, -1e-12, -1];
        Assert.True(lu.Factor(swapped, 0));
        double[] b2 = [2, 1];
        var x2 = (double[])b2.Clone();
        lu.Solve(x2);
        Assert.True(lu.BackwardError(swapped, 0, x2, b2) <= 1e-15);
        Assert.Equal(1.0, x2[0], 1e-11);
        Assert.Equal(1.0, x2[1], 1e-11);
    }

    [Fact]
    public void Reports_A_Zero_Pivot()
    {
        // Given a singular W: two equal rows
        double[] jacobian = [-1, -2, -1, -2];
        var lu = new SparseLu(SparsityPattern.FromFlatIndices(2, [0, 1, 2, 3]));
        Assert.False(lu.Factor(jacobian, 0));
    }

    [Fact]
    public void A_Pattern_Knows_Its_Entries_And_Rejects_Indices_Outside_The_Matrix()
    {
        var pattern = SparsityPattern.FromEntries(3, [(0, 0), (2, 1), (2, 1), (1, 2)]);
        Assert.Equal(3, pattern.NonZeros);
        Assert.True(pattern.Contains(2, 1));
        Assert.False(pattern.Contains(1, 2 + 1));
        Assert.False(pattern.Contains(1, 1));
        Assert.Equal(3.0 / 9, pattern.Density, 15);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SparsityPattern.FromFlatIndices(3, [9]));
        Assert.Contains("[0, 9)", error.Message, StringComparison.Ordinal);
    }

    private static SparsityPattern Arrowhead(int n, int hub)
    {
        var entries = new List<(int, int)>();
        for (var i = 0; i < n; i++)
        {
            entries.Add((i, i));
            if (i != hub)
            {
                entries.Add((i, hub));
                entries.Add((hub, i));
            }
        }

        return SparsityPattern.FromEntries(n, entries);
    }

    private static (double[] Jacobian, SparsityPattern Pattern) RandomSparse(System.Random rng, int n, double density)
    {
        var jacobian = new double[n * n];
        var indices = new List<int>();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i == j || rng.NextDouble() < density)
                {
                    jacobian[(i * n) + j] = (2 * rng.NextDouble()) - 1;
                    indices.Add((i * n) + j);
                }
            }
        }

        return (jacobian, SparsityPattern.FromFlatIndices(n, indices));
    }

    private static double[] Shifted(double[] jacobian, int n, double shift)
    {
        var w = jacobian.Select(v => -v).ToArray();
        for (var i = 0; i < n; i++)
        {
            w[(i * n) + i] += shift;
        }

        return w;
    }

    private static double Residual(double[] w, int n, double[] x, double[] b)
    {
        var max = 0.0;
        for (var i = 0; i < n; i++)
        {
            var sum = -b[i];
            for (var j = 0; j < n; j++)
            {
                sum += w[(i * n) + j] * x[j];
            }

            max = Math.Max(max, Math.Abs(sum));
        }

        return max;
    }
}
