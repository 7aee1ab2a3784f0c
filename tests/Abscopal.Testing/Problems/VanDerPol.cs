using Abscopal.Numerics.Ode;

namespace Abscopal.Testing.Problems;

/// <summary>Van der Pol's oscillator y1' = y2, y2' = μ(1 − y1²)y2 − y1, unscaled (Hairer &amp; Wanner, <i>Solving ODEs II</i>, §IV.1); μ = 1000 on [0, 3000] per docs/problems.md.</summary>
/// <param name="mu">Stiffness parameter μ (dimensionless).</param>
public sealed class VanDerPol(double mu = 1000) : IOdeSystem, IOdeTimeDerivative
{
    /// <summary>End of the standard time span, 3000.</summary>
    public const double EndTime = 3000;

    /// <summary>Reference-row times of docs/problems.md.</summary>
    public static IReadOnlyList<double> ReferenceTimes { get; } = [500, 1000, 1500, 2000, 2500, 3000];

    /// <summary>State names y1, y2.</summary>
    public static IReadOnlyList<string> StateNames { get; } = ["y1", "y2"];

    /// <summary>y(0) = (2, 0).</summary>
    public static double[] InitialState() => [2, 0];

    /// <summary>The standard μ = 1000 problem on [0, 3000] with the given output times (default: the reference times).</summary>
    public static OdeProblem Problem(IEnumerable<double>? outputTimes = null) =>
        new(new VanDerPol(), 0, EndTime, InitialState(), outputTimes ?? ReferenceTimes);

    /// <summary>Stiffness parameter μ (dimensionless).</summary>
    public double Mu { get; } = mu;

    /// <inheritdoc/>
    public int Dimension => 2;

    /// <inheritdoc/>
    public bool HasJacobian => true;

    /// <inheritdoc/>
    public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        dydt[0] = y[1];
        dydt[1] = (Mu * (1 - (y[0] * y[0])) * y[1]) - y[0];
    }

    /// <inheritdoc/>
    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian)
    {
        jacobian[0] = 0;
        jacobian[1] = 1;
        jacobian[2] = (-2 * Mu * y[0] * y[1]) - 1;
        jacobian[3] = Mu * (1 - (y[0] * y[0]));
    }

    /// <inheritdoc/>
    public void TimeDerivative(double t, ReadOnlySpan<double> y, Span<double> dfdt) => dfdt.Clear();
}
