using Abscopal.Numerics.Ode;

namespace Abscopal.Testing.Problems;

/// <summary>
/// The Arenstorf orbit of the restricted three-body problem (Hairer, Nørsett &amp; Wanner, <i>Solving ODEs I</i>, §II.0,
/// eq. 0.1): a periodic orbit with period <see cref="Period"/>, so y(Period) = y(0). State (y1, y1', y2, y2'). Non-stiff.
/// </summary>
public sealed class Arenstorf : IOdeSystem, IOdeTimeDerivative
{
    /// <summary>Mass ratio μ = 0.012277471 (ibid.).</summary>
    public const double Mu = 0.012277471;

    /// <summary>Period T = 17.0652165601579625588917206249 (ibid.).</summary>
    public const double Period = 17.0652165601579625588917206249;

    /// <summary>Initial state (0.994, 0, 0, −2.00158510637908252240537862224) (ibid.).</summary>
    public static double[] InitialState() => [0.994, 0, 0, -2.00158510637908252240537862224];

    /// <inheritdoc/>
    public int Dimension => 4;

    /// <inheritdoc/>
    public bool HasJacobian => false;

    /// <inheritdoc/>
    public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        const double muHat = 1 - Mu;
        double d1 = Math.Pow(((y[0] + Mu) * (y[0] + Mu)) + (y[2] * y[2]), 1.5);
        double d2 = Math.Pow(((y[0] - muHat) * (y[0] - muHat)) + (y[2] * y[2]), 1.5);
        dydt[0] = y[1];
        dydt[1] = y[0] + (2 * y[3]) - (muHat * (y[0] + Mu) / d1) - (Mu * (y[0] - muHat) / d2);
        dydt[2] = y[3];
        dydt[3] = y[2] - (2 * y[1]) - (muHat * y[2] / d1) - (Mu * y[2] / d2);
    }

    /// <inheritdoc/>
    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian) =>
        throw new NotSupportedException("Arenstorf has no analytic Jacobian; it is a non-stiff test problem.");

    /// <inheritdoc/>
    public void TimeDerivative(double t, ReadOnlySpan<double> y, Span<double> dfdt) => dfdt.Clear();
}
