using Abscopal.Numerics.Ode;

namespace Abscopal.Testing.Problems;

/// <summary>OREGO, the Oregonator (Field &amp; Noyes 1974; Hairer &amp; Wanner, <i>Solving ODEs II</i>, §IV.10), 3 states on [0, 360]; as in docs/problems.md.</summary>
public sealed class Orego : IOdeSystem, IOdeTimeDerivative
{
    /// <summary>End of the standard time span, 360.</summary>
    public const double EndTime = 360;

    private const double S = 77.27;
    private const double Q = 8.375e-6;
    private const double W = 0.161;

    /// <summary>Reference-row times of docs/problems.md: 30, 60, ..., 360.</summary>
    public static IReadOnlyList<double> ReferenceTimes { get; } = [30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 330, 360];

    /// <summary>State names y1..y3.</summary>
    public static IReadOnlyList<string> StateNames { get; } = ["y1", "y2", "y3"];

    /// <summary>y(0) = (1, 2, 3).</summary>
    public static double[] InitialState() => [1, 2, 3];

    /// <summary>The standard problem on [0, 360] with the given output times (default: the reference times).</summary>
    public static OdeProblem Problem(IEnumerable<double>? outputTimes = null) =>
        new(new Orego(), 0, EndTime, InitialState(), outputTimes ?? ReferenceTimes);

    /// <inheritdoc/>
    public int Dimension => 3;

    /// <inheritdoc/>
    public bool HasJacobian => true;

    /// <inheritdoc/>
    public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        double y1 = y[0], y2 = y[1], y3 = y[2];
        dydt[0] = S * (y2 + (y1 * (1 - (Q * y1) - y2)));
        dydt[1] = (y3 - ((1 + y1) * y2)) / S;
        dydt[2] = W * (y1 - y3);
    }

    /// <inheritdoc/>
    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian)
    {
        double y1 = y[0], y2 = y[1];
        jacobian[0] = S * (1 - (2 * Q * y1) - y2); jacobian[1] = S * (1 - y1); jacobian[2] = 0;
        jacobian[3] = -y2 / S; jacobian[4] = -(1 + y1) / S; jacobian[5] = 1 / S;
        jacobian[6] = W; jacobian[7] = 0; jacobian[8] = -W;
    }

    /// <inheritdoc/>
    public void TimeDerivative(double t, ReadOnlySpan<double> y, Span<double> dfdt) => dfdt.Clear();
}
