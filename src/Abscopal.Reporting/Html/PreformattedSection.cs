using System.Xml.Linq;

namespace Abscopal.Reporting.Html;

/// <summary>Text shown verbatim in a monospaced block, e.g. the input scenario as JSON or YAML.</summary>
/// <param name="Heading">The section's heading.</param>
/// <param name="Text">The text.</param>
public sealed record PreformattedSection(string Heading, string Text) : ReportSection(Heading)
{
    internal override IEnumerable<XElement> Render(ReportRenderContext context)
    {
        yield return new XElement("pre", new XElement("code", Text));
    }
}
