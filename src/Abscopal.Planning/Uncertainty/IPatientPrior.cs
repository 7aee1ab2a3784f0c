namespace Abscopal.Planning.Uncertainty;

/// <summary>
/// The distribution of one patient's model parameters: sample <c>i</c> of seed <c>s</c> is always the same set of parameter
/// overrides, so every candidate plan is scored on the same samples (common random numbers).
/// </summary>
/// <remarks>
/// The default is <see cref="VirtualPopulationPrior"/> (virtual twins conditioned on the measured biomarkers); a fitted
/// posterior implements this interface and is given to <see cref="Problems.PlanningProblem.Prior"/>.
/// </remarks>
public interface IPatientPrior
{
    /// <summary>One line saying what the prior is and where its spreads come from.</summary>
    string Description { get; }

    /// <summary>Sample <paramref name="sampleIndex"/> of the prior under <paramref name="seed"/>; a pure function of both.</summary>
    ParameterSample Draw(ulong seed, int sampleIndex);
}
