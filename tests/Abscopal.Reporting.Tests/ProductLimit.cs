namespace Abscopal.Reporting.Tests;

/// <summary>The Kaplan–Meier product-limit estimate with Greenwood's variance (plain 95% limits, clipped to [0, 1]).</summary>
internal static class ProductLimit
{
    public static SurvivalCurveData Estimate(string label, (double Weeks, bool Event)[] data, double[] riskDays)
    {
        var times = new List<double>();
        var survival = new List<double>();
        var lower = new List<double>();
        var upper = new List<double>();
        double s = 1, greenwood = 0;
        foreach (var group in data.Where(d => d.Event).GroupBy(d => d.Weeks).OrderBy(g => g.Key))
        {
            int atRisk = data.Count(d => d.Weeks >= group.Key);
            int deaths = group.Count();
            s *= 1 - ((double)deaths / atRisk);
            greenwood += atRisk == deaths ? 0 : (double)deaths / (atRisk * (atRisk - deaths));
            double se = s * Math.Sqrt(greenwood);
            times.Add(group.Key * 7);
            survival.Add(s);
            lower.Add(Math.Max(0, s - (1.96 * se)));
            upper.Add(Math.Min(1, s + (1.96 * se)));
        }

        var censored = data.Where(d => !d.Event).Select(d => d.Weeks * 7).ToArray();
        var counts = riskDays.Select(day => data.Count(d => d.Weeks * 7 >= day)).ToArray();
        return new SurvivalCurveData(label, [.. times], [.. survival], [.. lower], [.. upper], new AtRiskTable(riskDays, counts)) { CensoredDays = censored };
    }
}
