using Abscopal.Models.Patients;
using Abscopal.Planning.Problems;

namespace Abscopal.Planning.Constraints;

/// <summary>
/// The default organ at risk of a lesion's site: the serial organ whose maximum-dose limit (AAPM TG-101 in
/// Abscopal.Radiobiology) most often limits stereotactic RT there, assumed to abut the target (Dmax = the prescription).
/// </summary>
/// <remarks>
/// assumed, worst case without a dose distribution: bone → spinal cord (most irradiated bone metastases are vertebral),
/// liver → stomach (upper-abdominal bowel), lung → trachea (proximal airway), breast, skin and flank → skin, lymph node →
/// brachial plexus (axillary and supraclavicular nodes). The brain has no limit in the table; a file can name another organ
/// or a smaller dose share per lesion (<c>planning.constraints.organs_at_risk</c>).
/// </remarks>
public static class SiteOrgans
{
    /// <summary>Source text of the defaults.</summary>
    public const string DefaultSource = "default for the site, assumed abutting the target (Dmax = prescription): docs/planning.md";

    /// <summary>The default organ key for <paramref name="site"/>, or null when the table has none (brain).</summary>
    public static string? DefaultOrgan(AnatomicSite site) => site switch
    {
        AnatomicSite.Bone => "spinal-cord",
        AnatomicSite.Liver => "stomach",
        AnatomicSite.Lung => "trachea",
        AnatomicSite.Breast or AnatomicSite.Skin or AnatomicSite.Flank => "skin",
        AnatomicSite.LymphNode => "brachial-plexus",
        _ => null,
    };

    /// <summary>The organ at risk of each lesion of <paramref name="patient"/>: the one given in <paramref name="constraints"/>, else the site default (null when none).</summary>
    public static IReadOnlyDictionary<string, OrganAtRisk?> For(Patient patient, PlanningConstraints constraints)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(constraints);
        var result = new Dictionary<string, OrganAtRisk?>(StringComparer.Ordinal);
        foreach (var lesion in patient.Lesions)
        {
            var given = constraints.OrgansAtRisk.FirstOrDefault(o => o.LesionId == lesion.Id);
            result[lesion.Id] = given ?? (DefaultOrgan(lesion.Site) is { } organ ? new OrganAtRisk(lesion.Id, organ, 1, DefaultSource) : null);
        }

        return result;
    }
}
