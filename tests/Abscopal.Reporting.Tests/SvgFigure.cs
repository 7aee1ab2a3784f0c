using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Abscopal.Reporting.Tests;

/// <summary>
/// Reads a figure's SVG as a person would read the picture: texts and where they are, the plot areas, the
/// dashed reference lines, and the data-to-pixel map implied by the tick labels.
/// </summary>
internal sealed partial class SvgFigure
{
    private SvgFigure(XDocument document)
    {
        Root = document.Root!;
        Ns = Root.Name.Namespace;
    }

    public XElement Root { get; }

    public XNamespace Ns { get; }

    public string Title => Root.Element(Ns + "title")?.Value ?? string.Empty;

    public string Description => Root.Element(Ns + "desc")?.Value ?? string.Empty;

    public IReadOnlyList<(string Text, double X, double Y)> Texts => Root.Descendants(Ns + "text")
        .Select(t => (t.Value.Trim(), Origin(t).X, Origin(t).Y))
        .ToList();

    /// <summary>The plot (data) areas, top to bottom: the clip rectangles smaller than the figure.</summary>
    public IReadOnlyList<(double X, double Y, double Width, double Height)> DataAreas => Root.Descendants(Ns + "clipPath")
        .Select(c => c.Element(Ns + "rect"))
        .Where(r => r?.Attribute("x") is not null)
        .Select(r => (Attr(r!, "x"), Attr(r!, "y"), Attr(r!, "width"), Attr(r!, "height")))
        .Where(a => a.Item3 > 150 && a.Item4 > 40 && a.Item1 < 0.3 * Attr(Root, "width"))
        .Distinct()
        .OrderBy(a => a.Item2)
        .ToList();

    public static SvgFigure Parse(string svg) => new(XDocument.Parse(svg));

    /// <summary>Pixel y of each dashed horizontal line (Skia writes a dashed stroke as a row of thin filled rectangles).</summary>
    public IReadOnlyList<double> DashedHorizontalLines()
    {
        var lines = new List<double>();
        foreach (var path in Root.Descendants(Ns + "path").Where(p => p.Attribute("fill")?.Value != "none"))
        {
            string d = path.Attribute("d")?.Value ?? string.Empty;
            int moves = d.Count(c => c == 'M');
            var ys = Points(d).Select(p => Math.Round(p.Y, 2)).Distinct().ToArray();
            if (moves >= 5 && ys.Length == 2 && Math.Abs(ys[0] - ys[1]) < 3)
            {
                lines.Add((ys[0] + ys[1]) / 2);
            }
        }

        return lines;
    }

    /// <summary>Polylines stroked in <paramref name="hex"/> (with at least two points) inside the data areas.</summary>
    public IReadOnlyList<(double X, double Y)[]> StrokedPaths(string hex) => Root.Descendants(Ns + "path")
        .Where(p => Colour(p.Attribute("stroke")?.Value) == Colour(hex) && p.Attribute("fill")?.Value == "none")
        .Select(p => Points(p.Attribute("d")!.Value))
        .Where(points => points.Length >= 2 && DataAreas.Any(a => Inside(a, points[0])))
        .ToList();

    /// <summary>Rectangles filled in <paramref name="hex"/> that lie inside a data area.</summary>
    public IReadOnlyList<(double X, double Y, double Width, double Height, double Opacity)> FilledRects(string hex) => Root.Descendants(Ns + "rect")
        .Where(r => Colour(r.Attribute("fill")?.Value) == Colour(hex) && r.Attribute("x") is not null)
        .Select(r => (Attr(r, "x"), Attr(r, "y"), Attr(r, "width"), Attr(r, "height"), r.Attribute("fill-opacity") is null ? 1.0 : Attr(r, "fill-opacity")))
        .Where(r => DataAreas.Any(a => Inside(a, (r.Item1 + 1, r.Item2 + 1))))
        .ToList();

    /// <summary>The linear map pixel y → data value fitted to the numeric tick labels left of <paramref name="area"/>; asserts they are collinear.</summary>
    public Func<double, double> YMap((double X, double Y, double Width, double Height) area) =>
        Fit(Texts.Where(t => t.X < area.X && t.Y >= area.Y - 1 && t.Y <= area.Y + area.Height + 1).Select(t => (Value: Number(t.Text), Pixel: t.Y)));

    /// <summary>The linear map pixel x → data value fitted to the numeric tick labels under <paramref name="area"/>.</summary>
    public Func<double, double> XMap((double X, double Y, double Width, double Height) area) =>
        Fit(Texts.Where(t => t.Y > area.Y + area.Height && t.Y < area.Y + area.Height + 30 && t.X >= area.X - 1 && t.X <= area.X + area.Width + 1).Select(t => (Value: Number(t.Text), Pixel: t.X)));

    public static (double X, double Y)[] Points(string d) => PointPattern().Matches(d)
        .Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
        .ToArray();

    private static Func<double, double> Fit(IEnumerable<(double? Value, double Pixel)> candidates)
    {
        var ticks = candidates.Where(c => c.Value is not null).Select(c => (Value: c.Value!.Value, c.Pixel)).ToArray();
        Assert.True(ticks.Length >= 3, $"only {ticks.Length} numeric tick labels");
        double mp = ticks.Average(t => t.Pixel), mv = ticks.Average(t => t.Value);
        double slope = ticks.Sum(t => (t.Pixel - mp) * (t.Value - mv)) / ticks.Sum(t => (t.Pixel - mp) * (t.Pixel - mp));
        double intercept = mv - (slope * mp);
        double range = ticks.Max(t => t.Value) - ticks.Min(t => t.Value);
        foreach (var t in ticks)
        {
            Assert.True(Math.Abs(intercept + (slope * t.Pixel) - t.Value) < 1e-3 * range, $"tick {t.Value} at {t.Pixel} is off the line");
        }

        return pixel => intercept + (slope * pixel);
    }

    /// <summary>A colour as lower-case #rrggbb (Skia writes #rgb where it can, and names for black and white).</summary>
    public static string Colour(string? value) => value?.ToLowerInvariant() switch
    {
        null => string.Empty,
        "black" => "#000000",
        "white" => "#ffffff",
        string v when v.Length == 4 && v[0] == '#' => $"#{v[1]}{v[1]}{v[2]}{v[2]}{v[3]}{v[3]}",
        string v => v,
    };

    private static double? Number(string text) =>
        double.TryParse(text.Replace('−', '-').Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : null;

    private static bool Inside((double X, double Y, double Width, double Height) area, (double X, double Y) point) =>
        point.X >= area.X - 1 && point.X <= area.X + area.Width + 1 && point.Y >= area.Y - 1 && point.Y <= area.Y + area.Height + 1;

    private static double Attr(XElement element, string name) => double.Parse(element.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    private static (double X, double Y) Origin(XElement text)
    {
        string transform = text.Attribute("transform")?.Value ?? string.Empty;
        var numbers = NumberPattern().Matches(transform).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        return transform.StartsWith("matrix", StringComparison.Ordinal) ? (numbers[4], numbers[5]) : numbers.Length >= 2 ? (numbers[0], numbers[1]) : (0, 0);
    }

    [GeneratedRegex(@"[ML]\s*(-?[\d.]+(?:e-?\d+)?)[ ,](-?[\d.]+(?:e-?\d+)?)")]
    private static partial Regex PointPattern();

    [GeneratedRegex(@"-?[\d.]+(?:e-?\d+)?")]
    private static partial Regex NumberPattern();
}
