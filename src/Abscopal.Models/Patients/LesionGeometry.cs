namespace Abscopal.Models.Patients;

/// <summary>
/// Volume ↔ longest diameter of a lesion taken as a sphere, V = π·d³/6 (mm³, mm): the convention of SCIENCE.md §5 for
/// RECIST diameters, as in the caliper/ellipsoid conventions of tumour-volume studies with equal axes
/// (Tomayko &amp; Reynolds 1989, Cancer Chemother Pharmacol 24:148).
/// </summary>
public static class LesionGeometry
{
    /// <summary>Volume of a sphere of diameter <paramref name="diameterMm"/> mm, in mm³.</summary>
    public static double VolumeFromDiameter(double diameterMm) => Math.PI * diameterMm * diameterMm * diameterMm / 6;

    /// <summary>Diameter of a sphere of volume <paramref name="volumeMm3"/> mm³, in mm: 0 for a non-positive volume (a solver undershoot below zero), NaN for NaN, so that a failed value is never read as a complete response.</summary>
    public static double DiameterFromVolume(double volumeMm3) => double.IsNaN(volumeMm3) ? double.NaN : volumeMm3 > 0 ? Math.Cbrt(6 * volumeMm3 / Math.PI) : 0;
}
