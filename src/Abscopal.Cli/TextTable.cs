namespace Abscopal.Cli;

/// <summary>Writes a plain-text table: columns padded to their widest cell, two spaces apart, a dashed rule under the header.</summary>
internal static class TextTable
{
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        WriteRow(writer, header, widths);
        WriteRow(writer, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            WriteRow(writer, row, widths);
        }
    }

    private static void WriteRow(TextWriter writer, IReadOnlyList<string> cells, int[] widths)
    {
        string line = string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i])));
        writer.Write(line.TrimEnd());
        writer.Write('\n');
    }
}
