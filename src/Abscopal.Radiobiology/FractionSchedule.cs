namespace Abscopal.Radiobiology;

/// <summary>A course of equal fractions: dose per fraction in Gy and number of fractions.</summary>
public readonly record struct FractionSchedule
{
    /// <summary>Creates a schedule of <paramref name="fractions"/> fractions of <paramref name="dosePerFractionGy"/> Gy.</summary>
    /// <param name="dosePerFractionGy">Dose per fraction, in Gy; in (0, +∞).</param>
    /// <param name="fractions">Number of fractions; at least 1.</param>
    public FractionSchedule(double dosePerFractionGy, int fractions)
    {
        DosePerFractionGy = Require.Positive(dosePerFractionGy, nameof(dosePerFractionGy));
        Fractions = Require.AtLeast(fractions, 1, nameof(fractions));
    }

    /// <summary>Dose per fraction, in Gy.</summary>
    public double DosePerFractionGy { get; }

    /// <summary>Number of fractions (dimensionless).</summary>
    public int Fractions { get; }

    /// <summary>Total physical dose n·d, in Gy.</summary>
    public double TotalDoseGy => DosePerFractionGy * Fractions;

    /// <summary>Text such as "26 Gy / 5 fx (5.2 Gy per fraction)".</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{TotalDoseGy:0.###} Gy / {Fractions} fx ({DosePerFractionGy:0.###} Gy per fraction)");
}
