namespace Abscopal.Reporting.Tests;

public class FigureTests
{
    public static TheoryData<string> Names => new(FigureGallery.Names);

    [Theory]
    [MemberData(nameof(Names))]
    public void The_Svg_Is_Well_Formed_With_Title_Description_And_Labelled_Axes(string name)
    {
        // Given a recipe's figure
        var figure = FigureGallery.Make(name);

        // When it is rendered as SVG
        var svg = SvgFigure.Parse(figure.ToSvg());

        // Then the document has the figure's size, a <title> and a <desc>, the title drawn, and every axis label with its unit
        Assert.Equal(figure.Width.ToString(System.Globalization.CultureInfo.InvariantCulture), svg.Root.Attribute("width")!.Value);
        Assert.Equal(figure.Height.ToString(System.Globalization.CultureInfo.InvariantCulture), svg.Root.Attribute("height")!.Value);
        Assert.Equal(figure.Title, svg.Title);
        Assert.False(string.IsNullOrWhiteSpace(svg.Description));
        var texts = svg.Texts.Select(t => t.Text).ToHashSet();
        Assert.Contains(figure.Title, texts);
        foreach (string label in FigureGallery.AxisLabels(name))
        {
            Assert.Contains(label, texts);
        }

        Assert.Equal(figure.PanelCount, svg.DataAreas.Count);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_Png_Has_The_Figure_Size_Ink_And_A_Drawn_Title(string name)
    {
        var figure = FigureGallery.Make(name);
        byte[] png = figure.ToPng();

        Assert.Equal((figure.Width, figure.Height), Png.Size(png));
        Assert.InRange(Png.InkFraction(png), 0.03, 0.9);
        // The title sits in the top 40 pixels: dark text pixels there mean a font was found and text rendered.
        Assert.True(Png.DarkFractionInRows(png, 0, 40) > 0.002, "no title text was drawn (is a font installed? see .ci/run)");
    }

    [Fact]
    public void WithSize_Renders_At_The_New_Size()
    {
        var figure = FigureGallery.Make("waterfall").WithSize(640, 400);
        Assert.Equal((640, 400), Png.Size(figure.ToPng()));
        Assert.Equal("640", SvgFigure.Parse(figure.ToSvg()).Root.Attribute("width")!.Value);
    }

    [Fact]
    public void Figures_Can_Be_Looked_At()
    {
        // Writes the gallery for a person to inspect (the session's reviewer looked at every PNG); checks the files exist.
        string folder = FigureGallery.WriteAll();
        Assert.All(FigureGallery.Names, n => Assert.True(new FileInfo(Path.Combine(folder, n + ".png")).Length > 5000));
    }

    [Fact]
    public void Waterfall_Reference_Lines_Are_At_Minus_30_And_Plus_20_Percent()
    {
        // RECIST 1.1 (Eisenhauer et al. 2009, §4.3.1): PR is a ≥30% decrease, PD a ≥20% increase in the sum of diameters.
        var svg = SvgFigure.Parse(FigureGallery.Make("waterfall").ToSvg());
        var y = svg.YMap(svg.DataAreas.Single());
        var levels = svg.DashedHorizontalLines().Select(y).Order().ToArray();
        Assert.Equal(2, levels.Length);
        Assert.Equal(-30, levels[0], 0.5);
        Assert.Equal(20, levels[1], 0.5);
    }

    [Fact]
    public void Waterfall_Bars_Are_Sorted_Coloured_By_Recist_And_Reach_Their_Values()
    {
        var bars = Recipes.Waterfall();
        var svg = SvgFigure.Parse(FigureGallery.Make("waterfall").ToSvg());
        var y = svg.YMap(svg.DataAreas.Single());

        // One bar per patient, in each category's colour
        foreach (var category in Enum.GetValues<RecistCategory>())
        {
            Assert.Equal(bars.Count(b => b.Category == category), svg.FilledRects(OkabeIto.ForRecist(category)).Count);
        }

        // Left to right from most growth to most shrinkage, each bar's far end at its value
        var drawn = Enum.GetValues<RecistCategory>()
            .SelectMany(c => svg.FilledRects(OkabeIto.ForRecist(c)))
            .OrderBy(r => r.X)
            .Select(r => Math.Abs(y(r.Y)) > Math.Abs(y(r.Y + r.Height)) ? y(r.Y) : y(r.Y + r.Height))
            .ToArray();
        Assert.Equal(bars.Select(b => b.BestPercentChange).OrderDescending().ToArray(), drawn, (a, b) => Math.Abs(a - b) < 0.5);
    }

    [Fact]
    public void Spider_Draws_One_Line_Per_Patient_In_Its_Response_Colour_With_The_Recist_Lines()
    {
        var patients = Recipes.Spider();
        var svg = SvgFigure.Parse(FigureGallery.Make("spider").ToSvg());
        foreach (var category in patients.Select(p => p.BestResponse).Distinct())
        {
            Assert.Equal(patients.Count(p => p.BestResponse == category), svg.StrokedPaths(OkabeIto.ForRecist(category)).Count(p => p.Length >= 3));
        }

        var y = svg.YMap(svg.DataAreas.Single());
        Assert.Equal([-30.0, 20.0], svg.DashedHorizontalLines().Select(y).Order().ToArray(), (a, b) => Math.Abs(a - b) < 0.5);
    }

    [Fact]
    public void Lesion_Lines_Follow_The_Data_And_Treatment_Marks_Are_Named()
    {
        var lesions = Recipes.Lesions();
        var svg = SvgFigure.Parse(FigureGallery.Make("lesions").ToSvg());
        var area = svg.DataAreas[0];
        var x = svg.XMap(area);
        var y = svg.YMap(area);

        // The irradiated lesion's solid line, in the first series colour, passes through its first and last points
        var breast = lesions[0];
        Assert.True(breast.Irradiated);
        var path = Assert.Single(svg.StrokedPaths(OkabeIto.SeriesOrder[0]), p => p.Length > 10);
        Assert.Equal(breast.TimesDays[0], x(path[0].X), 0.3);
        Assert.Equal(breast.Values[0], y(path[0].Y), breast.Values.Max() * 0.005);
        Assert.Equal(breast.TimesDays[^1], x(path[^1].X), 0.3);
        Assert.Equal(breast.Values[^1], y(path[^1].Y), breast.Values.Max() * 0.005);

        // The others are dashed (Skia writes dashes as filled outlines) in their colours, spanning the whole time range
        for (int i = 1; i < lesions.Count; i++)
        {
            Assert.False(lesions[i].Irradiated);
            var dashes = svg.Root.Descendants(svg.Ns + "path")
                .Where(p => SvgFigure.Colour(p.Attribute("fill")?.Value) == SvgFigure.Colour(OkabeIto.SeriesOrder[i]))
                .SelectMany(p => SvgFigure.Points(p.Attribute("d")!.Value))
                .Where(p => p.Y < area.Y + area.Height && p.X < area.X + area.Width)
                .ToArray();
            Assert.True(dashes.Length > 40, $"{lesions[i].Id}: {dashes.Length} dash points");
            Assert.Equal(lesions[i].TimesDays[0], x(dashes.Min(p => p.X)), 1.0);
            Assert.Equal(lesions[i].TimesDays[^1], x(dashes.Max(p => p.X)), 1.0);
        }

        var texts = svg.Texts.Select(t => t.Text).ToHashSet();
        Assert.Contains("breast (irradiated)", texts);
        Assert.Contains("liver1", texts);
        Assert.Contains("RT 3 × 8 Gy", texts);
        Assert.Contains("anti-PD-1", texts);
        Assert.Equal(2, svg.DataAreas.Count);
    }

    [Fact]
    public void Alc_Bands_Are_The_Ctcae_Lymphopenia_Grades()
    {
        // CTCAE v5.0, "Lymphocyte count decreased": G1 <LLN–800, G2 <800–500, G3 <500–200, G4 <200 cells/µL (LLN 1000 here).
        var svg = SvgFigure.Parse(FigureGallery.Make("immune").ToSvg());
        var alc = svg.DataAreas[2];
        var y = svg.YMap(alc);
        var bands = svg.FilledRects(OkabeIto.Vermillion).Where(r => r.Opacity < 1 && r.Y >= alc.Y - 1 && r.Y <= alc.Y + alc.Height).ToArray();
        Assert.Equal(4, bands.Length);
        var edges = bands.SelectMany(b => new[] { y(b.Y), y(b.Y + b.Height) }).Select(v => Math.Round(v)).Distinct().Order().ToArray();
        Assert.Equal([0.0, 200, 500, 800, 1000], edges);
        var texts = svg.Texts.Select(t => t.Text).ToHashSet();
        Assert.Subset(texts, new HashSet<string> { "G1", "G2", "G3", "G4" });
    }

    [Fact]
    public void Kaplan_Meier_Steps_Match_The_Published_Estimates_And_Numbers_At_Risk_Sit_Under_Their_Times()
    {
        // Freireich et al. 1963 6-MP arm; product-limit estimates as tabulated by Kleinbaum and Klein, Survival Analysis
        // (3rd ed.), Table 2.2: 0.857 (6 wk), 0.807, 0.753, 0.690, 0.627, 0.538, 0.448 (23 wk).
        var svg = SvgFigure.Parse(FigureGallery.Make("km").ToSvg());
        var main = svg.DataAreas[0];
        var y = svg.YMap(main);
        var line = Assert.Single(svg.StrokedPaths(OkabeIto.Blue), p => p.Length > 10);
        var levels = line.Select(p => Math.Round(y(p.Y), 3)).Distinct().ToArray();
        foreach (double published in new[] { 1, 0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448 })
        {
            Assert.Contains(levels, level => Math.Abs(level - published) < 0.002);
        }

        // Numbers at risk at 0, 70, 140, 210 days (0, 10, 20, 30 weeks): 6-MP 21, 15, 8, 4 and placebo 21, 8, 2, 0
        var table = svg.DataAreas[1];
        var x = svg.XMap(table);
        var cells = svg.Texts.Where(t => t.Y > table.Y && t.Y < table.Y + table.Height && t.X > table.X).OrderBy(t => t.Y).ThenBy(t => t.X).ToArray();
        Assert.Equal(["21", "15", "8", "4", "21", "8", "2", "0"], cells.Select(c => c.Text));
        Assert.Equal([0.0, 70, 140, 210, 0, 70, 140, 210], cells.Select(c => Math.Round(x(c.X))));
    }

    [Fact]
    public void Tornado_Puts_The_Largest_Swing_On_Top_And_The_Baseline_At_Its_Value()
    {
        var svg = SvgFigure.Parse(FigureGallery.Make("tornado").ToSvg());
        var area = svg.DataAreas.Single();
        var labels = svg.Texts.Where(t => t.X < area.X && Recipes.Tornado().Any(p => p.Parameter == t.Text)).OrderBy(t => t.Y).Select(t => t.Text);
        var expected = Recipes.Tornado().OrderByDescending(p => Math.Abs(p.OutputAtHigh - p.OutputAtLow)).Select(p => p.Parameter);
        Assert.Equal(expected, labels);

        var x = svg.XMap(area);
        var baseline = svg.Root.Descendants(svg.Ns + "path")
            .Where(p => SvgFigure.Colour(p.Attribute("stroke")?.Value) == "#000000" && p.Attribute("stroke-width")?.Value == "1.5")
            .Select(p => SvgFigure.Points(p.Attribute("d")!.Value))
            .Single(p => p.Length == 2 && Math.Abs(p[0].X - p[1].X) < 0.01 && Math.Abs(p[0].Y - p[1].Y) > area.Height * 0.9);
        Assert.Equal(0.34, x(baseline[0].X), 0.001);
    }

    [Fact]
    public void Swimmer_Lanes_Run_Longest_At_The_Top()
    {
        var svg = SvgFigure.Parse(FigureGallery.Make("swimmer").ToSvg());
        var area = svg.DataAreas.Single();
        var ids = Recipes.Swimmer().Select(l => l.Id).ToHashSet();
        var order = svg.Texts.Where(t => t.X < area.X && ids.Contains(t.Text)).OrderBy(t => t.Y).Select(t => t.Text);
        Assert.Equal(Recipes.Swimmer().OrderByDescending(l => l.DurationDays).Select(l => l.Id), order);
    }

    [Fact]
    public void Uncertainty_Draws_A_Median_Line_Over_A_Band_For_Each_Scenario()
    {
        var bands = Recipes.Uncertainty();
        var svg = SvgFigure.Parse(FigureGallery.Make("uncertainty").ToSvg());
        var area = svg.DataAreas.Single();
        var y = svg.YMap(area);
        for (int i = 0; i < bands.Count; i++)
        {
            var median = Assert.Single(svg.StrokedPaths(OkabeIto.SeriesOrder[i]), p => p.Length > 10);
            Assert.Equal(bands[i].Median[^1], y(median[^1].Y), 2);
        }

        var texts = svg.Texts.Select(t => t.Text).ToHashSet();
        Assert.Contains("RT alone: 5–95%", texts);
        Assert.Contains("RT + anti-PD-1: median", texts);
    }

    [Fact]
    public void Svg_Text_Names_A_Sans_Serif_Font_With_Fallbacks()
    {
        var svg = SvgFigure.Parse(FigureGallery.Make("scatter").ToSvg());
        var families = svg.Root.Descendants(svg.Ns + "text").Select(t => t.Attribute("font-family")!.Value).Distinct().ToArray();
        Assert.All(families, f => Assert.EndsWith("sans-serif", f, StringComparison.Ordinal));
    }

    [Fact]
    public void Without_Treatment_Marks_There_Is_No_Strip_And_The_Plot_Keeps_Its_Time_Axis()
    {
        // Given no treatment to mark, when the lesion and immune figures are drawn, then they have no strip panel
        var lesions = Figures.LesionTrajectories(Recipes.Lesions(), TreatmentMarks.None, LesionMeasure.DiameterMillimetres);
        var immune = Figures.ImmunePanel(Recipes.Immune(), TreatmentMarks.None);
        Assert.Equal(1, lesions.PanelCount);
        Assert.Equal(3, immune.PanelCount);
        foreach (var figure in new[] { lesions, immune })
        {
            var svg = SvgFigure.Parse(figure.ToSvg());
            Assert.Equal(figure.PanelCount, svg.DataAreas.Count);
            Assert.Contains("Time (days)", svg.Texts.Select(t => t.Text));
        }

        Assert.Contains("Longest diameter (mm)", SvgFigure.Parse(lesions.ToSvg()).Texts.Select(t => t.Text));
    }

    [Fact]
    public void Markup_Characters_In_Labels_Survive_As_Text()
    {
        var figure = Figures.Scatter([new("a", [1, 2, 3], [1, 2, 3]), new("b <&> \"c\"", [1, 2], [2, 1])], new AxisText("R&D <test>", "x \"dose\" (Gy)", "y & z (%)"));
        var svg = SvgFigure.Parse(figure.ToSvg());
        var texts = svg.Texts.Select(t => t.Text).ToHashSet();
        Assert.Equal("R&D <test>", svg.Title);
        Assert.Contains("R&D <test>", texts);
        Assert.Contains("b <&> \"c\"", texts);
        Assert.Contains("y & z (%)", texts);
    }

    [Fact]
    public void Mismatched_Or_Unordered_Series_Are_Refused_With_Their_Name()
    {
        var ragged = Assert.Throws<ArgumentException>(() => Figures.LesionTrajectories([new("liver1", false, [0, 1, 2], [1, 2])], TreatmentMarks.None));
        Assert.Contains("liver1", ragged.Message, StringComparison.Ordinal);
        var unordered = Assert.Throws<ArgumentException>(() => Figures.Uncertainty([new("arm A", [0, 2, 1], [1, 1, 1], [0, 0, 0], [2, 2, 2])], "Volume (mm³)"));
        Assert.Contains("arm A", unordered.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Figures.Waterfall([]));
        Assert.Throws<ArgumentException>(() => Figures.KaplanMeier([new SurvivalCurveData("x", [1], [0.5], [0.6], [0.7], new AtRiskTable([0], [1]))]));
    }
}
