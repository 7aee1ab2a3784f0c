using System.Collections.ObjectModel;

namespace Abscopal.Trials.Populations;

/// <summary>The text ids of lines of therapy and PD-L1 statuses (as in trial files), and parsing that names the allowed values.</summary>
public static class PopulationIds
{
    private static readonly (LineOfTherapy Value, string Id)[] s_lines = [(LineOfTherapy.Any, "any"), (LineOfTherapy.FirstLine, "first_line"), (LineOfTherapy.Pretreated, "pretreated")];
    private static readonly (PdL1Status Value, string Id)[] s_pdl1 = [(PdL1Status.Any, "any"), (PdL1Status.Negative, "negative"), (PdL1Status.Positive, "positive"), (PdL1Status.Cps10, "cps10")];

    /// <summary>Allowed line ids.</summary>
    public static ReadOnlyCollection<string> LineIds { get; } = Array.AsReadOnly(s_lines.Select(s => s.Id).ToArray());

    /// <summary>Allowed PD-L1 status ids.</summary>
    public static ReadOnlyCollection<string> PdL1Ids { get; } = Array.AsReadOnly(s_pdl1.Select(s => s.Id).ToArray());

    /// <summary>The id of a line.</summary>
    public static string Id(this LineOfTherapy line) => s_lines.Single(s => s.Value == line).Id;

    /// <summary>The id of a PD-L1 status.</summary>
    public static string Id(this PdL1Status status) => s_pdl1.Single(s => s.Value == status).Id;

    /// <summary>Parses a line id (case-insensitive; '-' may stand for '_'); the error names the allowed ids.</summary>
    public static LineOfTherapy ParseLine(string id) => Parse(s_lines, id, "line");

    /// <summary>Parses a PD-L1 status id (case-insensitive); the error names the allowed ids.</summary>
    public static PdL1Status ParsePdL1(string id) => Parse(s_pdl1, id, "pdl1");

    private static T Parse<T>((T Value, string Id)[] table, string id, string field)
    {
        ArgumentNullException.ThrowIfNull(id);
        var text = id.Trim().Replace('-', '_');
        foreach (var (value, name) in table)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new ArgumentException($"{field} '{id}' is not known; allowed: {string.Join(", ", table.Select(t => t.Id))}.", field);
    }
}
