using System.Globalization;
using System.Xml.Linq;

namespace Abscopal.Reporting.Html;

/// <summary>
/// Builds one self-contained HTML page: a research-use statement, run provenance, an uncertainty statement and the
/// sections in the order added; figures inline as SVG, styles inline, no scripts and no external resources, so it
/// opens offline in any browser. The markup is well-formed XML (polyglot HTML5).
/// </summary>
public sealed class HtmlReportBuilder
{
    /// <summary>The statement every report carries, visibly, at the top.</summary>
    public const string ResearchStatement =
        "Research software for in-silico studies: not a medical device and not a clinical recommendation. Do not use these results to decide any patient's treatment.";

    /// <summary>What the report says about uncertainty when the caller gives no statement.</summary>
    public const string DefaultUncertaintyStatement =
        "Uncertainty was not quantified in this run: the results come from one parameter set and are illustrative; run an ensemble to see the spread (median and 5–95% bands).";

    private static readonly HashSet<string> s_voidElements = ["meta", "br", "hr", "img", "col", "wbr", "input", "link", "area", "base", "source", "track", "embed"];

    private readonly string _title;
    private readonly List<ReportSection> _sections = [];
    private ReportProvenance? _provenance;
    private string _uncertainty = DefaultUncertaintyStatement;

    /// <summary>Starts a report with the given title.</summary>
    public HtmlReportBuilder(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        _title = title;
    }

    /// <summary>Sets the run's provenance (versions, seed, input hash, timings), shown near the top.</summary>
    public HtmlReportBuilder WithProvenance(ReportProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        _provenance = provenance;
        return this;
    }

    /// <summary>Sets what the report says about the uncertainty of its results (e.g. ensemble size and which bands are shown).</summary>
    public HtmlReportBuilder WithUncertaintyStatement(string statement)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        _uncertainty = statement;
        return this;
    }

    /// <summary>Appends a section.</summary>
    public HtmlReportBuilder Add(ReportSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentException.ThrowIfNullOrWhiteSpace(section.Heading);
        _sections.Add(section);
        return this;
    }

    /// <summary>The report as HTML text (UTF-8 when written), starting with &lt;!DOCTYPE html&gt;.</summary>
    /// <exception cref="InvalidOperationException">No provenance was given.</exception>
    public string Build()
    {
        var provenance = _provenance ?? throw new InvalidOperationException("A report needs its provenance: call WithProvenance first.");
        var context = new ReportRenderContext();
        var body = new XElement(
            "body",
            new XElement(
                "header",
                new XElement("h1", _title),
                new XElement("p", new XAttribute("class", "generated"), $"abscopal {provenance.ToolVersion} · run started {Utc(provenance.StartedAt)}"),
                new XElement("p", new XAttribute("class", "disclaimer"), new XAttribute("role", "note"), new XElement("strong", "Research use only. "), ResearchStatement)),
            new XElement("nav", new XAttribute("aria-label", "Contents"), new XElement("h2", "Contents"), new XElement("ol", Contents())),
            new XElement("section", new XAttribute("id", "provenance"), new XElement("h2", "Run provenance"), ProvenanceTable(provenance)),
            new XElement("section", new XAttribute("id", "uncertainty"), new XElement("h2", "Uncertainty"), new XElement("p", new XAttribute("class", "uncertainty"), _uncertainty)),
            _sections.Select((s, i) => new XElement("section", new XAttribute("id", $"section-{i + 1}"), new XElement("h2", s.Heading), s.Render(context))),
            new XElement("footer", new XElement("p", "A self-contained page: every figure is inline SVG and nothing is fetched from elsewhere. ", ResearchStatement)));

        var html = new XElement(
            "html",
            new XAttribute("lang", "en"),
            new XElement(
                "head",
                new XElement("meta", new XAttribute("charset", "utf-8")),
                new XElement("meta", new XAttribute("name", "viewport"), new XAttribute("content", "width=device-width, initial-scale=1")),
                new XElement("meta", new XAttribute("name", "generator"), new XAttribute("content", $"abscopal {provenance.ToolVersion}")),
                new XElement("title", _title),
                new XElement("style", Css)),
            body);
        foreach (var element in html.DescendantsAndSelf().Where(e => e.IsEmpty && !s_voidElements.Contains(e.Name.LocalName) && e.Ancestors("svg").Any() == false && e.Name.LocalName != "svg"))
        {
            element.Value = string.Empty;
        }

        return "<!DOCTYPE html>\n" + html.ToString(SaveOptions.DisableFormatting) + "\n";
    }

    private IEnumerable<XElement> Contents()
    {
        yield return Link("provenance", "Run provenance");
        yield return Link("uncertainty", "Uncertainty");
        for (int i = 0; i < _sections.Count; i++)
        {
            yield return Link($"section-{i + 1}", _sections[i].Heading);
        }
    }

    private static XElement Link(string id, string text) => new("li", new XElement("a", new XAttribute("href", "#" + id), text));

    private static XElement ProvenanceTable(ReportProvenance p)
    {
        var rows = new List<(string, string)>
        {
            ("abscopal version", p.ToolVersion),
            ("Model", p.Model ?? "—"),
            ("Model version", p.ModelVersion ?? "—"),
            ("Random seed", p.Seed?.ToString(CultureInfo.InvariantCulture) ?? "none (deterministic run)"),
            ("Run started (UTC)", Utc(p.StartedAt)),
            ("Input hash (SHA-256 of the canonical input)", p.InputHash ?? "—"),
        };
        foreach (var timing in p.Timings)
        {
            rows.Add(($"Time: {timing.Phase} (s)", Seconds(timing.Seconds)));
        }

        if (p.Timings.Count > 0)
        {
            rows.Add(("Time: total (s)", Seconds(p.Timings.Sum(t => t.Seconds))));
        }

        return new XElement("table", new XAttribute("class", "provenance"), new XElement("tbody", rows.Select(r => new XElement("tr", new XElement("th", new XAttribute("scope", "row"), r.Item1), new XElement("td", r.Item2)))));
    }

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string Seconds(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);

    // No '<', '>' or '&' in the rules: the style element is written as XML text.
    private const string Css = """
        :root { color-scheme: light; }
        body { font-family: "DejaVu Sans", Verdana, Arial, Helvetica, sans-serif; color: #1a1a1a; background: #ffffff; max-width: 1080px; margin: 0 auto; padding: 1.5rem; line-height: 1.5; }
        h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.3rem; border-bottom: 1px solid #dddddd; padding-bottom: 0.2rem; margin-top: 2rem; }
        .generated { color: #555555; margin-top: 0; }
        .disclaimer { border: 2px solid #D55E00; background: #fff4ec; padding: 0.75rem 1rem; border-radius: 4px; }
        .uncertainty { border-left: 4px solid #0072B2; padding-left: 0.75rem; }
        table { border-collapse: collapse; margin: 0.5rem 0; }
        th, td { border: 1px solid #dddddd; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
        thead th { background: #f2f2f2; }
        table.provenance th { background: #f7f7f7; font-weight: normal; color: #333333; }
        caption { caption-side: bottom; color: #555555; text-align: left; padding-top: 0.3rem; }
        figure { margin: 1.5rem 0; }
        figure svg { width: 100%; height: auto; display: block; border: 1px solid #eeeeee; }
        figcaption { color: #333333; margin-top: 0.4rem; }
        pre { background: #f7f7f7; border: 1px solid #e5e5e5; padding: 0.75rem; overflow-x: auto; font-size: 0.85rem; }
        footer { margin-top: 3rem; color: #555555; font-size: 0.9rem; border-top: 1px solid #dddddd; }
        @media print { figure { break-inside: avoid; } }
        """;
}
