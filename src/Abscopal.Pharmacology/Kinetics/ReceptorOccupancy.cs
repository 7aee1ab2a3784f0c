using Abscopal.Radiobiology;

namespace Abscopal.Pharmacology.Kinetics;

/// <summary>Equilibrium target occupancy C/(C + KD) of a free antibody concentration (law of mass action, single site).</summary>
public static class ReceptorOccupancy
{
    /// <summary>Converts µg/mL of an antibody of <paramref name="molecularWeightKDa"/> kDa to nM: C·10⁶/MW(g/mol).</summary>
    /// <param name="concentrationUgPerMl">Concentration, in µg/mL; ≥ 0.</param>
    /// <param name="molecularWeightKDa">Molar mass, in kDa; &gt; 0.</param>
    public static double ToNanomolar(double concentrationUgPerMl, double molecularWeightKDa) =>
        Require.NonNegative(concentrationUgPerMl, nameof(concentrationUgPerMl)) * 1000 / Require.Positive(molecularWeightKDa, nameof(molecularWeightKDa));

    /// <summary>Occupancy (dimensionless, [0, 1)) at <paramref name="concentrationUgPerMl"/> µg/mL.</summary>
    /// <param name="concentrationUgPerMl">Free serum concentration, in µg/mL; ≥ 0.</param>
    /// <param name="kdNanomolar">KD, in nM; &gt; 0.</param>
    /// <param name="molecularWeightKDa">Molar mass, in kDa; &gt; 0.</param>
    public static double Of(double concentrationUgPerMl, double kdNanomolar, double molecularWeightKDa)
    {
        double c = ToNanomolar(concentrationUgPerMl, molecularWeightKDa);
        return c / (c + Require.Positive(kdNanomolar, nameof(kdNanomolar)));
    }
}
