using Abscopal.Interop.Tables;

namespace Abscopal.Interop.Tests.Tables;

/// <summary>Typed tables: CSV text and a Parquet file that Parquet.Net reads back to the same names, types, nulls and values.</summary>
public sealed class ResultTableTests
{
    private static ResultTable Sample() => new(
    [
        TableColumn.Text("name", ["a", "b, \"c\"", "µ-ü", string.Empty]),
        TableColumn.Text("note", [null, "x", null, "y"], nullable: true),
        TableColumn.Integer32("count", [1, -2, int.MaxValue, 0]),
        TableColumn.Integer32("grade", [null, 3, 0, null]),
        TableColumn.Integer64("index", [0L, long.MaxValue, 5, 6]),
        TableColumn.Integer64("id", [null, 1L, null, 2L]),
        TableColumn.Real("value", [0.1, double.NaN, -1e-300, 1.0 / 3]),
        TableColumn.Real("maybe", [null, 2.5, null, 1e300]),
        TableColumn.Boolean("flag", [true, false, true, false]),
        TableColumn.Boolean("rule", [null, true, false, null]),
    ]);

    [Fact]
    public void Parquet_Reads_Back_To_The_Same_Schema_And_Values()
    {
        // Given a table with every column type, nullable and not, including NaN, extremes, quotes and non-ASCII text
        var table = Sample();

        // When written as Parquet and read back with Parquet.Net
        var (fields, columns, rowGroups) = ParquetRoundTrip.Read(ParquetTableWriter.ToBytes(table));

        // Then names, CLR types and nullability match column by column, in one row group
        Assert.Equal(1, rowGroups);
        Assert.Equal(table.Columns.Select(c => c.Name), fields.Select(f => f.Name));
        var types = new Dictionary<TableColumnType, Type> { [TableColumnType.Integer32] = typeof(int), [TableColumnType.Integer64] = typeof(long), [TableColumnType.Real] = typeof(double), [TableColumnType.Boolean] = typeof(bool), [TableColumnType.Text] = typeof(string) };
        for (var c = 0; c < fields.Count; c++)
        {
            // (Parquet.Net 6 surfaces UTF-8 string fields as ReadOnlyMemory<char>; they read back as string.)
            Assert.Equal(types[table.Columns[c].Type], fields[c].ClrType == typeof(ReadOnlyMemory<char>) ? typeof(string) : fields[c].ClrType);
            Assert.Equal(table.Columns[c].Nullable, fields[c].IsNullable);

            // And every value (bit-identical doubles, NaN included) and every null
            for (var r = 0; r < table.RowCount; r++)
            {
                Assert.Equal(table.Columns[c][r], columns[c][r]);
            }
        }
    }

    [Fact]
    public void Csv_Quotes_Text_And_Leaves_Missing_Values_Empty()
    {
        // Given the sample table
        var lines = CsvTableWriter.ToCsv(Sample()).Split('\n');

        // Then the header lists the columns, and rows use shortest round-trip numbers, 1/0 booleans, empty for null, RFC 4180 quotes
        Assert.Equal("name,note,count,grade,index,id,value,maybe,flag,rule", lines[0]);
        Assert.Equal("a,,1,,0,,0.1,,1,", lines[1]);
        Assert.Equal("\"b, \"\"c\"\"\",x,-2,3,9223372036854775807,1,NaN,2.5,0,1", lines[2]);
        Assert.Equal("\"\",y,0,,6,2,0.3333333333333333,1E+300,0,", lines[4]);
        Assert.Equal(string.Empty, lines[^1]);
    }

    [Fact]
    public void Bad_Tables_Are_Refused()
    {
        Assert.Throws<ArgumentException>(() => new ResultTable([TableColumn.Integer32("a", [1]), TableColumn.Integer32("a", [2])]));
        Assert.Throws<ArgumentException>(() => new ResultTable([TableColumn.Integer32("a", [1]), TableColumn.Integer32("b", [1, 2])]));
        Assert.Throws<ArgumentException>(() => TableColumn.Text("s", ["x", null]));
    }
}
