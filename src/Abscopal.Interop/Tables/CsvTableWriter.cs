using System.Globalization;

namespace Abscopal.Interop.Tables;

/// <summary>Writes a <see cref="ResultTable"/> as CSV (RFC 4180): a header of column names, numbers in shortest round-trip form, booleans as 1/0, missing values empty, text quoted when needed.</summary>
public static class CsvTableWriter
{
    /// <summary>Writes <paramref name="table"/> to <paramref name="writer"/>, lines ending in '\n'.</summary>
    public static void Write(ResultTable table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', table.Columns.Select(c => Quote(c.Name))));
        writer.Write('\n');
        for (var row = 0; row < table.RowCount; row++)
        {
            for (var c = 0; c < table.Columns.Length; c++)
            {
                if (c > 0)
                {
                    writer.Write(',');
                }

                writer.Write(Format(table.Columns[c][row]));
            }

            writer.Write('\n');
        }
    }

    /// <summary>The CSV text of <paramref name="table"/>.</summary>
    public static string ToCsv(ResultTable table)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(table, writer);
        return writer.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        string s => Quote(s),
        _ => throw new InvalidOperationException($"unexpected cell type {value.GetType()}"),
    };

    private static string Quote(string s) => s.AsSpan().IndexOfAny(",\"\n\r") >= 0 || s.Length == 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
