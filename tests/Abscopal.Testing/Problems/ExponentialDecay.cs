using Abscopal.Numerics.Ode;

namespace Abscopal.Testing.Problems;

/// <summary>y' = −λ·y, exact solution y(t) = y0·e^(−λ t) (the Dahlquist test equation; Hairer &amp; Wanner, <i>Solving ODEs II</i>, §IV.2).</summary>
/// <param name="rate">Decay rate λ, in 1/time.</param>
public sealed class ExponentialDecay(double rate) : IOdeSystem, IOdeTimeDerivative
{
    /// <summary>Decay rate λ, in 1/time.</summary>
    public double Rate { get; } = rate;

    /// <inheritdoc/>
    public int Dimension => 1;

    /// <inheritdoc/>
    public bool HasJacobian => true;

    /// <inheritdoc/>
    public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = -Rate * y[0];

    /// <inheritdoc/>
    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian) => jacobian[0] = -Rate;

    /// <inheritdoc/>
    public void TimeDerivative(double t, ReadOnlySpan<double> y, Span<double> dfdt) => dfdt[0] = 0;

    /// <summary>Exact y(t) from y(0) = <paramref name="y0"/>.</summary>
    public double Exact(double t, double y0) => y0 * Math.Exp(-Rate * t);
}
