using Abscopal.Models.Patients;

namespace Abscopal.Trials.Designs;

/// <summary>Which of a virtual patient's lesions a radiotherapy course targets: "largest", "smallest", or "site:&lt;site&gt;" (the largest lesion there).</summary>
public sealed record LesionRule
{
    private LesionRule(string text, bool largest, AnatomicSite? site, string? lesionId = null)
    {
        Text = text;
        Largest = largest;
        Site = site;
        LesionId = lesionId;
    }

    /// <summary>The largest lesion.</summary>
    public static LesionRule LargestLesion { get; } = new("largest", true, null);

    /// <summary>The smallest lesion.</summary>
    public static LesionRule SmallestLesion { get; } = new("smallest", false, null);

    /// <summary>The rule as written in a trial file.</summary>
    public string Text { get; }

    /// <summary>Whether the largest (true) or smallest (false) qualifying lesion is taken.</summary>
    public bool Largest { get; }

    /// <summary>The site the lesion must be at, or null for any site.</summary>
    public AnatomicSite? Site { get; }

    /// <summary>The id of the one lesion the rule picks (e.g. an inoculated mouse tumour "primary"), or null.</summary>
    public string? LesionId { get; }

    /// <summary>The rule words allowed, for error messages.</summary>
    public static string Allowed => $"largest, smallest, site:<{string.Join("|", PatientIds.SiteIds)}>, lesion:<id>";

    /// <summary>The lesion with id <paramref name="id"/> (e.g. the inoculated tumour "primary" of a mouse cohort).</summary>
    public static LesionRule Named(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new("lesion:" + id, true, null, id);
    }

    /// <summary>The largest lesion at <paramref name="site"/>.</summary>
    public static LesionRule AtSite(AnatomicSite site) => new("site:" + site.Id(), true, site);

    /// <summary>Parses a rule; the error names the allowed rules.</summary>
    /// <exception cref="ArgumentException">Not a rule.</exception>
    public static LesionRule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Equals("largest", StringComparison.OrdinalIgnoreCase))
        {
            return LargestLesion;
        }

        if (t.Equals("smallest", StringComparison.OrdinalIgnoreCase))
        {
            return SmallestLesion;
        }

        if (t.StartsWith("site:", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return AtSite(PatientIds.ParseSite(t[5..]));
            }
            catch (ArgumentException)
            {
                throw new ArgumentException($"target '{text}': site '{t[5..]}' is not known; allowed: {Allowed}.", nameof(text));
            }
        }

        if (t.StartsWith("lesion:", StringComparison.OrdinalIgnoreCase) && t.Length > 7)
        {
            return Named(t[7..]);
        }

        throw new ArgumentException($"target '{text}' is not a lesion rule; allowed: {Allowed}.", nameof(text));
    }

    /// <summary>The id of the lesion of <paramref name="patient"/> this rule picks, or null when none qualifies (then the course is not given).</summary>
    public string? Resolve(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        Lesion? pick = null;
        foreach (var lesion in patient.Lesions)
        {
            if (LesionId is { } id)
            {
                if (lesion.Id == id)
                {
                    return id;
                }

                continue;
            }

            if (Site is { } s && lesion.Site != s)
            {
                continue;
            }

            if (pick is null || (Largest ? lesion.VolumeMm3 > pick.VolumeMm3 : lesion.VolumeMm3 < pick.VolumeMm3))
            {
                pick = lesion;
            }
        }

        return pick?.Id;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
