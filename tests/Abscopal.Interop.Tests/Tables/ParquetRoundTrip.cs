using Parquet;
using Parquet.Schema;

namespace Abscopal.Interop.Tests.Tables;

/// <summary>Reads a Parquet file back with Parquet.Net, independently of the writer: schema and every column as boxed values.</summary>
internal static class ParquetRoundTrip
{
    public static (IReadOnlyList<DataField> Fields, IReadOnlyList<object?[]> Columns, int RowGroups) Read(byte[] bytes) => ReadAsync(bytes).GetAwaiter().GetResult();

    private static async Task<(IReadOnlyList<DataField> Fields, IReadOnlyList<object?[]> Columns, int RowGroups)> ReadAsync(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.DataFields;
        using var group = reader.OpenRowGroupReader(0);
        var rows = (int)group.RowCount;
        var columns = new List<object?[]>();
        foreach (var field in fields)
        {
            columns.Add((field.ClrType, field.IsNullable) switch
            {
                (var t, false) when t == typeof(int) => Box<int>(group, field, rows),
                (var t, true) when t == typeof(int) => BoxNullable<int>(group, field, rows),
                (var t, false) when t == typeof(long) => Box<long>(group, field, rows),
                (var t, true) when t == typeof(long) => BoxNullable<long>(group, field, rows),
                (var t, false) when t == typeof(double) => Box<double>(group, field, rows),
                (var t, true) when t == typeof(double) => BoxNullable<double>(group, field, rows),
                (var t, false) when t == typeof(bool) => Box<bool>(group, field, rows),
                (var t, true) when t == typeof(bool) => BoxNullable<bool>(group, field, rows),
                _ => Strings(group, field, rows),
            });
        }

        return (fields, columns, reader.RowGroupCount);
    }

    private static object?[] Box<T>(ParquetRowGroupReader group, DataField field, int rows)
        where T : struct
    {
        var values = new T[rows];
        group.ReadAsync<T>(field, values.AsMemory()).AsTask().GetAwaiter().GetResult();
        return [.. values.Select(v => (object?)v)];
    }

    private static object?[] BoxNullable<T>(ParquetRowGroupReader group, DataField field, int rows)
        where T : struct
    {
        var values = new T?[rows];
        group.ReadAsync<T>(field, values.AsMemory()).AsTask().GetAwaiter().GetResult();
        return [.. values.Select(v => (object?)v)];
    }

    private static object?[] Strings(ParquetRowGroupReader group, DataField field, int rows)
    {
        var values = new string?[rows];
        group.ReadAsync(field, values.AsMemory()).AsTask().GetAwaiter().GetResult();
        return [.. values];
    }
}
