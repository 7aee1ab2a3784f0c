namespace Abscopal.Testing;

/// <summary>Error measures scaled by the integration tolerances, as in SciPy's and SciML's analytic-solution tests.</summary>
public static class Tolerances
{
    /// <summary>max_k max_i |y_k,i − exact_k,i| / (atol + rtol·‖exact_k‖∞): the global error in units of the requested tolerance.</summary>
    public static double ScaledError(IReadOnlyList<double[]> computed, IReadOnlyList<double[]> exact, double rtol, double atol)
    {
        if (computed.Count != exact.Count)
        {
            throw new ArgumentException($"{computed.Count} computed rows but {exact.Count} exact rows.", nameof(exact));
        }

        double worst = 0;
        for (int k = 0; k < computed.Count; k++)
        {
            double norm = 0;
            foreach (double v in exact[k])
            {
                norm = Math.Max(norm, Math.Abs(v));
            }

            double scale = atol + (rtol * norm);
            for (int i = 0; i < exact[k].Length; i++)
            {
                double e = Math.Abs(computed[k][i] - exact[k][i]) / scale;
                worst = double.IsNaN(e) ? double.PositiveInfinity : Math.Max(worst, e);
            }
        }

        return worst;
    }
}
