using Abscopal.Numerics.Ode;

namespace Abscopal.Testing.Problems;

/// <summary>HIRES, the "High Irradiance RESponse" photomorphogenesis model (Schäfer 1975; Hairer &amp; Wanner, <i>Solving ODEs II</i>, §IV.10), 8 states; as in docs/problems.md.</summary>
public sealed class Hires : IOdeSystem, IOdeTimeDerivative
{
    /// <summary>End of the standard time span, 321.8122.</summary>
    public const double EndTime = 321.8122;

    /// <summary>Reference-row times of docs/problems.md.</summary>
    public static IReadOnlyList<double> ReferenceTimes { get; } = [1, 10, 100, EndTime];

    /// <summary>State names y1..y8.</summary>
    public static IReadOnlyList<string> StateNames { get; } = ["y1", "y2", "y3", "y4", "y5", "y6", "y7", "y8"];

    /// <summary>y(0) = (1, 0, 0, 0, 0, 0, 0, 0.0057).</summary>
    public static double[] InitialState() => [1, 0, 0, 0, 0, 0, 0, 0.0057];

    /// <summary>The standard problem on [0, 321.8122] with the given output times (default: the reference times).</summary>
    public static OdeProblem Problem(IEnumerable<double>? outputTimes = null) =>
        new(new Hires(), 0, EndTime, InitialState(), outputTimes ?? ReferenceTimes);

    /// <inheritdoc/>
    public int Dimension => 8;

    /// <inheritdoc/>
    public bool HasJacobian => true;

    /// <inheritdoc/>
    public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        double y1 = y[0], y2 = y[1], y3 = y[2], y4 = y[3], y5 = y[4], y6 = y[5], y7 = y[6], y8 = y[7];
        double r = 280 * y6 * y8;
        dydt[0] = (-1.71 * y1) + (0.43 * y2) + (8.32 * y3) + 0.0007;
        dydt[1] = (1.71 * y1) - (8.75 * y2);
        dydt[2] = (-10.03 * y3) + (0.43 * y4) + (0.035 * y5);
        dydt[3] = (8.32 * y2) + (1.71 * y3) - (1.12 * y4);
        dydt[4] = (-1.745 * y5) + (0.43 * y6) + (0.43 * y7);
        dydt[5] = -r + (0.69 * y4) + (1.71 * y5) - (0.43 * y6) + (0.69 * y7);
        dydt[6] = r - (1.81 * y7);
        dydt[7] = -r + (1.81 * y7);
    }

    /// <inheritdoc/>
    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian)
    {
        Span<double> j = jacobian[..64];
        j.Clear();
        double y6 = y[5], y8 = y[7];
        j[0] = -1.71; j[1] = 0.43; j[2] = 8.32;
        j[8] = 1.71; j[9] = -8.75;
        j[18] = -10.03; j[19] = 0.43; j[20] = 0.035;
        j[25] = 8.32; j[26] = 1.71; j[27] = -1.12;
        j[36] = -1.745; j[37] = 0.43; j[38] = 0.43;
        j[43] = 0.69; j[44] = 1.71; j[45] = (-280 * y8) - 0.43; j[46] = 0.69; j[47] = -280 * y6;
        j[53] = 280 * y8; j[54] = -1.81; j[55] = 280 * y6;
        j[61] = -280 * y8; j[62] = 1.81; j[63] = -280 * y6;
    }

    /// <inheritdoc/>
    public void TimeDerivative(double t, ReadOnlySpan<double> y, Span<double> dfdt) => dfdt.Clear();
}
