using System.Collections.ObjectModel;

namespace Abscopal.Models.Patients;

/// <summary>The text ids of species, subtypes, murine lines and sites (as in scenario files), and parsing that names the allowed values.</summary>
public static class PatientIds
{
    private static readonly (HostSpecies Value, string Id)[] s_species = [(HostSpecies.Human, "human"), (HostSpecies.Mouse, "mouse")];

    private static readonly (BreastCancerSubtype Value, string Id)[] s_subtypes =
    [
        (BreastCancerSubtype.TripleNegative, "TNBC"),
        (BreastCancerSubtype.HormoneReceptorPositiveHer2Negative, "HR+/HER2-"),
        (BreastCancerSubtype.Her2Positive, "HER2+"),
    ];

    private static readonly (MurineTumorLine Value, string Id)[] s_lines = [(MurineTumorLine.Tsa, "TSA"), (MurineTumorLine.FourT1, "4T1"), (MurineTumorLine.Tubo, "TUBO")];

    private static readonly (AnatomicSite Value, string Id)[] s_sites =
    [
        (AnatomicSite.Breast, "breast"), (AnatomicSite.Liver, "liver"), (AnatomicSite.Lung, "lung"), (AnatomicSite.Bone, "bone"),
        (AnatomicSite.Brain, "brain"), (AnatomicSite.LymphNode, "lymph_node"), (AnatomicSite.Skin, "skin"), (AnatomicSite.Flank, "flank"),
    ];

    /// <summary>Allowed species ids.</summary>
    public static ReadOnlyCollection<string> SpeciesIds { get; } = Array.AsReadOnly(s_species.Select(s => s.Id).ToArray());

    /// <summary>Allowed subtype ids.</summary>
    public static ReadOnlyCollection<string> SubtypeIds { get; } = Array.AsReadOnly(s_subtypes.Select(s => s.Id).ToArray());

    /// <summary>Allowed murine line ids.</summary>
    public static ReadOnlyCollection<string> TumorLineIds { get; } = Array.AsReadOnly(s_lines.Select(s => s.Id).ToArray());

    /// <summary>Allowed site ids.</summary>
    public static ReadOnlyCollection<string> SiteIds { get; } = Array.AsReadOnly(s_sites.Select(s => s.Id).ToArray());

    /// <summary>The id of a species.</summary>
    public static string Id(this HostSpecies species) => s_species.Single(s => s.Value == species).Id;

    /// <summary>The id of a subtype.</summary>
    public static string Id(this BreastCancerSubtype subtype) => s_subtypes.Single(s => s.Value == subtype).Id;

    /// <summary>The id of a murine line.</summary>
    public static string Id(this MurineTumorLine line) => s_lines.Single(s => s.Value == line).Id;

    /// <summary>The id of a site.</summary>
    public static string Id(this AnatomicSite site) => s_sites.Single(s => s.Value == site).Id;

    /// <summary>Parses a species id (case-insensitive); the error names the allowed ids.</summary>
    public static HostSpecies ParseSpecies(string id) => Parse(s_species, id, "species");

    /// <summary>Parses a subtype id (case-insensitive); the error names the allowed ids.</summary>
    public static BreastCancerSubtype ParseSubtype(string id) => Parse(s_subtypes, id, "subtype");

    /// <summary>Parses a murine line id (case-insensitive); the error names the allowed ids.</summary>
    public static MurineTumorLine ParseTumorLine(string id) => Parse(s_lines, id, "tumor_model");

    /// <summary>Parses a site id (case-insensitive; '-' or ' ' may stand for '_'); the error names the allowed ids.</summary>
    public static AnatomicSite ParseSite(string id) => Parse(s_sites, id?.Replace('-', '_').Replace(' ', '_')!, "site");

    private static T Parse<T>((T Value, string Id)[] table, string id, string field)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var (value, text) in table)
        {
            if (string.Equals(text, id.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new ArgumentException($"{field} '{id}' is not known; allowed: {string.Join(", ", table.Select(t => t.Id))}.", field);
    }
}
