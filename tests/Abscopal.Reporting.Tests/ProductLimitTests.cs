namespace Abscopal.Reporting.Tests;

public class ProductLimitTests
{
    [Fact]
    public void The_Recipe_Estimator_Reproduces_The_Textbook_6MP_Curve()
    {
        // Kleinbaum and Klein, Survival Analysis (3rd ed.), Table 2.2 (Freireich 1963 6-MP arm), to 3 decimals.
        var curve = Recipes.KaplanMeier()[0];
        Assert.Equal([42.0, 49, 70, 91, 112, 154, 161], curve.TimesDays);
        Assert.Equal([0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448], curve.Survival.Select(s => Math.Round(s, 3)));
    }
}
