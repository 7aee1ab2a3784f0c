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
    public void An_Arrowhead_With_Its_Hub_Last_Has_No_Fill_And_With_Its_Hub_First_Fills_Completely_Unless_Reordered()
    {
        // Given an n×n arrowhead: a diagonal plus a full last (or first) row and column
        const int n = 10;
        var last = Arrowhead(n, hub: n - 1);
        var first = Arrowhead(n, hub: 0);

        // Then eliminating the leaves before the hub creates no fill: nnz(L+U) = nnz(A) = 3n − 2 (George & Liu 1981, §5),
        // and the natural order is kept
        Assert.Equal(3 * n - 2, last.NonZeros);
        Assert.Equal(3 * n - 2, last.Elimination.NonZeros);
        Assert.Null(last.Elimination.Permutation);

        // And eliminating the hub first couples every pair of leaves: L+U is full, n²
        Assert.Equal(n * n, SparseLuStructure.Natural(first).NonZeros);

        // And the minimum degree order eliminates the leaves (degree 1) before the hub (degree n − 1), which brings the fill
        // back to 3n − 2; the least-fill structure takes it
        Assert.Equal(3 * n - 2, SparseLuStructure.Permuted(first, MinimumDegreeOrdering.Compute(first)).NonZeros);
        Assert.Equal(3 * n - 2, first.Elimination.NonZeros);
        Assert.NotNull(first.Elimination.Permutation);
    }

    [Fact]
    public void Minimum_Degree_Breaks_Ties_By_The_Lowest_Index()
    {
        // Given a star with its hub at 0 and leaves 1…6 (degrees: hub 6, leaves 1)
        const int n = 7;
        var star = Arrowhead(n, hub: 0);

        // When ordered by minimum degree
        var order = MinimumDegreeOrdering.Compute(star);

        // Then the leaves go first in index order; once one leaf is left, hub and leaf both have degree 1 and the hub (index 0)
        // goes first (worked by hand from the elimination graph, George & Liu 1981, §5.1)
        Assert.Equal([1, 2, 3, 4, 5, 0, 6], order);

        // And a path 0–1–2–3–4 (end degrees 1) is eliminated from its first end, each time the new end: the natural order
        var path = SparsityPattern.FromEntries(5, [(0, 1), (1, 2), (2, 3), (3, 4)]);
        Assert.Equal([0, 1, 2, 3, 4], MinimumDegreeOrdering.Compute(path));
    }

    [Fact]
    public void Minimum_Degree_Cuts_The_Fill_Of_A_Grid_Laplacian_Far_Below_The_Band_Of_The_Natural_Order()
    {
        var previous = (Natural: 0, Ordered: 0);
        foreach (var (k, share) in ((int, double)[])[(8, 0.70), (16, 0.55), (32, 0.40)])
        {
            // Given the 5-point Laplacian on a k×k grid, numbered row by row (n = k², bandwidth k)
            var n = k * k;
            var grid = GridLaplacian(k);

            // When factorised in the natural order and in the minimum degree order
            var natural = SparseLuStructure.Natural(grid).NonZeros;
            var ordered = SparseLuStructure.Permuted(grid, MinimumDegreeOrdering.Compute(grid)).NonZeros;

            // Then the natural order fills its envelope completely (George & Liu 1981, §4.2): row i of L runs from its first
            // non-zero column, i − k (or i − 1 in the first grid row), to i − 1, and U mirrors L, so
            // nnz(L+U) = n + 2·[(k − 1) + k(n − k)] = n + 2(k(n − k + 1) − 1) ~ 2n^1.5
            Assert.Equal(n + (2 * ((k * (n - k + 1)) - 1)), natural);

            // And minimum degree stores a shrinking share of that (measured: 654 of 974 for k = 8, 4102 of 7966 for k = 16,
            // 23640 of 64574 for k = 32), below nested dissection's bound nnz(L) ≤ 31/4·n·log₂n + O(n) (George 1973,
            // SIAM J. Numer. Anal. 10:345) for the strict lower triangle
            Assert.True(ordered <= share * natural, $"k = {k}: ordered {ordered} vs natural {natural}");
            Assert.True((ordered - n) / 2 <= 31.0 / 4 * n * Math.Log2(n), $"k = {k}: nnz(L) {(ordered - n) / 2}");

            // And each doubling of k (n × 4) multiplies the ordered fill by less than 6.5, near n·log n's 4·log(4n)/log n
            // (4.5–5), while the natural fill grows as n^1.5 (× 8)
            if (previous.Ordered > 0)
            {
                Assert.True(ordered < 6.5 * previous.Ordered, $"k = {k}: {ordered} after {previous.Ordered}");
                Assert.True(natural > 8 * previous.Natural, $"k = {k}: {natural} after {previous.Natural}");
            }

            previous = (natural, ordered);
        }
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
                var xd = DenseSolve(w, n, b);

                // And an accepted solution has a residual at round-off level and agrees with the dense one
                var scale = xd.Max(Math.Abs);
                Assert.True(Residual(w, n, xs, b) <= 1e-12 * (1 + (shift * scale)), $"trial {trial}, σ {shift}: residual {Residual(w, n, xs, b)}");
                AssertAgreesWithDense(xs, xd, scale, $"trial {trial}, σ {shift}");
            }
        }

        Assert.True(accepted >= 150, $"only {accepted} of 240 systems accepted");
    }

    [Fact]
    public void Solves_In_The_Minimum_Degree_Order_Like_The_Dense_LU_And_Allocates_Nothing()
    {
        // Given random sparse J with n = 20…150 and 2–10% of the entries (the densities of PEtab benchmark models: Lang 2024 7.6%,
        // Chen 2009 1.8%), uniform in (−1, 1), plus the diagonal, and W = σI − J for σ from 100 down to 0.5
        var rng = new System.Random(20261128);
        var accepted = 0;
        var fillNatural = 0L;
        var fillOrdered = 0L;
        for (var trial = 0; trial < 40; trial++)
        {
            var n = rng.Next(20, 150);
            var (jacobian, pattern) = RandomSparse(rng, n, 0.02 + (0.08 * rng.NextDouble()));
            var structure = SparseLuStructure.Permuted(pattern, MinimumDegreeOrdering.Compute(pattern));
            fillNatural += SparseLuStructure.Natural(pattern).NonZeros;
            fillOrdered += structure.NonZeros;
            var sparse = new SparseLu(pattern, structure);
            foreach (var shift in (double[])[100, 10, 2, 0.5])
            {
                var b = Enumerable.Range(0, n).Select(i => Math.Sin(i + 1.0)).ToArray();
                var w = Shifted(jacobian, n, shift);

                // When factorised as P·W·Pᵀ without row exchanges and solved for b in the original order
                var xs = (double[])b.Clone();
                var factored = sparse.Factor(jacobian, shift);
                if (factored)
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    sparse.Solve(xs);
                    var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

                    // Then the permuted solve allocates nothing
                    Assert.Equal(0, allocated);
                }

                var omega = factored ? sparse.BackwardError(jacobian, shift, xs, b) : double.PositiveInfinity;

                // And a strongly diagonally dominant W (σ = 100 against row sums of |J| of about n·density/2 + 1/2 ≤ 8) stays so
                // under a symmetric permutation and is solved backward-stably (Higham 2002, Thm 9.3, Thm 13.8)
                if (shift == 100)
                {
                    Assert.True(factored && omega <= 1e-14, $"trial {trial}: ω = {omega}");
                }

                if (!(omega <= 1e-12))
                {
                    continue;
                }

                accepted++;
                var xd = DenseSolve(w, n, b);

                // And an accepted solution has a residual within the Oettli–Prager bound ω·(|W|·|x| + |b|), recomputed here from the
                // dense W, and agrees with the dense LU with partial pivoting
                var scale = xd.Max(Math.Abs);
                Assert.True(Residual(w, n, xs, b) <= 1e-12 * Size(w, n, xs, b), $"trial {trial}, σ {shift}: residual {Residual(w, n, xs, b)} vs bound {1e-12 * Size(w, n, xs, b)}");
                AssertAgreesWithDense(xs, xd, scale, $"trial {trial}, σ {shift}");
            }
        }

        // And most systems are accepted, and the ordering stores fewer entries than the natural order (measured: 109,924 vs
        // 160,709 over the 40 patterns; random graphs have no small separators, so the gain is smaller than on a grid)
        Assert.True(accepted >= 100, $"only {accepted} of 160 systems accepted");
        Assert.True(fillOrdered <= 0.75 * fillNatural, $"L+U entries: ordered {fillOrdered}, natural {fillNatural}");
    }

    [Fact]
    public void The_Least_Fill_Structure_Is_Computed_Once_Per_Pattern_And_Is_The_Same_For_Equal_Patterns()
    {
        // Given two equal patterns built from the same entries in different orders (a 6×6 arrowhead, hub first, plus an edge)
        (int, int)[] entries = [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (2, 4)];
        var a = SparsityPattern.FromEntries(6, entries);
        var b = SparsityPattern.FromEntries(6, entries.Reverse());

        // Then each pattern keeps one structure, and both get the same permutation (ties broken by index, not by input order)
        Assert.Same(a.Elimination, a.Elimination);
        Assert.Equal(a.Elimination.Permutation, b.Elimination.Permutation);
        Assert.Equal(a.Elimination.Columns, b.Elimination.Columns);
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

    private static SparsityPattern GridLaplacian(int k)
    {
        var entries = new List<(int, int)>();
        for (var r = 0; r < k; r++)
        {
            for (var c = 0; c < k; c++)
            {
                var i = (r * k) + c;
                entries.Add((i, i));
                if (c + 1 < k)
                {
                    entries.Add((i, i + 1));
                    entries.Add((i + 1, i));
                }

                if (r + 1 < k)
                {
                    entries.Add((i, i + k));
                    entries.Add((i + k, i));
                }
            }
        }

        return SparsityPattern.FromEntries(k * k, entries);
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

    private static double Size(double[] w, int n, double[] x, double[] b)
    {
        var max = 0.0;
        for (var i = 0; i < n; i++)
        {
            var sum = Math.Abs(b[i]);
            for (var j = 0; j < n; j++)
            {
                sum += Math.Abs(w[(i * n) + j] * x[j]);
            }

            max = Math.Max(max, sum);
        }

        return max;
    }

    /// <summary>Every component of the sparse solution within 1e-8 of the largest of the dense one (both backward-stable solves of one system).</summary>
    private static void AssertAgreesWithDense(double[] sparse, double[] dense, double scale, string what)
    {
        for (var i = 0; i < sparse.Length; i++)
        {
            Assert.True(Math.Abs(sparse[i] - dense[i]) <= 1e-8 * scale, $"{what}, x[{i}]: sparse {sparse[i]} vs dense {dense[i]}");
        }
    }

    /// <summary>The solution of W·x = b by the dense LU with partial pivoting, the reference.</summary>
    private static double[] DenseSolve(double[] w, int n, double[] b)
    {
        var x = (double[])b.Clone();
        var dense = (double[])w.Clone();
        var pivots = new int[n];
        Assert.True(DenseLu.Factor(dense, n, pivots));
        DenseLu.Solve(dense, n, pivots, x);
        return x;
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
