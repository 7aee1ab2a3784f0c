using Abscopal.Modeling;
using Abscopal.Modeling.Text;
using Abscopal.Models.Catalog;

namespace Abscopal.Models.Library.Published;

/// <summary>
/// Kuznetsov, Makalkin, Taylor and Perelson 1994: effector cells E and tumour cells T of an immunogenic tumour
/// (BCL1 lymphoma in mice), with time in days and populations in cells.
/// </summary>
/// <remarks>
/// Bull Math Biol 56(2):295–321, doi:10.1007/BF02460644; curated as BioModels BIOMD0000000762. It is the per-site
/// tumour–immune core on which Poleszczuk et al. 2016 (Cancer Res 76:1009) and Walker et al. 2018 (Sci Rep 8:9474)
/// build their multi-site models (as Rhodes and Hillen, bioRxiv doi:10.1101/565531, §1.2, summarise).
/// </remarks>
public static class Kuznetsov1994
{
    /// <summary>The catalog id.</summary>
    public const string Id = "kuznetsov1994";

    private const string Paper = "Kuznetsov et al. 1994 Bull Math Biol 56:295";
    private const string Values = Paper + ", parameter values estimated for BCL1 lymphoma in the spleen of chimeric mice (as curated in BIOMD0000000762)";

    /// <summary>The catalog entry.</summary>
    public static ModelCatalogEntry Entry { get; } = new(
        Id,
        "Kuznetsov 1994: effector cells and an immunogenic tumour (dormancy and sneaking through)",
        "Kuznetsov VA, Makalkin IA, Taylor MA, Perelson AS. Nonlinear dynamics of immunogenic tumors: parameter estimation and global bifurcation analysis. Bull Math Biol 1994;56(2):295–321. doi:10.1007/BF02460644 (BioModels BIOMD0000000762)",
        ModelKind.SingleTumour,
        Create);

    /// <summary>Builds the model with the published parameter values and the curated initial state (E 3.2×10⁵, T 5×10⁶ cells).</summary>
    public static Model Create()
    {
        var b = new ModelBuilder(Id)
        {
            Name = "Kuznetsov 1994 tumour–effector-cell model",
            Source = Entry.Citation,
            Notes = "Effector cells arrive at a constant rate s, are recruited by the tumour at a saturating rate p·E·T/(g + T), are inactivated by tumour cells (m) and die (d); tumour cells grow logistically (a, b) and are killed by effector cells (n). The paper scales E and T by 10⁶ cells and time by 1/(n·10⁶ cells) ≈ 9.08 days.",
            TimeUnits = "day",
        };

        b.AddDayAndCell();
        b.AddParameter("s", 1.3e4, "cell/day", Values + ": normal (non-tumour-driven) flow of effector cells into the tumour site");
        b.AddParameter("p", 0.1245, "1/day", Values + ": maximal tumour-driven proliferation/recruitment rate of effector cells");
        b.AddParameter("g", 2.019e7, "cell", Values + ": tumour size giving half-maximal recruitment");
        b.AddParameter("m", 3.422e-10, "1/(cell*day)", Values + ": inactivation of effector cells by tumour cells");
        b.AddParameter("d", 0.0412, "1/day", Values + ": death rate of effector cells");
        b.AddParameter("a", 0.18, "1/day", Values + ": maximal tumour growth rate");
        b.AddParameter("b", 2.0e-9, "1/cell", Values + ": inverse carrying capacity (1/b = 5×10⁸ cells)");
        b.AddParameter("n", 1.101e-7, "1/(cell*day)", Values + ": rate of tumour-cell kill per effector cell");

        b.Add(new Parameter("E")
        {
            Name = "Effector cells",
            Value = 3.2e5,
            Constant = false,
            Units = "cell",
            Source = "BIOMD0000000762 curated SED-ML (reproduction of the paper's Figure 1b): E(0) = 3.2×10⁵ cells, close to the tumour-free level s/d = 3.16×10⁵",
        });
        b.Add(new Parameter("T")
        {
            Name = "Tumour cells",
            Value = 5e6,
            Constant = false,
            Units = "cell",
            Source = "BIOMD0000000762 curated SED-ML (reproduction of the paper's Figure 1b): T(0) = 5×10⁶ cells",
        });

        b.Add(new RateRule("E", ExpressionParser.Parse("s + p*E*T/(g + T) - m*E*T - d*E")) { Source = Paper + ", effector-cell equation (dimensional form)" });
        b.Add(new RateRule("T", ExpressionParser.Parse("a*T*(1 - b*T) - n*E*T")) { Source = Paper + ", tumour-cell equation (dimensional form)" });
        return b.Build();
    }
}
