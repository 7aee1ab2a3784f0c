using System.Collections.Immutable;

namespace Abscopal.Interop.Tables;

/// <summary>A table of typed columns of equal length (e.g. one row per virtual patient), written as CSV or Parquet with the same columns and types.</summary>
public sealed class ResultTable
{
    /// <summary>Creates a table and checks that names are unique and columns equally long.</summary>
    /// <exception cref="ArgumentException">No column, a name used twice, or columns of different lengths.</exception>
    public ResultTable(IEnumerable<TableColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = [.. columns];
        if (Columns.IsEmpty)
        {
            throw new ArgumentException("a table needs at least one column.", nameof(columns));
        }

        if (Columns.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"column name '{twice.Key}' is used twice.", nameof(columns));
        }

        RowCount = Columns[0].Count;
        if (Columns.FirstOrDefault(c => c.Count != RowCount) is { } other)
        {
            throw new ArgumentException($"column '{other.Name}' has {other.Count} rows, column '{Columns[0].Name}' {RowCount}.", nameof(columns));
        }
    }

    /// <summary>The columns, in order.</summary>
    public ImmutableArray<TableColumn> Columns { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The column named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public TableColumn Column(string name) => Columns.FirstOrDefault(c => c.Name == name) ?? throw new KeyNotFoundException($"no column '{name}'; columns: {string.Join(", ", Columns.Select(c => c.Name))}.");
}
