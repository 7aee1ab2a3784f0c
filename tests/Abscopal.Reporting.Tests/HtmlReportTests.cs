using System.Text.RegularExpressions;
using System.Xml.Linq;
using Abscopal.Reporting.Html;

namespace Abscopal.Reporting.Tests;

public class HtmlReportTests
{
    private static readonly ReportProvenance s_provenance = new()
    {
        ToolVersion = "0.1.0",
        StartedAt = new DateTimeOffset(2026, 1, 5, 9, 30, 0, TimeSpan.Zero),
        Model = "irt-multilesion",
        ModelVersion = "2026.1",
        Seed = 20260105,
        InputHash = "49a64717d5d4cb19952e6eac2946415cf6879adacf9908e7d872332d32c6e684",
        Timings = [new("simulate", 1.25), new("report", 0.5)],
    };

    internal static string SampleReport() => new HtmlReportBuilder("Oligometastatic TNBC: SBRT to the breast with pembrolizumab")
        .WithProvenance(s_provenance)
        .WithUncertaintyStatement("Ensemble of 200 virtual patients drawn from the parameter priors; bands are 5–95%.")
        .Add(new PreformattedSection("Inputs", """{ "rt": { "dose_gy": 8, "fractions": 3 }, "drug": "pembrolizumab" }"""))
        .Add(new TableSection("Model parameters and sources", ["Parameter", "Value", "Unit", "Source"], [["α/β tumour", "10", "Gy", "assumed: conventional for tumours"], ["PD-1 drug t½", "22", "days", "KEYTRUDA label §12.3"]]) { Caption = "Every value with its source." })
        .Add(new FigureSection("Lesions", [FigureGallery.Make("lesions"), FigureGallery.Make("immune")]))
        .Add(new FigureSection("Cohort", [FigureGallery.Make("waterfall"), FigureGallery.Make("km"), FigureGallery.Make("uncertainty")]))
        .Add(new TextSection("Reading the figures", ["Solid lines are irradiated lesions.", "Dashed lines mark RECIST thresholds."]))
        .Build();

    private static XDocument Parse(string html)
    {
        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        return XDocument.Parse(html["<!DOCTYPE html>\n".Length..]);
    }

    [Fact]
    public void The_Report_Is_Well_Formed_Html_With_Head_Title_And_Charset()
    {
        // Given a report with every kind of section, when it is parsed as XML (polyglot HTML5), then it has the expected skeleton
        var html = Parse(SampleReport()).Root!;
        Assert.Equal("html", html.Name.LocalName);
        Assert.Equal("en", html.Attribute("lang")!.Value);
        Assert.Equal("utf-8", html.Element("head")!.Element("meta")!.Attribute("charset")!.Value);
        Assert.Equal("Oligometastatic TNBC: SBRT to the breast with pembrolizumab", html.Element("head")!.Element("title")!.Value);
        var headings = html.Descendants("h2").Select(h => h.Value).ToArray();
        Assert.Equal(["Contents", "Run provenance", "Uncertainty", "Inputs", "Model parameters and sources", "Lesions", "Cohort", "Reading the figures"], headings);
    }

    [Fact]
    public void The_Report_Is_Self_Contained()
    {
        string text = SampleReport();
        var html = Parse(text).Root!;

        // No URL of any scheme, no element that loads something, no reference that is not an in-page anchor
        Assert.DoesNotMatch(new Regex("https?:", RegexOptions.IgnoreCase), text);
        Assert.DoesNotMatch(new Regex(@"(?i)@import|url\((?!#)"), text);
        Assert.DoesNotContain(html.Descendants(), e => e.Name.LocalName is "script" or "link" or "img" or "iframe" or "object" or "embed" or "image" or "use");
        Assert.All(html.Descendants().Attributes().Where(a => a.Name.LocalName is "href" or "src" or "srcset" or "action"), a => Assert.StartsWith("#", a.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_Figure_Is_Inline_Svg_With_Its_Title_Numbered_And_Captioned()
    {
        var html = Parse(SampleReport()).Root!;
        var figures = html.Descendants("figure").ToArray();
        string[] titles = ["Lesion size over time", "Immune response", "Best change from baseline", "Remission", "Ensemble median and 5–95% range"];
        Assert.Equal(titles.Length, figures.Length);
        for (int i = 0; i < figures.Length; i++)
        {
            var svg = Assert.Single(figures[i].Elements("svg"));
            Assert.Equal(titles[i], svg.Element("title")!.Value);
            Assert.True(svg.Descendants("path").Count() > 20, "the SVG has drawing in it");
            Assert.StartsWith($"Figure {i + 1}. {titles[i]}.", figures[i].Element("figcaption")!.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ids_Are_Unique_And_Every_In_Page_Reference_Resolves()
    {
        // Several inline SVGs each bring clip paths; their ids must not collide or one figure clips another.
        var html = Parse(SampleReport()).Root!;
        var ids = html.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        var references = html.Descendants().Attributes()
            .SelectMany(a => Regex.Matches(a.Value, @"url\(#([^)]+)\)").Select(m => m.Groups[1].Value)
                .Concat(a.Name.LocalName == "href" ? [a.Value.TrimStart('#')] : []))
            .ToArray();
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.Contains(r, ids));
    }

    [Fact]
    public void The_Research_Statement_Is_Visible_At_The_Top_And_Uncertainty_Is_Stated()
    {
        var html = Parse(SampleReport()).Root!;
        var header = html.Element("body")!.Element("header")!;
        var statement = header.Descendants("p").Single(p => p.Attribute("class")?.Value == "disclaimer");
        Assert.Contains("not a clinical recommendation", statement.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("display: none", html.Element("head")!.Element("style")!.Value, StringComparison.Ordinal);
        Assert.Contains("200 virtual patients", html.Descendants("p").Single(p => p.Attribute("class")?.Value == "uncertainty").Value, StringComparison.Ordinal);

        // Without a statement the report still says that uncertainty was not quantified
        string plain = new HtmlReportBuilder("x").WithProvenance(s_provenance).Build();
        Assert.Contains(HtmlReportBuilder.DefaultUncertaintyStatement, plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Provenance_Shows_Versions_Seed_Hash_And_Timings()
    {
        var rows = Parse(SampleReport()).Root!.Descendants("table").First(t => t.Attribute("class")?.Value == "provenance")
            .Descendants("tr").ToDictionary(r => r.Element("th")!.Value, r => r.Element("td")!.Value);
        Assert.Equal("0.1.0", rows["abscopal version"]);
        Assert.Equal("irt-multilesion", rows["Model"]);
        Assert.Equal("2026.1", rows["Model version"]);
        Assert.Equal("20260105", rows["Random seed"]);
        Assert.Equal("2026-01-05 09:30:00 UTC", rows["Run started (UTC)"]);
        Assert.Equal(s_provenance.InputHash, rows["Input hash (SHA-256 of the canonical input)"]);
        Assert.Equal("1.25", rows["Time: simulate (s)"]);
        Assert.Equal("1.75", rows["Time: total (s)"]);
    }

    [Fact]
    public void Text_Is_Escaped_Not_Interpreted()
    {
        string html = new HtmlReportBuilder("<script>alert(1)</script>")
            .WithProvenance(s_provenance)
            .Add(new TextSection("A & B <b>", ["x < y && y > z"]))
            .Build();
        var root = Parse(html).Root!;
        Assert.Empty(root.Descendants("script"));
        Assert.Empty(root.Descendants("b"));
        Assert.Contains(root.Descendants("p"), p => p.Value == "x < y && y > z");
    }

    [Fact]
    public void Empty_Elements_Are_Written_With_End_Tags_Html_Can_Parse()
    {
        // HTML ignores "/>" on non-void elements: an empty <td/> would swallow the rest of the row.
        string html = new HtmlReportBuilder("t").WithProvenance(s_provenance).Add(new TableSection("T", ["a", "b"], [["", "x"]])).Build();
        Assert.Contains("<td></td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td />", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Report_Needs_Provenance_And_Rows_Must_Fit_The_Columns()
    {
        Assert.Throws<InvalidOperationException>(() => new HtmlReportBuilder("t").Build());
        var ragged = Assert.Throws<ArgumentException>(() => new HtmlReportBuilder("t").WithProvenance(s_provenance).Add(new TableSection("Params", ["a", "b"], [["1"]])).Build());
        Assert.Contains("Params", ragged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Sample_Report_Can_Be_Opened()
    {
        string path = Path.Combine(Path.GetTempPath(), "abscopal-figures", "report.html");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, SampleReport());
        Assert.True(new FileInfo(path).Length > 100_000);
    }
}
