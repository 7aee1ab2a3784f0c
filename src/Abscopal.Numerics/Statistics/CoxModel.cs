namespace Abscopal.Numerics.Statistics;

/// <summary>A fitted Cox proportional-hazards model (immutable): coefficients, hazard ratios with Wald limits, and likelihoods.</summary>
public sealed class CoxModel
{
    private readonly double[] _coefficients;
    private readonly double[] _standardErrors;
    private readonly double[] _covariance;

    internal CoxModel(double[] coefficients, double[] covariance, double logLikelihood, double nullLogLikelihood, int iterations, double level)
    {
        int p = coefficients.Length;
        _coefficients = coefficients;
        _covariance = covariance;
        _standardErrors = new double[p];
        for (int i = 0; i < p; i++)
        {
            _standardErrors[i] = Math.Sqrt(covariance[(i * p) + i]);
        }

        LogLikelihood = logLikelihood;
        NullLogLikelihood = nullLogLikelihood;
        Iterations = iterations;
        Level = level;
    }

    /// <summary>The number of covariates p.</summary>
    public int CovariateCount => _coefficients.Length;

    /// <summary>The log hazard ratios β.</summary>
    public ReadOnlySpan<double> Coefficients => _coefficients;

    /// <summary>The standard errors of β, √diag(I(β)⁻¹).</summary>
    public ReadOnlySpan<double> StandardErrors => _standardErrors;

    /// <summary>The covariance matrix of β, I(β)⁻¹, row-major p×p.</summary>
    public ReadOnlySpan<double> Covariance => _covariance;

    /// <summary>The partial log-likelihood at β (Efron's approximation for ties).</summary>
    public double LogLikelihood { get; }

    /// <summary>The partial log-likelihood at β = 0.</summary>
    public double NullLogLikelihood { get; }

    /// <summary>The likelihood-ratio statistic 2(ℓ(β) − ℓ(0)), χ² with p degrees of freedom under H0.</summary>
    public double LikelihoodRatioChiSquare => 2 * (LogLikelihood - NullLogLikelihood);

    /// <summary>The Newton–Raphson iterations used.</summary>
    public int Iterations { get; }

    /// <summary>The confidence level of the hazard-ratio limits.</summary>
    public double Level { get; }

    /// <summary>The hazard ratio exp(β_i) of covariate <paramref name="index"/>.</summary>
    public double HazardRatio(int index) => Math.Exp(_coefficients[index]);

    /// <summary>The Wald lower limit exp(β_i − z·se_i).</summary>
    public double HazardRatioLower(int index) => Math.Exp(_coefficients[index] - (Z * _standardErrors[index]));

    /// <summary>The Wald upper limit exp(β_i + z·se_i).</summary>
    public double HazardRatioUpper(int index) => Math.Exp(_coefficients[index] + (Z * _standardErrors[index]));

    /// <summary>The two-sided Wald p-value of β_i = 0.</summary>
    public double WaldPValue(int index) => TestDistributions.NormalTwoSided(_coefficients[index] / _standardErrors[index]);

    private double Z => Normal.Quantile(0.5 + (0.5 * Level));
}
