using System.Globalization;
using ScottPlot;
using SkiaSharp;

namespace Abscopal.Reporting.Internal;

/// <summary>The house look: a sans-serif font legible at a glance, labelled axes, light grid, Okabe–Ito colours.</summary>
internal static class Style
{
    public const float TitleSize = 18;
    public const float LabelSize = 15;
    public const float TickSize = 13;
    public const float LegendSize = 13;

    /// <summary>Fallback families written into SVG so a browser without the render font still shows sans-serif text.</summary>
    public const string SvgFontFallback = "Verdana, Arial, Helvetica, sans-serif";

    private static readonly Lazy<string> s_font = new(PickFont);

    /// <summary>The first installed of DejaVu Sans, Liberation Sans, Noto Sans, Arial, Helvetica; else ScottPlot's default.</summary>
    public static string FontName => s_font.Value;

    public static Color Colour(string hex) => Color.FromHex(hex);

    public static Color SeriesColour(int index) => Colour(OkabeIto.SeriesOrder[index % OkabeIto.SeriesOrder.Count]);

    public static Plot NewPlot(string? title, string? xLabel, string? yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        if (!string.IsNullOrEmpty(title))
        {
            plot.Title(title, TitleSize);
        }

        if (xLabel is not null)
        {
            plot.XLabel(xLabel, LabelSize);
        }

        if (yLabel is not null)
        {
            plot.YLabel(yLabel, LabelSize);
        }

        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = TickSize;
            axis.TickLabelStyle.FontName = FontName;
            axis.Label.FontName = FontName;
        }

        plot.Axes.Title.Label.FontName = FontName;
        plot.Grid.MajorLineColor = Colour("#000000").WithAlpha(0.08);
        plot.Legend.FontSize = LegendSize;
        plot.Legend.FontName = FontName;
        return plot;
    }

    public static void LegendOutside(Plot plot)
    {
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontSize = LegendSize;
        plot.Legend.FontName = FontName;
    }

    public static void LegendInside(Plot plot, Alignment where)
    {
        plot.ShowLegend(where);
        plot.Legend.FontSize = LegendSize;
        plot.Legend.FontName = FontName;
        plot.Legend.BackgroundColor = Colors.White.WithAlpha(0.85);
    }

    /// <summary>A dashed black line at <paramref name="y"/>, labelled just above it at the right end (<paramref name="xRight"/>) of the data area.</summary>
    public static void ReferenceLine(Plot plot, double y, string label, double xRight)
    {
        plot.Add.HorizontalLine(y, 1.5f, Colour(OkabeIto.Black), LinePattern.Dashed);
        var text = plot.Add.Text(label, xRight, y);
        text.LabelFontSize = TickSize - 1;
        text.LabelFontName = FontName;
        text.LabelFontColor = Colour(OkabeIto.Black);
        text.LabelBackgroundColor = Colors.White.WithAlpha(0.8);
        text.LabelAlignment = Alignment.LowerRight;
        text.LabelOffsetY = -3;
        text.LabelOffsetX = -4;
    }

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string PickFont()
    {
        foreach (string family in new[] { "DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica" })
        {
            using var typeface = SKTypeface.FromFamilyName(family);
            if (typeface is not null && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase))
            {
                return family;
            }
        }

        return Fonts.Default;
    }
}
