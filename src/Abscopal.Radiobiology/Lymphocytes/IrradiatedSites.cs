using System.Collections.ObjectModel;

namespace Abscopal.Radiobiology.Lymphocytes;

/// <summary>
/// Reference perfusion of the sites a field commonly covers: shares of cardiac output for the reference adult male
/// (ICRP Publication 89, as listed in SCIENCE.md §2b) and blood transit times.
/// </summary>
/// <remarks>
/// Brain (3.9 s) and liver (19.2 s) transit times are fitted so that a 1-s beam-on doses 1.2% and 10% of the blood, HEDOS's
/// values (Shin et al. 2021, Phys Med Biol 66(16)); the others are assumed from typical organ blood content and are
/// marked [check].
/// </remarks>
public static class IrradiatedSites
{
    private const string Icrp = "ICRP Publication 89 (2002), reference male share of cardiac output (SCIENCE.md §2b)";

    private static readonly IrradiatedSite[] s_sites =
    [
        new("brain", 0.12, 3.9, Icrp + "; transit fitted to HEDOS 1.2% of blood at 1 s beam-on (Shin 2021)"),
        new("liver", 0.255, 19.2, Icrp + "; transit fitted to HEDOS 10% of blood at 1 s beam-on (Shin 2021)"),
        new("lung", 1.0, 5, Icrp + " (all output passes the lungs); transit ≈ 0.5 L pulmonary blood / 6.5 L/min, assumed [check]"),
        new("heart", 0.04, 5, Icrp + " (heart wall); chamber blood not counted; transit assumed [check]"),
        new("kidney", 0.19, 5, Icrp + "; transit assumed [check]"),
        new("breast", 0.004, 10, "breast ≈ 0.4% of cardiac output [check: SCIENCE.md §2b]; transit assumed [check]"),
        new("skeletal-muscle", 0.17, 10, Icrp + "; transit assumed [check]"),
        new("bone", 0.05, 10, Icrp + " (skeleton, red marrow 3%); transit assumed [check]"),
        new("skin", 0.05, 10, Icrp + "; transit assumed [check]"),
    ];

    /// <summary>All sites.</summary>
    public static ReadOnlyCollection<IrradiatedSite> All { get; } = Array.AsReadOnly(s_sites);

    /// <summary>The site named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static IrradiatedSite? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string key = name.Trim().Replace('_', '-').Replace(' ', '-');
        return s_sites.FirstOrDefault(s => string.Equals(s.Name, key, StringComparison.OrdinalIgnoreCase));
    }
}
