namespace Abscopal.Simulation.Readouts;

/// <summary>
/// Conversion between a lesion's volume and its longest diameter, treating the lesion as a sphere (V = π d³ / 6): the
/// usual bridge from ODE tumour volumes to RECIST diameters (e.g. Kosinsky et al. 2018, J Immunother Cancer 6:17,
/// report volumes; RECIST 1.1 measures diameters). A sphere is the shape for which one diameter fixes the volume; real
/// lesions are more elongated, so a diameter from a volume is a lower bound of the longest diameter of the same volume.
/// </summary>
public static class LesionGeometry
{
    /// <summary>Volume of a sphere of diameter <paramref name="diameterMm"/> mm, in mm³.</summary>
    /// <param name="diameterMm">Diameter, in mm; finite and ≥ 0.</param>
    public static double VolumeMm3(double diameterMm)
    {
        if (!(diameterMm >= 0) || !double.IsFinite(diameterMm))
        {
            throw new ArgumentOutOfRangeException(nameof(diameterMm), diameterMm, "The diameter must be finite and ≥ 0 mm.");
        }

        return Math.PI * diameterMm * diameterMm * diameterMm / 6;
    }

    /// <summary>Diameter of a sphere of volume <paramref name="volumeMm3"/> mm³, in mm.</summary>
    /// <param name="volumeMm3">Volume, in mm³; finite and ≥ 0.</param>
    public static double DiameterMm(double volumeMm3)
    {
        if (!(volumeMm3 >= 0) || !double.IsFinite(volumeMm3))
        {
            throw new ArgumentOutOfRangeException(nameof(volumeMm3), volumeMm3, "The volume must be finite and ≥ 0 mm³.");
        }

        return Math.Cbrt(6 * volumeMm3 / Math.PI);
    }
}
