using System.Collections.Immutable;

namespace Abscopal.Interop.Petab;

/// <summary>The objective of a PEtab problem at one parameter vector: log-likelihood, log-prior and every measurement's prediction.</summary>
/// <param name="LogLikelihood">Σ ln p(measurement | parameters) over all measurements.</param>
/// <param name="LogPrior">Σ ln prior(parameter) over the estimated parameters that have an objective prior; 0 when none has.</param>
/// <param name="Predictions">One per measurement, in the measurement tables' order.</param>
public sealed record PetabEvaluation(double LogLikelihood, double LogPrior, ImmutableArray<PetabPrediction> Predictions)
{
    /// <summary>The unnormalised log-posterior: <see cref="LogLikelihood"/> + <see cref="LogPrior"/>.</summary>
    public double LogPosterior => LogLikelihood + LogPrior;

    /// <summary>Σ of squared weighted residuals (the χ² of normal noise).</summary>
    public double ChiSquare => Predictions.Sum(p => p.WeightedResidual * p.WeightedResidual);
}
