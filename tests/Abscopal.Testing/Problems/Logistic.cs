using Abscopal.Numerics.Ode;

namespace Abscopal.Testing.Problems;

/// <summary>Logistic growth y' = r·y·(1 − y/K) (Verhulst 1838), exact y(t) = K / (1 + (K/y0 − 1)·e^(−r t)).</summary>
/// <param name="rate">Growth rate r, in 1/time.</param>
/// <param name="capacity">Carrying capacity K, in state units.</param>
public sealed class Logistic(double rate, double capacity) : IOdeSystem, IOdeTimeDerivative
{
    /// <summary>Growth rate r, in 1/time.</summary>
    public double Rate { get; } = rate;

    /// <summary>Carrying capacity K, in state units.</summary>
    public double Capacity { get; } = capacity;

    /// <inheritdoc/>
    public int Dimension => 1;

    /// <inheritdoc/>
    public bool HasJacobian => true;

    /// <inheritdoc/>
    public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = Rate * y[0] * (1 - (y[0] / Capacity));

    /// <inheritdoc/>
    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian) => jacobian[0] = Rate * (1 - (2 * y[0] / Capacity));

    /// <inheritdoc/>
    public void TimeDerivative(double t, ReadOnlySpan<double> y, Span<double> dfdt) => dfdt[0] = 0;

    /// <summary>Exact y(t) from y(0) = <paramref name="y0"/>.</summary>
    public double Exact(double t, double y0) => Capacity / (1 + (((Capacity / y0) - 1) * Math.Exp(-Rate * t)));
}
