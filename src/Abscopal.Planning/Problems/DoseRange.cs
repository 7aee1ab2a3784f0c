using System.Globalization;

namespace Abscopal.Planning.Problems;

/// <summary>The range of dose per fraction the planner may choose, in Gy (file key <c>planning.dose_per_fraction_gy</c>).</summary>
public readonly record struct DoseRange
{
    /// <summary>Creates a range [<paramref name="minGy"/>, <paramref name="maxGy"/>] with 0 &lt; min ≤ max ≤ 30 Gy.</summary>
    public DoseRange(double minGy, double maxGy)
    {
        if (!(minGy > 0 && minGy <= maxGy && maxGy <= UpperLimitGy))
        {
            throw new ArgumentOutOfRangeException(nameof(minGy), minGy, string.Create(CultureInfo.InvariantCulture, $"dose_per_fraction_gy: need 0 < min ≤ max ≤ {UpperLimitGy} Gy; got min {minGy}, max {maxGy}."));
        }

        MinGy = minGy;
        MaxGy = maxGy;
    }

    /// <summary>The largest dose per fraction a scenario file accepts, in Gy.</summary>
    public const double UpperLimitGy = 30;

    /// <summary>Smallest dose per fraction, in Gy.</summary>
    public double MinGy { get; }

    /// <summary>Largest dose per fraction, in Gy.</summary>
    public double MaxGy { get; }
}
