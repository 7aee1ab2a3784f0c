namespace Abscopal.Radiobiology;

/// <summary>
/// Incomplete repair between m equally spaced fractions a day (full repair overnight), by the Thames h-factor:
/// h_m = (2/m)·θ/(1 − θ)·[m − (1 − θ^m)/(1 − θ)], θ = exp(−μ·Δt), μ = ln2/T½; the quadratic term of the BED becomes
/// d·(1 + h_m)/(α/β) (Thames 1985, Int J Radiat Biol 47:319, eq. for equally spaced acute fractions).
/// </summary>
public sealed record IncompleteRepair
{
    /// <summary>Creates the repair description.</summary>
    /// <param name="fractionsPerDay">Fractions m given each day, equally spaced; ≥ 1.</param>
    /// <param name="intervalHours">Interval Δt between fractions on the same day, in hours; &gt; 0.</param>
    /// <param name="repairHalfTimeHours">Mono-exponential repair half-time T½, in hours; &gt; 0.</param>
    public IncompleteRepair(int fractionsPerDay, double intervalHours, double repairHalfTimeHours)
    {
        FractionsPerDay = Require.AtLeast(fractionsPerDay, 1, nameof(fractionsPerDay));
        IntervalHours = Require.Positive(intervalHours, nameof(intervalHours));
        RepairHalfTimeHours = Require.Positive(repairHalfTimeHours, nameof(repairHalfTimeHours));
    }

    /// <summary>Fractions per day m (dimensionless).</summary>
    public int FractionsPerDay { get; }

    /// <summary>Interval between fractions on the same day, in hours.</summary>
    public double IntervalHours { get; }

    /// <summary>Repair half-time, in hours.</summary>
    public double RepairHalfTimeHours { get; }

    /// <summary>θ = exp(−ln2·Δt/T½), the fraction of sublethal damage left unrepaired after one interval (dimensionless).</summary>
    public double Theta => Math.Exp(-Math.Log(2) * IntervalHours / RepairHalfTimeHours);

    /// <summary>The Thames h-factor h_m (dimensionless, ≥ 0; 0 for one fraction a day).</summary>
    public double HFactor
    {
        get
        {
            int m = FractionsPerDay;
            if (m == 1)
            {
                return 0;
            }

            double theta = Theta;
            return 2.0 / m * (theta / (1 - theta)) * (m - ((1 - Math.Pow(theta, m)) / (1 - theta)));
        }
    }
}
