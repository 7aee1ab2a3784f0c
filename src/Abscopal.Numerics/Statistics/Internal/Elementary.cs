namespace Abscopal.Numerics.Statistics.Internal;

/// <summary>ln(1 + x) and eˣ − 1 without cancellation (Goldberg 1991, "What every computer scientist should know about floating-point arithmetic", Thm 4; Kahan's expm1 trick).</summary>
internal static class Elementary
{
    /// <summary>ln(1 + x) for x &gt; −1, accurate also for tiny |x|.</summary>
    public static double Log1P(double x)
    {
        double u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>eˣ − 1, accurate also for tiny |x|.</summary>
    public static double ExpM1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }

        double um1 = u - 1.0;
        return um1 == -1.0 ? -1.0 : um1 * x / Math.Log(u);
    }
}
