namespace Abscopal.Planning.Sensitivity;

/// <summary>A one-at-a-time swing: the outcome with one factor at each end of its range and every other input at the scenario's value.</summary>
/// <param name="Factor">The factor's name.</param>
/// <param name="OutcomeAtLow">The outcome with the factor at its low end, in the outcome's unit.</param>
/// <param name="OutcomeAtHigh">The outcome with the factor at its high end, in the outcome's unit.</param>
public sealed record FactorSwing(string Factor, double OutcomeAtLow, double OutcomeAtHigh);
