using System.Xml.Linq;

namespace Abscopal.Reporting.Html;

/// <summary>Figures drawn inline as SVG, each numbered with its title and description as the caption.</summary>
/// <param name="Heading">The section's heading.</param>
/// <param name="Figures">The figures, in order.</param>
public sealed record FigureSection(string Heading, IReadOnlyList<Figure> Figures) : ReportSection(Heading)
{
    internal override IEnumerable<XElement> Render(ReportRenderContext context)
    {
        foreach (var figure in Figures)
        {
            int number = context.NextFigureNumber();
            yield return new XElement(
                "figure",
                new XAttribute("id", $"figure-{number}"),
                InlineSvg.From(figure, $"f{number}-"),
                new XElement("figcaption", new XElement("strong", $"Figure {number}. {figure.Title}."), " ", figure.Description));
        }
    }
}
