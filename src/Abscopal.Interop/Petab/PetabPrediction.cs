namespace Abscopal.Interop.Petab;

/// <summary>The model's prediction for one measurement and its contribution to the log-likelihood.</summary>
/// <param name="Measurement">The measurement.</param>
/// <param name="Simulation">The observable's simulated value, linear scale.</param>
/// <param name="Sigma">The noise formula's value: σ of the noise distribution on the observable's transformation scale.</param>
/// <param name="LogLikelihood">ln p(measurement | simulation, σ), with the Jacobian of the transformation for log and log10 observables.</param>
public sealed record PetabPrediction(PetabMeasurement Measurement, double Simulation, double Sigma, double LogLikelihood)
{
    /// <summary>The residual (transformed measurement − transformed simulation) / σ.</summary>
    public double WeightedResidual { get; init; }
}
