using Abscopal.Numerics.LinearAlgebra;

namespace Abscopal.Numerics.Tests.LinearAlgebra;

/// <summary>LU with partial pivoting against systems with known solutions (Golub &amp; Van Loan, <i>Matrix Computations</i>, §3.4).</summary>
public sealed class DenseLuTests
{
    [Fact]
    public void Solves_A_System_That_Needs_Pivoting()
    {
        // Given A = [[0, 2, 1], [1, 1, 1], [2, 1, 3]] (zero in the first pivot position) and x = (1, −2, 3), so b = A·x = (−1, 2, 9)
        double[] a = [0, 2, 1, 1, 1, 1, 2, 1, 3];
        double[] b = [-1, 2, 9];
        int[] pivots = new int[3];

        // When factored and solved
        Assert.True(DenseLu.Factor(a, 3, pivots));
        DenseLu.Solve(a, 3, pivots, b);

        // Then x is recovered to round-off
        Assert.Equal(1.0, b[0], 1e-14);
        Assert.Equal(-2.0, b[1], 1e-14);
        Assert.Equal(3.0, b[2], 1e-14);
    }

    [Fact]
    public void Solves_A_Hilbert_System_To_Its_Condition_Limited_Accuracy()
    {
        // Given the 6×6 Hilbert matrix (condition number ≈ 1.5e7) and x = (1, …, 1)
        const int n = 6;
        double[] a = new double[n * n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                a[(i * n) + j] = 1.0 / (i + j + 1);
                b[i] += a[(i * n) + j];
            }
        }

        int[] pivots = new int[n];

        // When solved
        Assert.True(DenseLu.Factor(a, n, pivots));
        DenseLu.Solve(a, n, pivots, b);

        // Then the error is at most cond·eps ≈ 1.5e7 · 2.2e-16 ≈ 3e-9 (backward stability of GEPP, ibid. Thm 3.4.2)
        Assert.All(b, x => Assert.Equal(1.0, x, 1e-8));
    }

    [Fact]
    public void Reports_A_Singular_Matrix()
    {
        // Given a matrix with two equal rows
        double[] a = [1, 2, 1, 2];
        Assert.False(DenseLu.Factor(a, 2, new int[2]));
    }

    [Fact]
    public void Rejects_Mismatched_Shapes()
    {
        Assert.Throws<ArgumentException>(() => DenseLu.Factor(new double[5], 2, new int[2]));
        Assert.Throws<ArgumentException>(() => DenseLu.Factor(new double[4], 2, new int[3]));
        Assert.Throws<ArgumentException>(() => DenseLu.Solve(new double[4], 2, new int[] { 1, 1 }, new double[3]));
    }
}
