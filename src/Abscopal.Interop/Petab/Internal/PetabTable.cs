using System.Collections.Immutable;

namespace Abscopal.Interop.Petab.Internal;

/// <summary>A PEtab TSV table: a header row of column names, then rows of tab-separated cells, with each row's 1-based line.</summary>
internal sealed class PetabTable
{
    private readonly Dictionary<string, int> _columnIndex;

    private PetabTable(string fileName, ImmutableArray<string> columns, ImmutableArray<PetabRow> rows)
    {
        FileName = fileName;
        Columns = columns;
        Rows = rows;
        _columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < columns.Length; i++)
        {
            _columnIndex.TryAdd(columns[i], i);
        }
    }

    public string FileName { get; }

    public ImmutableArray<string> Columns { get; }

    public ImmutableArray<PetabRow> Rows { get; }

    public bool Has(string column) => _columnIndex.ContainsKey(column);

    /// <summary>The cell of <paramref name="column"/> in <paramref name="row"/>, trimmed; empty when the column is absent or the row is short.</summary>
    public string Cell(PetabRow row, string column) =>
        _columnIndex.TryGetValue(column, out int i) && i < row.Cells.Length ? row.Cells[i].Trim() : string.Empty;

    /// <summary>Reads the table at <paramref name="path"/>; problems (no header, duplicate columns, rows longer than the header) go to <paramref name="errors"/>.</summary>
    public static PetabTable Read(string path, string fileName, List<PetabError> errors)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new PetabError(fileName, 0, string.Empty, $"cannot be read: {ex.Message}"));
            return new PetabTable(fileName, [], []);
        }

        return Parse(lines, fileName, errors);
    }

    /// <summary>Parses the lines of a table.</summary>
    public static PetabTable Parse(IReadOnlyList<string> lines, string fileName, List<PetabError> errors)
    {
        if (lines.Count == 0 || lines[0].Trim().Length == 0)
        {
            errors.Add(new PetabError(fileName, 1, string.Empty, "the table has no header row (tab-separated column names)"));
            return new PetabTable(fileName, [], []);
        }

        // A UTF-8 byte-order mark before the first column name is not part of it (one benchmark problem has one).
        var columns = lines[0].TrimStart('\uFEFF').Split('\t').Select(c => c.Trim()).ToImmutableArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string column in columns)
        {
            if (column.Length > 0 && !seen.Add(column))
            {
                errors.Add(new PetabError(fileName, 1, column, "the column appears twice in the header"));
            }
        }

        var rows = ImmutableArray.CreateBuilder<PetabRow>();
        for (int i = 1; i < lines.Count; i++)
        {
            string line = lines[i];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            int extra = cells.Skip(columns.Length).Count(c => c.Trim().Length > 0);
            if (extra > 0)
            {
                errors.Add(new PetabError(fileName, i + 1, string.Empty, $"the row has {cells.Length} cells, more than the header's {columns.Length} columns"));
            }

            rows.Add(new PetabRow(i + 1, [.. cells]));
        }

        return new PetabTable(fileName, columns, rows.ToImmutable());
    }
}
