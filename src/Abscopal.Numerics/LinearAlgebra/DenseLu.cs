using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Abscopal.Numerics.LinearAlgebra;

/// <summary>In-place LU factorisation with partial pivoting, P·A = L·U, of a dense row-major n×n matrix, and the matching solve.</summary>
/// <remarks>
/// Right-looking Doolittle elimination with row interchanges, as LAPACK's DGETF2/DGETRS (Golub &amp; Van Loan,
/// <i>Matrix Computations</i>, 4th ed., Alg. 3.4.1). L (unit lower) and U overwrite the matrix; <c>pivots[k]</c> is the
/// row swapped with row k at elimination step k. Allocation-free; meant for the small Jacobians of ODE models.
/// </remarks>
public static class DenseLu
{
    /// <summary>Factors the row-major n×n <paramref name="matrix"/> in place; returns false (matrix partly overwritten) when a pivot is zero or not finite.</summary>
    public static bool Factor(Span<double> matrix, int n, Span<int> pivots)
    {
        CheckShape(matrix.Length, n, pivots.Length, nameof(matrix), nameof(pivots));
        return FactorCore(ref MemoryMarshal.GetReference(matrix), n, ref MemoryMarshal.GetReference(pivots));
    }

    /// <summary>Solves A·x = b in place (<paramref name="rhs"/> holds b on entry and x on exit) using the output of <see cref="Factor"/>.</summary>
    public static void Solve(ReadOnlySpan<double> lu, int n, ReadOnlySpan<int> pivots, Span<double> rhs)
    {
        CheckShape(lu.Length, n, pivots.Length, nameof(lu), nameof(pivots));
        if (rhs.Length != n)
        {
            throw new ArgumentException($"rhs has length {rhs.Length} but n is {n}.", nameof(rhs));
        }

        for (int k = 0; k < n; k++)
        {
            if ((uint)pivots[k] >= (uint)n || pivots[k] < k)
            {
                throw new ArgumentException($"pivots[{k}] = {pivots[k]} is not a valid pivot row; pass the pivots produced by Factor.", nameof(pivots));
            }
        }

        SolveCore(
            ref MemoryMarshal.GetReference(lu),
            n,
            ref MemoryMarshal.GetReference(pivots),
            ref MemoryMarshal.GetReference(rhs));
    }

    /// <summary>Factorisation kernel without argument checks; the caller guarantees n×n and n pivots.</summary>
    internal static bool FactorCore(ref double a, int n, ref int pivots)
    {
        for (int k = 0; k < n; k++)
        {
            // Partial pivoting: the largest |a_ik| for i ≥ k.
            int p = k;
            double max = Math.Abs(Unsafe.Add(ref a, (k * n) + k));
            for (int i = k + 1; i < n; i++)
            {
                double v = Math.Abs(Unsafe.Add(ref a, (i * n) + k));
                if (v > max)
                {
                    max = v;
                    p = i;
                }
            }

            Unsafe.Add(ref pivots, k) = p;
            if (!(max > 0) || !double.IsFinite(max))
            {
                return false;
            }

            ref double rowK = ref Unsafe.Add(ref a, k * n);
            if (p != k)
            {
                ref double rowP = ref Unsafe.Add(ref a, p * n);
                for (int j = 0; j < n; j++)
                {
                    (Unsafe.Add(ref rowK, j), Unsafe.Add(ref rowP, j)) = (Unsafe.Add(ref rowP, j), Unsafe.Add(ref rowK, j));
                }
            }

            double inverse = 1.0 / Unsafe.Add(ref rowK, k);
            for (int i = k + 1; i < n; i++)
            {
                ref double rowI = ref Unsafe.Add(ref a, i * n);
                double l = Unsafe.Add(ref rowI, k) * inverse;
                Unsafe.Add(ref rowI, k) = l;
                if (l != 0)
                {
                    for (int j = k + 1; j < n; j++)
                    {
                        Unsafe.Add(ref rowI, j) -= l * Unsafe.Add(ref rowK, j);
                    }
                }
            }
        }

        return true;
    }

    /// <summary>Substitution kernel without argument checks; the caller guarantees shapes and valid pivots.</summary>
    internal static void SolveCore(ref double lu, int n, ref int pivots, ref double b)
    {
        for (int k = 0; k < n; k++)
        {
            int p = Unsafe.Add(ref pivots, k);
            if (p != k)
            {
                (Unsafe.Add(ref b, k), Unsafe.Add(ref b, p)) = (Unsafe.Add(ref b, p), Unsafe.Add(ref b, k));
            }
        }

        // Forward substitution with the unit lower triangle, column by column: the updates of b[k+1..n) are
        // independent of each other, which pipelines better than row-wise dot products for small n.
        for (int k = 0; k < n - 1; k++)
        {
            double bk = Unsafe.Add(ref b, k);
            if (bk != 0)
            {
                for (int i = k + 1; i < n; i++)
                {
                    Unsafe.Add(ref b, i) -= Unsafe.Add(ref lu, (i * n) + k) * bk;
                }
            }
        }

        // Back substitution with the upper triangle, column by column.
        for (int k = n - 1; k >= 0; k--)
        {
            double bk = Unsafe.Add(ref b, k) / Unsafe.Add(ref lu, (k * n) + k);
            Unsafe.Add(ref b, k) = bk;
            if (bk != 0)
            {
                for (int i = 0; i < k; i++)
                {
                    Unsafe.Add(ref b, i) -= Unsafe.Add(ref lu, (i * n) + k) * bk;
                }
            }
        }
    }

    private static void CheckShape(int matrixLength, int n, int pivotsLength, string matrixName, string pivotsName)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (matrixLength != n * n)
        {
            throw new ArgumentException($"The matrix has {matrixLength} entries but n·n = {n * n}.", matrixName);
        }

        if (pivotsLength != n)
        {
            throw new ArgumentException($"pivots has length {pivotsLength} but n is {n}.", pivotsName);
        }
    }
}
