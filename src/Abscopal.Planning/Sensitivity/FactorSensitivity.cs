namespace Abscopal.Planning.Sensitivity;

/// <summary>The sensitivity of the outcome to one factor; only the fields of the study's method are set, the others are null.</summary>
/// <param name="Factor">The factor's name.</param>
public sealed record FactorSensitivity(string Factor)
{
    /// <summary>Morris μ*: mean absolute elementary effect, in outcome units per full range of the factor.</summary>
    public double? MuStar { get; init; }

    /// <summary>Morris μ: mean elementary effect (its sign gives the direction), in outcome units per full range.</summary>
    public double? Mu { get; init; }

    /// <summary>Morris σ: standard deviation of the elementary effects (non-linearity or interactions), in outcome units per full range.</summary>
    public double? Sigma { get; init; }

    /// <summary>Sobol first-order index S_i: share of the outcome variance due to the factor alone.</summary>
    public double? FirstOrder { get; init; }

    /// <summary>Lower bootstrap limit of S_i.</summary>
    public double? FirstOrderLow { get; init; }

    /// <summary>Upper bootstrap limit of S_i.</summary>
    public double? FirstOrderHigh { get; init; }

    /// <summary>Sobol total index S_Ti: share of the outcome variance involving the factor, alone or in interactions.</summary>
    public double? Total { get; init; }

    /// <summary>Lower bootstrap limit of S_Ti.</summary>
    public double? TotalLow { get; init; }

    /// <summary>Upper bootstrap limit of S_Ti.</summary>
    public double? TotalHigh { get; init; }

    /// <summary>Partial rank correlation coefficient with the outcome, in [−1, 1].</summary>
    public double? Prcc { get; init; }

    /// <summary>Two-sided p-value of the PRCC (t-test).</summary>
    public double? PValue { get; init; }

    /// <summary>Lower Fisher-z confidence limit of the PRCC.</summary>
    public double? PrccLow { get; init; }

    /// <summary>Upper Fisher-z confidence limit of the PRCC.</summary>
    public double? PrccHigh { get; init; }

    /// <summary>The index that ranks factors for this method: μ* (Morris), S_Ti (Sobol) or |PRCC|.</summary>
    public double Importance => MuStar ?? Total ?? Math.Abs(Prcc ?? 0);
}
