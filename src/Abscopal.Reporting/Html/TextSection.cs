using System.Xml.Linq;

namespace Abscopal.Reporting.Html;

/// <summary>Paragraphs of plain text (HTML in the text is shown as text, not interpreted).</summary>
/// <param name="Heading">The section's heading.</param>
/// <param name="Paragraphs">The paragraphs, in order.</param>
public sealed record TextSection(string Heading, IReadOnlyList<string> Paragraphs) : ReportSection(Heading)
{
    internal override IEnumerable<XElement> Render(ReportRenderContext context) => Paragraphs.Select(p => new XElement("p", p));
}
