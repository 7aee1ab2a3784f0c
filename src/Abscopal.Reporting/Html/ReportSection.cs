using System.Xml.Linq;

namespace Abscopal.Reporting.Html;

/// <summary>A section of an HTML report: a heading and content (text, a table, figures or preformatted text).</summary>
/// <param name="Heading">The section's heading.</param>
public abstract record ReportSection(string Heading)
{
    /// <summary>Renders the section's content (without its heading) as XHTML elements.</summary>
    internal abstract IEnumerable<XElement> Render(ReportRenderContext context);
}
