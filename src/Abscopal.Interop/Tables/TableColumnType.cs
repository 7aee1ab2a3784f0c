namespace Abscopal.Interop.Tables;

/// <summary>The value type of a <see cref="TableColumn"/> (Parquet physical types INT32, INT64, DOUBLE, BOOLEAN, UTF-8 BYTE_ARRAY).</summary>
public enum TableColumnType
{
    /// <summary>32-bit integer.</summary>
    Integer32 = 0,

    /// <summary>64-bit integer.</summary>
    Integer64 = 1,

    /// <summary>Double-precision number.</summary>
    Real = 2,

    /// <summary>True or false (CSV: 1 or 0).</summary>
    Boolean = 3,

    /// <summary>UTF-8 text.</summary>
    Text = 4,
}
