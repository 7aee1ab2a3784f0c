using Abscopal.Radiobiology;

namespace Abscopal.Pharmacology.Kinetics;

/// <summary>
/// Clearance that changes with time since the first dose: CL(t) = CL₀·exp(Imax·tᵞ/(T50ᵞ + tᵞ)) (sigmoid Emax on log CL;
/// Bajaj et al. 2017, CPT Pharmacometrics Syst Pharmacol 6:58, Eq. 8; Li et al. 2017, J Pharmacokinet Pharmacodyn 44:403).
/// </summary>
/// <param name="Imax">Maximal change of log clearance (dimensionless; negative for a fall, exp(Imax) − 1 is the fractional change).</param>
/// <param name="T50Days">Time to half the change, in days.</param>
/// <param name="Hill">Sigmoidicity γ (dimensionless).</param>
/// <param name="Source">Where the three values come from.</param>
public sealed record TimeVaryingClearance(double Imax, double T50Days, double Hill, string Source)
{
    /// <summary>Maximal change of log clearance (dimensionless, finite).</summary>
    public double Imax { get; init; } = Require.Finite(Imax, nameof(Imax));

    /// <summary>Time to half the change, in days (&gt; 0).</summary>
    public double T50Days { get; init; } = Require.Positive(T50Days, nameof(T50Days));

    /// <summary>Sigmoidicity γ (dimensionless, &gt; 0).</summary>
    public double Hill { get; init; } = Require.Positive(Hill, nameof(Hill));

    /// <summary>Multiplier of the baseline clearance (dimensionless) at <paramref name="daysSinceFirstDose"/> days (1 before the first dose).</summary>
    public double Factor(double daysSinceFirstDose)
    {
        if (!(daysSinceFirstDose > 0))
        {
            return 1;
        }

        double tg = Math.Pow(daysSinceFirstDose, Hill);
        return Math.Exp(Imax * tg / (Math.Pow(T50Days, Hill) + tg));
    }
}
