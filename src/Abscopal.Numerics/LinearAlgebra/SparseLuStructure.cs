namespace Abscopal.Numerics.LinearAlgebra;

/// <summary>
/// The pattern of L + U for an LU factorisation without row exchanges in the natural order (symbolic factorisation): row i
/// holds the columns of row i of the matrix, its diagonal, and the fill-in from eliminating each earlier row k it reaches.
/// </summary>
/// <remarks>
/// Row-oriented symbolic elimination (George &amp; Liu, <i>Computer Solution of Large Sparse Positive Definite Systems</i>,
/// 1981, §5; Davis, <i>Direct Methods for Sparse Linear Systems</i>, SIAM 2006, §6): struct(row i of L + U) = struct(A_i) ∪ {i}
/// ∪ ⋃ { struct(U_k) : k &lt; i in struct(row i of L) }. Immutable; built once per <see cref="SparsityPattern"/>.
/// </remarks>
internal sealed class SparseLuStructure
{
    public SparseLuStructure(SparsityPattern pattern)
    {
        var n = pattern.Dimension;
        Dimension = n;
        var rowStart = new int[n + 1];
        var diagonal = new int[n];
        var columns = new List<int>(pattern.NonZeros + n);
        var inRow = new bool[n];
        ReadOnlySpan<int> aStart = pattern.RowStart, aColumns = pattern.Columns;
        for (var i = 0; i < n; i++)
        {
            for (var p = aStart[i]; p < aStart[i + 1]; p++)
            {
                inRow[aColumns[p]] = true;
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
    }

    /// <summary>Number of rows and columns.</summary>
    public int Dimension { get; }

    /// <summary>Index of the first entry of each row of L + U in <see cref="Columns"/>; n + 1 values.</summary>
    public int[] RowStart { get; }

    /// <summary>Index of the diagonal entry of each row in <see cref="Columns"/>; entries before it belong to L, after it to U.</summary>
    public int[] Diagonal { get; }

    /// <summary>Column of each entry of L + U, ascending within a row.</summary>
    public int[] Columns { get; }

    /// <summary>Entries of L + U (fill-in included).</summary>
    public int NonZeros => Columns.Length;

    /// <summary>Share of the n² entries stored by the factorisation, in [0, 1].</summary>
    public double Density => Dimension == 0 ? 0 : (double)NonZeros / ((double)Dimension * Dimension);
}
