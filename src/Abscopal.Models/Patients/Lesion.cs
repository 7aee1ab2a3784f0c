using System.Globalization;
using System.Text.RegularExpressions;

namespace Abscopal.Models.Patients;

/// <summary>One measurable tumour: an id unique in the patient, its site and its volume at the start of the simulation.</summary>
public sealed partial record Lesion
{
    /// <summary>Creates a lesion of a given volume.</summary>
    /// <param name="id">Identifier, a letter then letters, digits or '_' (e.g. "liver1"); it becomes part of state ids.</param>
    /// <param name="site">Anatomic site.</param>
    /// <param name="volumeMm3">Volume at day 0, in mm³; in (0, 10⁷].</param>
    public Lesion(string id, AnatomicSite site, double volumeMm3)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"lesion id '{id}' must start with a letter and hold only letters, digits and '_'.", nameof(id));
        }

        if (!(volumeMm3 > 0 && volumeMm3 <= MaxVolumeMm3))
        {
            throw new ArgumentOutOfRangeException(nameof(volumeMm3), volumeMm3, string.Create(CultureInfo.InvariantCulture, $"volume_mm3 of lesion '{id}' must be in (0, {MaxVolumeMm3:0e0}]; got {volumeMm3}."));
        }

        Id = id;
        Site = site;
        VolumeMm3 = volumeMm3;
    }

    /// <summary>Largest accepted lesion volume, in mm³ (10 L).</summary>
    public const double MaxVolumeMm3 = 1e7;

    /// <summary>Identifier.</summary>
    public string Id { get; }

    /// <summary>Anatomic site.</summary>
    public AnatomicSite Site { get; }

    /// <summary>Volume at day 0, in mm³.</summary>
    public double VolumeMm3 { get; }

    /// <summary>Longest diameter at day 0 (sphere), in mm.</summary>
    public double DiameterMm => LesionGeometry.DiameterFromVolume(VolumeMm3);

    /// <summary>A lesion given by its longest diameter in mm (&gt; 0), taken as a sphere.</summary>
    public static Lesion FromDiameter(string id, AnatomicSite site, double diameterMm)
    {
        if (!(diameterMm > 0 && double.IsFinite(diameterMm)))
        {
            throw new ArgumentOutOfRangeException(nameof(diameterMm), diameterMm, string.Create(CultureInfo.InvariantCulture, $"diameter_mm of lesion '{id}' must be in (0, +∞); got {diameterMm}."));
        }

        return new Lesion(id, site, LesionGeometry.VolumeFromDiameter(diameterMm));
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex IdPattern();
}
