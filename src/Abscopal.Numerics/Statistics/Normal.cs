using System.Runtime.CompilerServices;

namespace Abscopal.Numerics.Statistics;

/// <summary>The standard normal distribution: density, CDF Φ and quantile Φ⁻¹, each to about double precision.</summary>
public static class Normal
{
    private static readonly double s_inverseSqrtTwoPi = 1.0 / Math.Sqrt(2 * Math.PI);

    /// <summary>The density φ(x) = exp(−x²/2)/√(2π).</summary>
    public static double Density(double x) => s_inverseSqrtTwoPi * Math.Exp(-0.5 * x * x);

    /// <summary>The CDF Φ(x) = ½·erfc(−x/√2), with erfc(z) = Q(½, z²), so the lower tail keeps full relative precision.</summary>
    public static double Cdf(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        double half = 0.5 * SpecialFunctions.RegularizedGammaQ(0.5, 0.5 * x * x);
        return x < 0 ? half : 1.0 - half;
    }

    /// <summary>The quantile Φ⁻¹(p) for p in [0, 1] (±∞ at 0 and 1), by Wichura's algorithm AS 241 (PPND16), relative accuracy about 1e-16.</summary>
    /// <remarks>Wichura (1988), "Algorithm AS 241: the percentage points of the normal distribution", Applied Statistics 37:477–484, doi:10.2307/2347330.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Quantile(double p)
    {
        double q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            double r = 0.180625 - (q * q);
            return q * Horner(r, 3.3871328727963666080, 1.3314166789178437745e+2, 1.9715909503065514427e+3, 1.3731693765509461125e+4,
                    4.5921953931549871457e+4, 6.7265770927008700853e+4, 3.3430575583588128105e+4, 2.5090809287301226727e+3)
                / Horner(r, 1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2, 5.3941960214247511077e+3,
                    2.1213794301586595867e+4, 3.9307895800092710610e+4, 2.8729085735721942674e+4, 5.2264952788528545610e+3);
        }

        return Tail(p, q);
    }

    private static double Tail(double p, double q)
    {
        if (!(p >= 0 && p <= 1))
        {
            return double.NaN;
        }

        double r = q < 0 ? p : 1.0 - p;
        if (r == 0)
        {
            return q < 0 ? double.NegativeInfinity : double.PositiveInfinity;
        }

        r = Math.Sqrt(-Math.Log(r));
        double value;
        if (r <= 5)
        {
            r -= 1.6;
            value = Horner(r, 1.42343711074968357734, 4.63033784615654529590, 5.76949722146069140550, 3.64784832476320460504,
                    1.27045825245236838258, 2.41780725177450611770e-1, 2.27238449892691845833e-2, 7.74545014278341407640e-4)
                / Horner(r, 1.0, 2.05319162663775882187, 1.67638483018380384940, 6.89767334985100004550e-1,
                    1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4, 1.05075007164441684324e-9);
        }
        else
        {
            r -= 5;
            value = Horner(r, 6.65790464350110377720, 5.46378491116411436990, 1.78482653991729133580, 2.96560571828504891230e-1,
                    2.65321895265761230930e-2, 1.24266094738807843860e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7)
                / Horner(r, 1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
                    7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7, 2.04426310338993978564e-15);
        }

        return q < 0 ? -value : value;
    }

    /// <summary>c0 + c1·r + … + c7·r⁷ by Horner's rule.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Horner(double r, double c0, double c1, double c2, double c3, double c4, double c5, double c6, double c7) =>
        c0 + (r * (c1 + (r * (c2 + (r * (c3 + (r * (c4 + (r * (c5 + (r * (c6 + (r * c7)))))))))))));
}
