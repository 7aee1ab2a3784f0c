namespace Abscopal.Radiobiology.Lymphocytes;

/// <summary>The circulating blood: cardiac output and blood volume.</summary>
public sealed record BloodPool
{
    /// <summary>Creates a blood pool.</summary>
    /// <param name="cardiacOutputLitresPerMinute">Cardiac output, in L/min; &gt; 0.</param>
    /// <param name="bloodVolumeLitres">Total blood volume, in L; &gt; 0.</param>
    public BloodPool(double cardiacOutputLitresPerMinute, double bloodVolumeLitres)
    {
        CardiacOutputLitresPerMinute = Require.Positive(cardiacOutputLitresPerMinute, nameof(cardiacOutputLitresPerMinute));
        BloodVolumeLitres = Require.Positive(bloodVolumeLitres, nameof(bloodVolumeLitres));
    }

    /// <summary>Reference adult male: 6.5 L/min, 5.3 L (ICRP Publication 89; SCIENCE.md §2b).</summary>
    public static BloodPool ReferenceMale { get; } = new(6.5, 5.3);

    /// <summary>Reference adult female: 5.9 L/min, 3.9 L (ICRP Publication 89; SCIENCE.md §2b).</summary>
    public static BloodPool ReferenceFemale { get; } = new(5.9, 3.9);

    /// <summary>Cardiac output, in L/min.</summary>
    public double CardiacOutputLitresPerMinute { get; }

    /// <summary>Total blood volume, in L.</summary>
    public double BloodVolumeLitres { get; }
}
