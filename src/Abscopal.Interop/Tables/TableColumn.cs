namespace Abscopal.Interop.Tables;

/// <summary>One typed column of a <see cref="ResultTable"/>: a name, a value type, whether values may be missing (null), and the values.</summary>
public sealed class TableColumn
{
    private TableColumn(string name, TableColumnType type, bool nullable, Array values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Type = type;
        Nullable = nullable;
        Values = values;
    }

    /// <summary>Column name (CSV header, Parquet field name).</summary>
    public string Name { get; }

    /// <summary>Value type.</summary>
    public TableColumnType Type { get; }

    /// <summary>Whether a value may be missing (null; empty in CSV).</summary>
    public bool Nullable { get; }

    /// <summary>Number of values.</summary>
    public int Count => Values.Length;

    /// <summary>The typed values: int[], int?[], long[], long?[], double[], double?[], bool[], bool?[] or string?[].</summary>
    internal Array Values { get; }

    /// <summary>The value at <paramref name="row"/> (boxed), or null when missing.</summary>
    public object? this[int row] => Values.GetValue(row);

    /// <summary>A column of 32-bit integers.</summary>
    public static TableColumn Integer32(string name, int[] values) => new(name, TableColumnType.Integer32, false, Copy(values));

    /// <summary>A column of 32-bit integers that may be missing.</summary>
    public static TableColumn Integer32(string name, int?[] values) => new(name, TableColumnType.Integer32, true, Copy(values));

    /// <summary>A column of 64-bit integers.</summary>
    public static TableColumn Integer64(string name, long[] values) => new(name, TableColumnType.Integer64, false, Copy(values));

    /// <summary>A column of 64-bit integers that may be missing.</summary>
    public static TableColumn Integer64(string name, long?[] values) => new(name, TableColumnType.Integer64, true, Copy(values));

    /// <summary>A column of numbers (NaN allowed: a number that is not defined, e.g. a median not reached).</summary>
    public static TableColumn Real(string name, double[] values) => new(name, TableColumnType.Real, false, Copy(values));

    /// <summary>A column of numbers that may be missing.</summary>
    public static TableColumn Real(string name, double?[] values) => new(name, TableColumnType.Real, true, Copy(values));

    /// <summary>A column of booleans.</summary>
    public static TableColumn Boolean(string name, bool[] values) => new(name, TableColumnType.Boolean, false, Copy(values));

    /// <summary>A column of booleans that may be missing.</summary>
    public static TableColumn Boolean(string name, bool?[] values) => new(name, TableColumnType.Boolean, true, Copy(values));

    /// <summary>A column of text; <paramref name="nullable"/> says whether a value may be missing (null).</summary>
    /// <exception cref="ArgumentException">A null value in a column that is not nullable.</exception>
    public static TableColumn Text(string name, string?[] values, bool nullable = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!nullable && Array.IndexOf(values, null) is var i and >= 0)
        {
            throw new ArgumentException($"column '{name}': row {i} is null in a column that is not nullable.", nameof(values));
        }

        return new(name, TableColumnType.Text, nullable, Copy(values));
    }

    private static T[] Copy<T>(T[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return (T[])values.Clone();
    }
}
