using System.Xml.Linq;

namespace Abscopal.Reporting.Html;

/// <summary>A table, e.g. inputs or parameter values with their sources.</summary>
/// <param name="Heading">The section's heading.</param>
/// <param name="Columns">Column headings, with units where they apply.</param>
/// <param name="Rows">The rows; each has one cell per column.</param>
public sealed record TableSection(string Heading, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportSection(Heading)
{
    /// <summary>A sentence under the table, or null.</summary>
    public string? Caption { get; init; }

    internal override IEnumerable<XElement> Render(ReportRenderContext context)
    {
        foreach (var row in Rows)
        {
            if (row.Count != Columns.Count)
            {
                throw new ArgumentException($"Section '{Heading}': a row has {row.Count} cells for {Columns.Count} columns.");
            }
        }

        var table = new XElement(
            "table",
            Caption is null ? null : new XElement("caption", Caption),
            new XElement("thead", new XElement("tr", Columns.Select(c => new XElement("th", new XAttribute("scope", "col"), c)))),
            new XElement("tbody", Rows.Select(r => new XElement("tr", r.Select(cell => new XElement("td", cell))))));
        yield return table;
    }
}
