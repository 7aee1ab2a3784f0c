namespace Abscopal.Testing;

/// <summary>Empirical order of convergence from errors at several step sizes (SciPy/SciML convergence tests).</summary>
public static class ConvergenceOrder
{
    /// <summary>Least-squares slope p of log(error) = p·log(h) + c.</summary>
    public static double Fit(IReadOnlyList<double> steps, IReadOnlyList<double> errors)
    {
        if (steps.Count != errors.Count || steps.Count < 2)
        {
            throw new ArgumentException("Need at least two (h, error) pairs of equal count.", nameof(errors));
        }

        int m = steps.Count;
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int k = 0; k < m; k++)
        {
            double x = Math.Log(steps[k]), y = Math.Log(errors[k]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }

        return ((m * sxy) - (sx * sy)) / ((m * sxx) - (sx * sx));
    }
}
