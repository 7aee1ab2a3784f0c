namespace Abscopal.Reporting.Internal;

/// <summary>Right-continuous step functions as polylines: (t0,y0) (t1,y0) (t1,y1) … (end,yLast).</summary>
internal static class Steps
{
    public static (double[] X, double[] Y) Expand(double[] times, double[] values, double end)
    {
        int n = times.Length;
        var x = new double[2 * n];
        var y = new double[2 * n];
        for (int i = 0; i < n; i++)
        {
            x[2 * i] = times[i];
            y[2 * i] = values[i];
            x[(2 * i) + 1] = i + 1 < n ? times[i + 1] : Math.Max(end, times[i]);
            y[(2 * i) + 1] = values[i];
        }

        return (x, y);
    }

    /// <summary>The step function's value at <paramref name="t"/> (right-continuous; the first value before the first time).</summary>
    public static double At(double[] times, double[] values, double t)
    {
        int index = Array.BinarySearch(times, t);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return values[Math.Clamp(index, 0, values.Length - 1)];
    }
}
