namespace Abscopal.Radiobiology.Constraints;

/// <summary>What a constraint's limit measures.</summary>
public enum ConstraintUnit
{
    /// <summary>A dose (maximum, mean or near-maximum), in Gy.</summary>
    Gy = 0,

    /// <summary>A share of the organ's volume, in percent (e.g. V20Gy ≤ 30%).</summary>
    PercentVolume = 1,
}
