using System.Text;
using System.Xml.Linq;
using Abscopal.Reporting.Internal;
using ScottPlot;
using SkiaSharp;

namespace Abscopal.Reporting;

/// <summary>
/// A finished figure: one or more stacked plots sharing a time axis, rendered on demand to PNG or SVG. Immutable:
/// each rendering builds the plots afresh from their recipes, so a figure can be rendered at several sizes.
/// </summary>
public sealed class Figure
{
    private readonly IReadOnlyList<Panel> _panels;

    internal Figure(string title, string description, IReadOnlyList<Panel> panels, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 100);
        Title = title;
        Description = description;
        _panels = panels;
        Width = width;
        Height = height;
    }

    /// <summary>The figure's title (also the SVG &lt;title&gt;).</summary>
    public string Title { get; }

    /// <summary>One or two sentences saying what the figure shows and how to read it (alt text and report caption).</summary>
    public string Description { get; }

    /// <summary>Width, in pixels.</summary>
    public int Width { get; }

    /// <summary>Height, in pixels.</summary>
    public int Height { get; }

    /// <summary>The number of stacked plots (e.g. 2 for trajectories over a treatment strip).</summary>
    public int PanelCount => _panels.Count;

    internal IReadOnlyList<Panel> Panels => _panels;

    /// <summary>The same figure at another size, in pixels (each ≥ 100).</summary>
    public Figure WithSize(int width, int height) => new(Title, Description, _panels, width, height);

    /// <summary>The figure as a PNG image of <see cref="Width"/> × <see cref="Height"/> pixels.</summary>
    public byte[] ToPng()
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("SkiaSharp could not create a drawing surface.");
        surface.Canvas.Clear(SKColors.White);
        Draw(surface.Canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>The figure as a standalone SVG document (UTF-8 text, no external references), with a &lt;title&gt; and a &lt;desc&gt;.</summary>
    public string ToSvg()
    {
        string raw;
        using (var stream = new SKDynamicMemoryWStream())
        {
            using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, Height), stream))
            {
                using var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill };
                canvas.DrawRect(new SKRect(0, 0, Width, Height), white);
                Draw(canvas);
            }

            using var data = stream.DetachAsData();
            raw = Encoding.UTF8.GetString(data.ToArray());
        }

        var document = XDocument.Parse(raw);
        var root = document.Root!;
        XNamespace svg = root.Name.Namespace;
        root.SetAttributeValue("viewBox", $"0 0 {Width} {Height}");
        root.SetAttributeValue("role", "img");
        root.AddFirst(new XElement(svg + "title", Title), new XElement(svg + "desc", Description));
        foreach (var element in root.Descendants())
        {
            var family = element.Attribute("font-family");
            if (family is not null && !family.Value.Contains(',', StringComparison.Ordinal))
            {
                family.Value = $"{family.Value}, {Style.SvgFontFallback}";
            }
        }

        return document.Declaration + "\n" + root.ToString(SaveOptions.DisableFormatting) + "\n";
    }

    private void Draw(SKCanvas canvas)
    {
        double total = _panels.Sum(p => p.HeightWeight);
        float top = 0;
        for (int i = 0; i < _panels.Count; i++)
        {
            float height = i == _panels.Count - 1 ? Height - top : (float)Math.Round(Height * _panels[i].HeightWeight / total);
            using var plot = _panels[i].Build();
            // A first render settles ScottPlot's axis limits and layout; without it the drawing is emitted twice.
            plot.RenderInMemory(Width, Math.Max(1, (int)height));
            // ScottPlot fills its figure background over the canvas clip, so each panel is clipped to its own strip.
            canvas.Save();
            canvas.ClipRect(new SKRect(0, top, Width, top + height));
            plot.Render(canvas, new PixelRect(0, Width, top + height, top));
            canvas.Restore();
            top += height;
        }
    }
}
