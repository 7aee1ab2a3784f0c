using Abscopal.Models.Patients;
using Abscopal.Radiobiology.Lymphocytes;

namespace Abscopal.Models.Core;

/// <summary>Perfusion of a lesion's host site: share of cardiac output, organ mass and blood transit time (human reference adult).</summary>
/// <param name="Site">The anatomic site.</param>
/// <param name="CardiacOutputShare">Share of cardiac output through the whole organ (dimensionless).</param>
/// <param name="OrganMassGrams">Mass of the organ, in g (≈ mL of tissue).</param>
/// <param name="TransitSeconds">Mean blood transit time through the organ, in s.</param>
/// <param name="Source">Where the numbers come from.</param>
public sealed record SitePhysiology(AnatomicSite Site, double CardiacOutputShare, double OrganMassGrams, double TransitSeconds, string Source)
{
    private const string Masses = "organ mass: ICRP Publication 89 reference adult [check: recalled]";

    /// <summary>Reference adult cardiac output, in L/min (ICRP 89 male; SCIENCE.md §2b).</summary>
    public const double HumanCardiacOutputLitresPerMinute = 6.5;

    /// <summary>Reference adult body weight, in kg (ICRP 89 male) [check: recalled].</summary>
    public const double HumanReferenceWeightKg = 73;

    /// <summary>Mouse cardiac output, in L/min (≈ 8 mL/min for 20 g; Davies &amp; Morris 1993, SCIENCE.md §2b).</summary>
    public const double MouseCardiacOutputLitresPerMinute = 0.008;

    /// <summary>Mouse body weight of the Davies &amp; Morris reference, in kg.</summary>
    public const double MouseReferenceWeightKg = 0.020;

    /// <summary>Perfusion of the organ per gram of tissue in the reference adult, in mL/min/g: share × cardiac output ÷ organ mass.</summary>
    public double HumanPerfusionMlPerMinPerGram => CardiacOutputShare * HumanCardiacOutputLitresPerMinute * 1000 / OrganMassGrams;

    /// <summary>Perfusion per gram for a host species: the human value scaled by the ratio of cardiac output per body weight (mouse ≈ 4.5×), in mL/min/g.</summary>
    public double PerfusionMlPerMinPerGram(HostSpecies species) => species == HostSpecies.Human
        ? HumanPerfusionMlPerMinPerGram
        : HumanPerfusionMlPerMinPerGram * (MouseCardiacOutputLitresPerMinute / MouseReferenceWeightKg) / (HumanCardiacOutputLitresPerMinute / HumanReferenceWeightKg);

    /// <summary>The site as the lymphocyte blood-dose model of Abscopal.Radiobiology sees it.</summary>
    public IrradiatedSite AsIrradiatedSite => new(Site.Id(), CardiacOutputShare, TransitSeconds, Source);

    // Built once per site: a virtual trial asks for each lesion's site per patient.
    private static readonly SitePhysiology?[] s_known = new SitePhysiology?[8];

    /// <summary>The physiology of <paramref name="site"/>.</summary>
    public static SitePhysiology Of(AnatomicSite site)
    {
        var i = (int)site;
        if ((uint)i < (uint)s_known.Length && Volatile.Read(ref s_known[i]) is { } known)
        {
            return known;
        }

        var built = Build(site);
        if ((uint)i < (uint)s_known.Length)
        {
            Volatile.Write(ref s_known[i], built);
        }

        return built;
    }

    private static SitePhysiology Build(AnatomicSite site) => site switch
    {
        AnatomicSite.Breast => From("breast", site, 500),
        AnatomicSite.Liver => From("liver", site, 1800),
        AnatomicSite.Lung => From("lung", site, 1200),
        AnatomicSite.Bone => From("bone", site, 10500),
        AnatomicSite.Brain => From("brain", site, 1450),
        AnatomicSite.LymphNode => new(site, 0.017, 250, 10, "ICRP 89 lymph nodes 1.7% of cardiac output (SCIENCE.md §2b); mass 250 g and transit 10 s assumed [check]"),
        AnatomicSite.Skin => From("skin", site, 3300),
        AnatomicSite.Flank => From("skin", site, 3300) with { Source = "subcutaneous flank taken as skin: " + IrradiatedSites.Find("skin")!.Source + "; " + Masses },
        _ => throw new ArgumentOutOfRangeException(nameof(site), site, "unknown site"),
    };

    private static SitePhysiology From(string name, AnatomicSite site, double massGrams)
    {
        var s = IrradiatedSites.Find(name)!;
        return new SitePhysiology(site, s.CardiacOutputShare, massGrams, s.TransitSeconds, s.Source + "; " + Masses);
    }
}
