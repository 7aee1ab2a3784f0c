using Abscopal.Radiobiology;

namespace Abscopal.Pharmacology.Kinetics;

/// <summary>One intravenous dose: a zero-order infusion of <see cref="AmountMg"/> over <see cref="DurationDays"/> (0 = bolus).</summary>
public readonly record struct Infusion
{
    /// <summary>Creates a dose.</summary>
    /// <param name="startDay">Start, in days; finite and ≥ 0.</param>
    /// <param name="amountMg">Amount, in mg; &gt; 0.</param>
    /// <param name="durationDays">Infusion duration, in days; ≥ 0 (0 = bolus).</param>
    public Infusion(double startDay, double amountMg, double durationDays)
    {
        StartDay = Require.NonNegative(startDay, nameof(startDay));
        AmountMg = Require.Positive(amountMg, nameof(amountMg));
        DurationDays = Require.NonNegative(durationDays, nameof(durationDays));
    }

    /// <summary>Start time, in days.</summary>
    public double StartDay { get; }

    /// <summary>Amount, in mg.</summary>
    public double AmountMg { get; }

    /// <summary>Duration, in days (0 = bolus).</summary>
    public double DurationDays { get; }
}
