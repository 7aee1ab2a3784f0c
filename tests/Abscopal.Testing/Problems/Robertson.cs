using Abscopal.Numerics.Ode;

namespace Abscopal.Testing.Problems;

/// <summary>Robertson's chemical kinetics (Robertson 1966; Hairer &amp; Wanner, <i>Solving ODEs II</i>, §IV.10), 3 states on [0, 1e11]; as in docs/problems.md.</summary>
public sealed class Robertson : IOdeSystem, IOdeTimeDerivative
{
    /// <summary>End of the standard time span, 1e11.</summary>
    public const double EndTime = 1e11;

    /// <summary>Reference-row times of docs/problems.md.</summary>
    public static IReadOnlyList<double> ReferenceTimes { get; } =
        [0.4, 4, 40, 400, 4e3, 4e4, 4e5, 4e6, 4e7, 4e8, 4e9, 4e10, 1e11];

    /// <summary>State names y1..y3.</summary>
    public static IReadOnlyList<string> StateNames { get; } = ["y1", "y2", "y3"];

    /// <summary>y(0) = (1, 0, 0).</summary>
    public static double[] InitialState() => [1, 0, 0];

    /// <summary>The standard problem on [0, 1e11] with the given output times (default: the reference times).</summary>
    public static OdeProblem Problem(IEnumerable<double>? outputTimes = null) =>
        new(new Robertson(), 0, EndTime, InitialState(), outputTimes ?? ReferenceTimes);

    /// <inheritdoc/>
    public int Dimension => 3;

    /// <inheritdoc/>
    public bool HasJacobian => true;

    /// <inheritdoc/>
    public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        double y1 = y[0], y2 = y[1], y3 = y[2];
        dydt[0] = (-0.04 * y1) + (1e4 * y2 * y3);
        dydt[1] = (0.04 * y1) - (1e4 * y2 * y3) - (3e7 * y2 * y2);
        dydt[2] = 3e7 * y2 * y2;
    }

    /// <inheritdoc/>
    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian)
    {
        double y2 = y[1], y3 = y[2];
        jacobian[0] = -0.04; jacobian[1] = 1e4 * y3; jacobian[2] = 1e4 * y2;
        jacobian[3] = 0.04; jacobian[4] = (-1e4 * y3) - (6e7 * y2); jacobian[5] = -1e4 * y2;
        jacobian[6] = 0; jacobian[7] = 6e7 * y2; jacobian[8] = 0;
    }

    /// <inheritdoc/>
    public void TimeDerivative(double t, ReadOnlySpan<double> y, Span<double> dfdt) => dfdt.Clear();
}
