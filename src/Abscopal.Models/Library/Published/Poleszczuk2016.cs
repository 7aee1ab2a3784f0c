using System.Text.RegularExpressions;
using Abscopal.Modeling;
using Abscopal.Modeling.Expressions;
using Abscopal.Modeling.Text;
using Abscopal.Models.Catalog;

namespace Abscopal.Models.Library.Published;

/// <summary>
/// A multi-site tumour–immune model after Poleszczuk et al. 2016 and Walker et al. 2018: the Kuznetsov 1994 model at
/// every site, coupled by redistributing tumour-activated effector cells among the sites in proportion to organ blood flow.
/// </summary>
/// <remarks>
/// Poleszczuk J et al. Cancer Res 2016;76(5):1009–18, doi:10.1158/0008-5472.CAN-15-1423; Walker R et al. Sci Rep 2018;8:9474,
/// doi:10.1038/s41598-018-27718-1. The papers' methods (trafficking matrix, site parameters) could not be read here, so
/// the coupling term is a reconstruction from their abstracts and figure legends; its form and the exported fraction are
/// marked assumed. Times in days, populations in cells.
/// </remarks>
public static partial class Poleszczuk2016
{
    /// <summary>The catalog id.</summary>
    public const string Id = "poleszczuk2016";

    private const string Icrp = "ICRP Publication 89 reference adult female, share of cardiac output (SCIENCE.md §2b)";
    private const string Coupling = "assumed: reconstruction of the trafficking of Poleszczuk 2016/Walker 2018 from their abstracts and figure legends (methods not accessible): a fraction phi of the effector cells activated at a site leaves it and is shared among the seeded sites in proportion to their organ's blood flow";

    /// <summary>The catalog entry (a breast primary seeded on day 0 and a lung metastasis seeded on day 200, as in Walker 2018 Fig. 4–5).</summary>
    public static ModelCatalogEntry Entry { get; } = new(
        Id,
        "Poleszczuk 2016 / Walker 2018: Kuznetsov tumour–immune model per site, T cells shared by blood flow (reconstructed coupling)",
        "Poleszczuk J, Luddy KA, Prokopiou S, et al. Abscopal benefits of localized radiotherapy depend on activated T-cell trafficking and distribution between metastatic lesions. Cancer Res 2016;76(5):1009–18. doi:10.1158/0008-5472.CAN-15-1423; Walker R, Poleszczuk J, et al. Immune interconnectivity of anatomically distant tumors as a potential mediator of systemic responses to local therapy. Sci Rep 2018;8:9474. doi:10.1038/s41598-018-27718-1",
        ModelKind.MultiLesion,
        Create);

    /// <summary>The default sites: a breast primary seeded on day 0 and a lung metastasis seeded on day 200 (Walker 2018 Fig. 4–5 set-up).</summary>
    public static IReadOnlyList<TumourSite> DefaultSites { get; } =
    [
        new("breast", 0.004, Icrp + ": breast ≈ 0.4 % [check]", SeedDay: 0),
        new("lung", 1.0, Icrp + ": lungs 100 % (all blood passes them)", SeedDay: 200),
    ];

    /// <summary>Builds the model for the default sites.</summary>
    public static Model Create() => Create(DefaultSites);

    /// <summary>Builds the model for the given sites (at least one, distinct names).</summary>
    public static Model Create(IReadOnlyList<TumourSite> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        if (sites.Count == 0)
        {
            throw new ArgumentException("At least one site is needed.", nameof(sites));
        }

        foreach (var site in sites)
        {
            if (!SiteName().IsMatch(site.Name))
            {
                throw new ArgumentException($"Site name '{site.Name}' must be letters, digits and '_' and start with a letter.", nameof(sites));
            }

            if (!(site.CardiacOutputShare > 0 && site.CardiacOutputShare <= 1))
            {
                throw new ArgumentException($"Site '{site.Name}': the share of cardiac output must be in (0, 1], not {site.CardiacOutputShare}.", nameof(sites));
            }
        }

        if (sites.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count() != sites.Count)
        {
            throw new ArgumentException("Site names must be distinct.", nameof(sites));
        }

        var b = new ModelBuilder(Id)
        {
            Name = "Multi-site Kuznetsov model with blood-flow-weighted T-cell redistribution",
            Source = Entry.Citation,
            Notes = Notes,
            TimeUnits = "day",
        };
        b.AddDayAndCell();

        const string values = "Kuznetsov et al. 1994 Bull Math Biol 56:295 (BIOMD0000000762), used at every site as Poleszczuk 2016 and Walker 2018 build on it; site-specific values of the papers not accessible";
        b.AddParameter("s", 1.3e4, "cell/day", values);
        b.AddParameter("p", 0.1245, "1/day", values);
        b.AddParameter("g", 2.019e7, "cell", values);
        b.AddParameter("m", 3.422e-10, "1/(cell*day)", values);
        b.AddParameter("d", 0.0412, "1/day", values);
        b.AddParameter("a", 0.18, "1/day", values);
        b.AddParameter("b", 2.0e-9, "1/cell", values);
        b.AddParameter("n", 1.101e-7, "1/(cell*day)", values);
        b.AddParameter("phi", 0.5, "dimensionless", "assumed: half of the tumour-activated effector cells leave their site (illustrative; the papers' value not accessible)");
        b.AddParameter("T_seed", 5e6, "cell", "assumed: a lesion is seeded at the curated initial tumour size of BIOMD0000000762 (5×10⁶ cells)");

        foreach (var site in sites)
        {
            var x = site.Name;
            b.AddParameter($"f_{x}", site.CardiacOutputShare, "dimensionless", site.ShareSource);
            b.AddParameter($"seed_day_{x}", site.SeedDay, "day", "assumed: scenario (Walker 2018 Fig. 4–5 seed the primary at t = 0 and a metastasis at t = 200 days)");
            b.AddParameter($"resection_day_{x}", site.ResectionDay, "day", "assumed: scenario (+inf = never)");
            b.AddParameter($"present_{x}", 0, "dimensionless", "state of the scenario: 1 from seeding to resection, else 0", constant: false);
            b.Add(new Parameter($"T_{x}") { Name = $"Tumour cells ({x})", Value = 0, Constant = false, Units = "cell", Source = "0 until the lesion is seeded" });
            b.Add(new Parameter($"E_{x}") { Name = $"Effector cells ({x})", Value = 3.2e5, Constant = false, Units = "cell", Source = "BIOMD0000000762 curated initial effector cells (≈ tumour-free level s/d)" });
            AddAssignment(b, $"A_{x}", ExpressionParser.Parse($"p*E_{x}*T_{x}/(g + T_{x})"), "cell/day", "Kuznetsov 1994: tumour-driven effector-cell activation at the site");
        }

        Expr flow = Expr.Zero;
        Expr activated = Expr.Zero;
        foreach (var site in sites)
        {
            flow = ReferenceEquals(flow, Expr.Zero) ? ExpressionParser.Parse($"f_{site.Name}*present_{site.Name}") : flow + ExpressionParser.Parse($"f_{site.Name}*present_{site.Name}");
            activated = ReferenceEquals(activated, Expr.Zero) ? Expr.Symbol($"A_{site.Name}") : activated + Expr.Symbol($"A_{site.Name}");
        }

        AddAssignment(b, "W", flow, "dimensionless", Coupling + " (W: blood flow through the seeded sites)");
        AddAssignment(b, "X", Expr.Symbol("phi") * activated, "cell/day", Coupling + " (X: activated effector cells entering the circulation)");

        foreach (var site in sites)
        {
            var x = site.Name;
            // max(W, 1e-300) only keeps 0/0 away before any site is seeded, when X is 0 too.
            b.Add(new RateRule($"E_{x}", ExpressionParser.Parse($"s + (1 - phi)*A_{x} + f_{x}*present_{x}/max(W, 1e-300)*X - m*E_{x}*T_{x} - d*E_{x}"))
            {
                Source = "Kuznetsov 1994 effector-cell equation with the activation term split into a retained part and a blood-flow-weighted share of the circulating cells (" + Coupling + ")",
            });
            b.Add(new RateRule($"T_{x}", ExpressionParser.Parse($"a*T_{x}*(1 - b*T_{x}) - n*E_{x}*T_{x}")) { Source = "Kuznetsov 1994 tumour-cell equation, at every site" });
            b.Add(new ModelEvent(new EventTrigger(ExpressionParser.Parse($"time >= seed_day_{x}")) { InitialValue = false })
            {
                Id = $"seed_{x}",
                Source = "scenario: the lesion appears with T_seed cells",
                Assignments = [new EventAssignment($"T_{x}", Expr.Symbol("T_seed")), new EventAssignment($"present_{x}", Expr.One)],
            });
            b.Add(new ModelEvent(new EventTrigger(ExpressionParser.Parse($"time >= resection_day_{x}")) { InitialValue = false })
            {
                Id = $"resect_{x}",
                Source = "scenario: surgery removes every tumour cell of the lesion (Walker 2018 Fig. 4)",
                Assignments = [new EventAssignment($"T_{x}", Expr.Zero), new EventAssignment($"present_{x}", Expr.Zero)],
            });
        }

        return b.Build();
    }

    private static void AddAssignment(ModelBuilder b, string id, Expr math, string units, string source)
    {
        b.Add(new Parameter(id) { Constant = false, Units = units, Source = source });
        b.Add(new AssignmentRule(id, math) { Source = source });
    }

    private const string Notes =
        "Each site i runs the Kuznetsov 1994 equations. Of the effector cells activated at a site (A_i = p·E_i·T_i/(g + T_i)) a fraction phi leaves into the blood and is shared among the seeded sites in proportion to their organ's share of cardiac output f_i, so a lesion in a well-perfused organ (lung: all blood) draws T cells activated elsewhere. " +
        "With one site the redistribution returns every cell to it and the model is exactly kuznetsov1994. " +
        "Reproduction (tests/Abscopal.Models.Tests/Published/Poleszczuk2016Tests.cs): seeding a lung metastasis on day 200 makes the breast primary escape (Poleszczuk 2016 abstract: seeding new metastases may accelerate the primary, T cells being diverted to them); removing the lung metastasis on day 400 shrinks the breast tumour (Walker 2018 Fig. 4B). " +
        "Disagreement, not tuned away: removing the breast primary on day 400 does not make the lung metastasis grow faster (Walker 2018 Fig. 4A; Poleszczuk 2016 abstract: removing the primary can favour rapid growth of metastases): here the primary has escaped by then and activates few T cells, so on day 500 the lung lesion is slightly smaller with the resection than without (8.58×10⁶ vs 8.86×10⁶ cells) and only later somewhat larger (8.27×10⁶ vs 7.49×10⁶ on day 800); both stay near the dormant level, with no rapid outgrowth. " +
        "The papers' trafficking matrix, site-specific parameters and radiation term could not be read; the coupling and phi are assumptions.";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex SiteName();
}
