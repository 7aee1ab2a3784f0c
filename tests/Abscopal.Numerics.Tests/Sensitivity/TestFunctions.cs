namespace Abscopal.Numerics.Tests.Sensitivity;

/// <summary>Sensitivity benchmarks with analytic indices (Saltelli et al., <i>Global Sensitivity Analysis: The Primer</i>, 2008, §4.9 and §3.7).</summary>
internal static class TestFunctions
{
    /// <summary>Ishigami &amp; Homma (1990) with a = 7, b = 0.1, inputs uniform on [−π, π] mapped from u in [0, 1).</summary>
    public static double Ishigami(ReadOnlySpan<double> u)
    {
        double x1 = Math.PI * ((2 * u[0]) - 1), x2 = Math.PI * ((2 * u[1]) - 1), x3 = Math.PI * ((2 * u[2]) - 1);
        return Math.Sin(x1) + (7 * Math.Sin(x2) * Math.Sin(x2)) + (0.1 * Math.Pow(x3, 4) * Math.Sin(x1));
    }

    /// <summary>Analytic (S_1, S_2, S_3) and (S_T1, S_T2, S_T3) of Ishigami for a = 7, b = 0.1.</summary>
    public static (double[] First, double[] Total) IshigamiIndices()
    {
        const double a = 7, b = 0.1;
        double pi4 = Math.Pow(Math.PI, 4), pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.Pow(1 + (b * pi4 / 5), 2);
        double v2 = a * a / 8;
        double v13 = b * b * pi8 * ((1.0 / 18) - (1.0 / 50));
        double v = v1 + v2 + v13;
        return ([v1 / v, v2 / v, 0], [(v1 + v13) / v, v2 / v, v13 / v]);
    }

    /// <summary>The Sobol g-function Π (|4u_i − 2| + a_i)/(1 + a_i).</summary>
    public static double GFunction(ReadOnlySpan<double> u, double[] a)
    {
        double f = 1;
        for (int i = 0; i < a.Length; i++)
        {
            f *= (Math.Abs((4 * u[i]) - 2) + a[i]) / (1 + a[i]);
        }

        return f;
    }

    /// <summary>Analytic indices of the g-function: V_i = 1/(3(1 + a_i)²), V = Π(1 + V_i) − 1, S_i = V_i/V, S_Ti = V_i Π_{j≠i}(1 + V_j)/V.</summary>
    public static (double[] First, double[] Total) GFunctionIndices(double[] a)
    {
        var vi = a.Select(ai => 1.0 / (3 * (1 + ai) * (1 + ai))).ToArray();
        double product = vi.Aggregate(1.0, (p, x) => p * (1 + x));
        double v = product - 1;
        return (vi.Select(x => x / v).ToArray(), vi.Select(x => x * product / (1 + x) / v).ToArray());
    }
}
