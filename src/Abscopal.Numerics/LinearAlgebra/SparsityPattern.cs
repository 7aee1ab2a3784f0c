using System.Globalization;

namespace Abscopal.Numerics.LinearAlgebra;

/// <summary>The structurally non-zero entries of an n×n matrix (e.g. a Jacobian ∂f_i/∂y_j), row by row; immutable and shareable across threads.</summary>
/// <remarks>
/// An entry outside the pattern is zero wherever the matrix is evaluated; an entry inside may still be zero at some points.
/// The elimination structure of <see cref="SparseLu"/> (the pattern of L + U after fill-in, in the natural order or a
/// fill-reducing one) is computed on first use and shared by every factorisation that uses this pattern.
/// </remarks>
public sealed class SparsityPattern
{
    private readonly int[] _rowStart;
    private readonly int[] _columns;
    private SparseLuStructure? _elimination;

    private SparsityPattern(int dimension, int[] rowStart, int[] columns)
    {
        Dimension = dimension;
        _rowStart = rowStart;
        _columns = columns;
    }

    /// <summary>Number of rows and columns.</summary>
    public int Dimension { get; }

    /// <summary>Number of structurally non-zero entries.</summary>
    public int NonZeros => _columns.Length;

    /// <summary>Share of the n² entries that are structurally non-zero, in [0, 1].</summary>
    public double Density => Dimension == 0 ? 0 : (double)NonZeros / ((double)Dimension * Dimension);

    /// <summary>Index of the first entry of each row in <see cref="Columns"/>; n + 1 values.</summary>
    internal ReadOnlySpan<int> RowStart => _rowStart;

    /// <summary>Column of each entry, ascending within a row.</summary>
    internal ReadOnlySpan<int> Columns => _columns;

    /// <summary>
    /// The fill-in structure of an LU factorisation without row exchanges, in the natural order or a minimum degree order,
    /// whichever fills less (the natural order on a tie); computed once.
    /// </summary>
    internal SparseLuStructure Elimination => LazyInitializer.EnsureInitialized(ref _elimination, () => SparseLuStructure.LeastFill(this));

    /// <summary>Number of diagonal entries outside the pattern.</summary>
    internal int MissingDiagonal
    {
        get
        {
            var missing = 0;
            for (var i = 0; i < Dimension; i++)
            {
                if (!Contains(i, i))
                {
                    missing++;
                }
            }

            return missing;
        }
    }

    /// <summary>The pattern of the row-major flat indices i·n + j of an n×n matrix (duplicates are merged).</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is negative or an index is outside [0, n²).</exception>
    public static SparsityPattern FromFlatIndices(int dimension, IEnumerable<int> flatIndices)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        ArgumentNullException.ThrowIfNull(flatIndices);
        var size = (long)dimension * dimension;
        var entries = new List<(int Row, int Column)>();
        foreach (var index in flatIndices)
        {
            if (index < 0 || index >= size)
            {
                throw new ArgumentOutOfRangeException(nameof(flatIndices), index, string.Create(CultureInfo.InvariantCulture, $"A flat index must be in [0, {size}) for a {dimension}×{dimension} matrix; got {index}."));
            }

            entries.Add((index / dimension, index % dimension));
        }

        return FromEntries(dimension, entries);
    }

    /// <summary>The pattern of the given (row, column) entries of an n×n matrix (duplicates are merged).</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is negative or an entry is outside the matrix.</exception>
    public static SparsityPattern FromEntries(int dimension, IEnumerable<(int Row, int Column)> entries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        ArgumentNullException.ThrowIfNull(entries);
        var rows = new SortedSet<int>[dimension];
        for (var i = 0; i < dimension; i++)
        {
            rows[i] = [];
        }

        foreach (var (row, column) in entries)
        {
            if ((uint)row >= (uint)dimension || (uint)column >= (uint)dimension)
            {
                throw new ArgumentOutOfRangeException(nameof(entries), (row, column), string.Create(CultureInfo.InvariantCulture, $"An entry must lie in a {dimension}×{dimension} matrix (row and column in [0, {dimension})); got ({row}, {column})."));
            }

            rows[row].Add(column);
        }

        var rowStart = new int[dimension + 1];
        var columns = new List<int>();
        for (var i = 0; i < dimension; i++)
        {
            rowStart[i] = columns.Count;
            columns.AddRange(rows[i]);
        }

        rowStart[dimension] = columns.Count;
        return new SparsityPattern(dimension, rowStart, columns.ToArray());
    }

    /// <summary>Whether entry (row, column) is structurally non-zero.</summary>
    public bool Contains(int row, int column)
    {
        if ((uint)row >= (uint)Dimension || (uint)column >= (uint)Dimension)
        {
            return false;
        }

        return Array.BinarySearch(_columns, _rowStart[row], _rowStart[row + 1] - _rowStart[row], column) >= 0;
    }
}
