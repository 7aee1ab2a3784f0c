using Parquet;
using Parquet.Schema;

namespace Abscopal.Interop.Tables;

/// <summary>
/// Writes a <see cref="ResultTable"/> as an Apache Parquet file (Parquet.Net) with one row group: INT32, INT64, DOUBLE,
/// BOOLEAN and UTF-8 string columns, optional (nullable) where a value may be missing, Snappy-compressed.
/// </summary>
public static class ParquetTableWriter
{
    // One data field per column, same name, type and nullability.
    private static ParquetSchema Schema(ResultTable table) => new(table.Columns.Select(Field).ToArray<Field>());

    /// <summary>Writes <paramref name="table"/> to <paramref name="output"/> (writable and seekable; left open).</summary>
    public static async Task WriteAsync(ResultTable table, Stream output, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        var schema = Schema(table);
        await using var writer = await ParquetWriter.CreateAsync(schema, output, cancellationToken: cancellation).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < table.Columns.Length; c++)
        {
            var field = schema.DataFields[c];
            var task = table.Columns[c].Values switch
            {
                int[] v => group.WriteAsync<int>(field, v, cancellationToken: cancellation),
                int?[] v => group.WriteAsync<int>(field, v, cancellationToken: cancellation),
                long[] v => group.WriteAsync<long>(field, v, cancellationToken: cancellation),
                long?[] v => group.WriteAsync<long>(field, v, cancellationToken: cancellation),
                double[] v => group.WriteAsync<double>(field, v, cancellationToken: cancellation),
                double?[] v => group.WriteAsync<double>(field, v, cancellationToken: cancellation),
                bool[] v => group.WriteAsync<bool>(field, v, cancellationToken: cancellation),
                bool?[] v => group.WriteAsync<bool>(field, v, cancellationToken: cancellation),
                string?[] v => group.WriteAsync(field, v),
                var other => throw new InvalidOperationException($"column '{table.Columns[c].Name}': unexpected values {other.GetType()}"),
            };
            await task.ConfigureAwait(false);
        }
    }

    /// <summary>The bytes of the Parquet file of <paramref name="table"/>.</summary>
    public static byte[] ToBytes(ResultTable table)
    {
        using var stream = new MemoryStream();
        WriteAsync(table, stream).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    private static DataField Field(TableColumn column) => column.Type switch
    {
        TableColumnType.Integer32 => new DataField<int>(column.Name, column.Nullable),
        TableColumnType.Integer64 => new DataField<long>(column.Name, column.Nullable),
        TableColumnType.Real => new DataField<double>(column.Name, column.Nullable),
        TableColumnType.Boolean => new DataField<bool>(column.Name, column.Nullable),
        _ => new DataField<string>(column.Name, column.Nullable),
    };
}
