namespace Abscopal.Numerics.LinearAlgebra;

/// <summary>
/// The pattern of L + U for an LU factorisation without row exchanges of P·A·Pᵀ, P the identity (natural order) or a
/// fill-reducing symmetric permutation (symbolic factorisation): row i holds the columns of row i of P·A·Pᵀ, its diagonal,
/// and the fill-in from eliminating each earlier row k it reaches.
/// </summary>
/// <remarks>
/// Row-oriented symbolic elimination (George &amp; Liu, <i>Computer Solution of Large Sparse Positive Definite Systems</i>,
/// 1981, §5; Davis, <i>Direct Methods for Sparse Linear Systems</i>, SIAM 2006, §6): struct(row i of L + U) = struct(A_i) ∪ {i}
/// ∪ ⋃ { struct(U_k) : k &lt; i in struct(row i of L) }. Rows and columns are indexed in the permuted order; <see cref="Source"/>
/// maps each entry back to the matrix. Immutable; built once per <see cref="SparsityPattern"/>.
/// </remarks>
internal sealed class SparseLuStructure
{
    private SparseLuStructure(SparsityPattern pattern, int[]? permutation)
    {
        var n = pattern.Dimension;
        Dimension = n;
        Permutation = permutation;
        var inverse = new int[n];
        for (var k = 0; k < n; k++)
        {
            inverse[permutation is null ? k : permutation[k]] = k;
        }

        var rowStart = new int[n + 1];
        var diagonal = new int[n];
        var columns = new List<int>(pattern.NonZeros + n);
        var inRow = new bool[n];
        ReadOnlySpan<int> aStart = pattern.RowStart, aColumns = pattern.Columns;
        for (var i = 0; i < n; i++)
        {
            var row = permutation is null ? i : permutation[i];
            for (var p = aStart[row]; p < aStart[row + 1]; p++)
            {
                inRow[inverse[aColumns[p]]] = true;
            }

            inRow[i] = true;
            rowStart[i] = columns.Count;

            // Eliminating with row k (k < i, in increasing order) brings in the upper part of row k; rows are finished in order,
            // so the upper parts of every k < i are known. Fill can only add columns > k, so one ascending pass suffices.
            for (var k = 0; k < i; k++)
            {
                if (!inRow[k])
                {
                    continue;
                }

                for (var q = diagonal[k] + 1; q < rowStart[k + 1]; q++)
                {
                    inRow[columns[q]] = true;
                }
            }

            for (var j = 0; j < n; j++)
            {
                if (inRow[j])
                {
                    if (j == i)
                    {
                        diagonal[i] = columns.Count;
                    }

                    columns.Add(j);
                    inRow[j] = false;
                }
            }
        }

        rowStart[n] = columns.Count;
        RowStart = rowStart;
        Diagonal = diagonal;
        Columns = [.. columns];
        var source = new int[Columns.Length];
        for (var i = 0; i < n; i++)
        {
            var row = permutation is null ? i : permutation[i];
            for (var p = rowStart[i]; p < rowStart[i + 1]; p++)
            {
                source[p] = (row * n) + (permutation is null ? Columns[p] : permutation[Columns[p]]);
            }
        }

        Source = source;
    }

    /// <summary>Number of rows and columns.</summary>
    public int Dimension { get; }

    /// <summary>
    /// The symmetric permutation: entry k is the row and column of the matrix placed k-th (P·A·Pᵀ has A[p_i, p_j] at (i, j));
    /// null for the natural order.
    /// </summary>
    public int[]? Permutation { get; }

    /// <summary>Index of the first entry of each row of L + U in <see cref="Columns"/>; n + 1 values.</summary>
    public int[] RowStart { get; }

    /// <summary>Index of the diagonal entry of each row in <see cref="Columns"/>; entries before it belong to L, after it to U.</summary>
    public int[] Diagonal { get; }

    /// <summary>Column of each entry of L + U (in the permuted order), ascending within a row.</summary>
    public int[] Columns { get; }

    /// <summary>Row-major flat index r·n + c in the unpermuted matrix of each entry of L + U.</summary>
    public int[] Source { get; }

    /// <summary>Entries of L + U (fill-in included).</summary>
    public int NonZeros => Columns.Length;

    /// <summary>Share of the n² entries stored by the factorisation, in [0, 1].</summary>
    public double Density => Dimension == 0 ? 0 : (double)NonZeros / ((double)Dimension * Dimension);

    /// <summary>The structure of L + U in the natural order.</summary>
    public static SparseLuStructure Natural(SparsityPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new SparseLuStructure(pattern, null);
    }

    /// <summary>The structure of L + U of P·A·Pᵀ, <paramref name="permutation"/> listing the original index placed k-th.</summary>
    /// <exception cref="ArgumentException">The permutation is not one of 0…n − 1.</exception>
    public static SparseLuStructure Permuted(SparsityPattern pattern, int[] permutation)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(permutation);
        var seen = new bool[pattern.Dimension];
        var valid = permutation.Length == pattern.Dimension;
        foreach (var index in permutation)
        {
            valid &= (uint)index < (uint)seen.Length && !seen[index];
            if (valid)
            {
                seen[index] = true;
            }
        }

        if (!valid)
        {
            throw new ArgumentException($"A permutation of 0…{pattern.Dimension - 1} is needed.", nameof(permutation));
        }

        return new SparseLuStructure(pattern, (int[])permutation.Clone());
    }

    /// <summary>
    /// The structure with the least fill among the natural order and the minimum degree ordering of A + Aᵀ
    /// (<see cref="MinimumDegreeOrdering"/>); the natural order on a tie, and without trying the ordering when it has no fill.
    /// </summary>
    public static SparseLuStructure LeastFill(SparsityPattern pattern)
    {
        var natural = Natural(pattern);
        if (natural.NonZeros == pattern.NonZeros + pattern.MissingDiagonal)
        {
            return natural;
        }

        var ordered = new SparseLuStructure(pattern, MinimumDegreeOrdering.Compute(pattern));
        return ordered.NonZeros < natural.NonZeros ? ordered : natural;
    }
}
