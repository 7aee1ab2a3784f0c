using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Abscopal.Reporting.Html;

/// <summary>
/// A figure's SVG made fit to sit inside an HTML page: in no XML namespace (HTML puts &lt;svg&gt; in the SVG namespace
/// itself, and the report must name no URL), and with ids prefixed so the clip paths of several figures do not collide.
/// </summary>
internal static partial class InlineSvg
{
    public static XElement From(Figure figure, string idPrefix)
    {
        var root = XElement.Parse(figure.ToSvg());
        var inline = Strip(root, idPrefix);
        inline.SetAttributeValue("aria-labelledby", idPrefix + "title");
        var title = inline.Element("title");
        title?.SetAttributeValue("id", idPrefix + "title");
        return inline;
    }

    private static XElement Strip(XElement element, string prefix)
    {
        var copy = new XElement(element.Name.LocalName);
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration)
            {
                continue;
            }

            string value = attribute.Value;
            if (attribute.Name.LocalName == "id")
            {
                value = prefix + value;
            }
            else if (value.Contains("url(#", StringComparison.Ordinal))
            {
                value = UrlReference().Replace(value, m => $"url(#{prefix}{m.Groups[1].Value})");
            }
            else if (attribute.Name.LocalName == "href" && value.StartsWith('#'))
            {
                value = "#" + prefix + value[1..];
            }

            copy.SetAttributeValue(attribute.Name.LocalName, value);
        }

        foreach (var node in element.Nodes())
        {
            copy.Add(node is XElement child ? Strip(child, prefix) : node);
        }

        return copy;
    }

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();
}
