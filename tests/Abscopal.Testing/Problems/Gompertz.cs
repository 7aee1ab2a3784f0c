using Abscopal.Numerics.Ode;

namespace Abscopal.Testing.Problems;

/// <summary>Gompertz growth y' = r·y·ln(K/y) (Gompertz 1825; Laird 1964, Br J Cancer 18:490), exact y(t) = K·exp(ln(y0/K)·e^(−r t)).</summary>
/// <param name="rate">Rate r, in 1/time.</param>
/// <param name="capacity">Plateau K, in state units.</param>
public sealed class Gompertz(double rate, double capacity) : IOdeSystem, IOdeTimeDerivative
{
    /// <summary>Rate r, in 1/time.</summary>
    public double Rate { get; } = rate;

    /// <summary>Plateau K, in state units.</summary>
    public double Capacity { get; } = capacity;

    /// <inheritdoc/>
    public int Dimension => 1;

    /// <inheritdoc/>
    public bool HasJacobian => true;

    /// <inheritdoc/>
    public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = Rate * y[0] * Math.Log(Capacity / y[0]);

    /// <inheritdoc/>
    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian) => jacobian[0] = Rate * (Math.Log(Capacity / y[0]) - 1);

    /// <inheritdoc/>
    public void TimeDerivative(double t, ReadOnlySpan<double> y, Span<double> dfdt) => dfdt[0] = 0;

    /// <summary>Exact y(t) from y(0) = <paramref name="y0"/>.</summary>
    public double Exact(double t, double y0) => Capacity * Math.Exp(Math.Log(y0 / Capacity) * Math.Exp(-Rate * t));
}
