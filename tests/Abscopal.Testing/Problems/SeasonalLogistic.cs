using Abscopal.Numerics.Ode;

namespace Abscopal.Testing.Problems;

/// <summary>
/// Logistic growth with a periodic rate, y' = cos(t)·y·(1 − y/K): nonlinear and non-autonomous (so it exercises ∂f/∂t in
/// Rosenbrock methods), with exact solution y(t) = K / (1 + (K/y0 − 1)·e^(−sin t)) (separation of variables, as for
/// the logistic equation with rate r(t): ln(y/(K − y)) = ∫ r).
/// </summary>
/// <param name="capacity">Carrying capacity K, in state units.</param>
public sealed class SeasonalLogistic(double capacity) : IOdeSystem, IOdeTimeDerivative
{
    /// <summary>Carrying capacity K, in state units.</summary>
    public double Capacity { get; } = capacity;

    /// <inheritdoc/>
    public int Dimension => 1;

    /// <inheritdoc/>
    public bool HasJacobian => true;

    /// <inheritdoc/>
    public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = Math.Cos(t) * y[0] * (1 - (y[0] / Capacity));

    /// <inheritdoc/>
    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian) => jacobian[0] = Math.Cos(t) * (1 - (2 * y[0] / Capacity));

    /// <inheritdoc/>
    public void TimeDerivative(double t, ReadOnlySpan<double> y, Span<double> dfdt) => dfdt[0] = -Math.Sin(t) * y[0] * (1 - (y[0] / Capacity));

    /// <summary>Exact y(t) from y(0) = <paramref name="y0"/>.</summary>
    public double Exact(double t, double y0) => Capacity / (1 + (((Capacity / y0) - 1) * Math.Exp(-Math.Sin(t))));
}
