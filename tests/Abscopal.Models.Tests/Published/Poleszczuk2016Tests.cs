using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Models.Library.Published;
using Abscopal.Numerics.Ode;

namespace Abscopal.Models.Tests.Published;

public class Poleszczuk2016Tests
{
    private static readonly OdeOptions s_tight = OdeOptions.Default with { RelativeTolerance = 1e-9, AbsoluteTolerance = 1e-6 };

    private static SimulationResult Run(double days, params (string Id, double Value)[] overrides)
    {
        var instance = ModelCompiler.Compile(Poleszczuk2016.Create()).CreateInstance();
        foreach (var (id, value) in overrides)
        {
            instance.SetValue(id, value);
        }

        return ModelSimulator.Simulate(instance, new SimulationSettings { EndTime = days, Points = (int)days, Options = s_tight });
    }

    [Fact]
    public void With_One_Site_It_Is_Exactly_The_Kuznetsov_Model()
    {
        // Given one breast site seeded on day 0 with the curated 5×10⁶ cells: every exported T cell comes back to it
        var single = Poleszczuk2016.Create([new TumourSite("breast", 0.004, "test")]);
        var settings = new SimulationSettings { EndTime = 100, Points = 100, Options = s_tight };

        // When it and kuznetsov1994 run 100 days
        var multi = ModelSimulator.Simulate(ModelCompiler.Compile(single), settings);
        var reference = ModelSimulator.Simulate(ModelCompiler.Compile(Kuznetsov1994.Create()), settings);

        // Then the site follows the Kuznetsov trajectory (the redistribution term (1 − φ)A + φA is A)
        var t = multi.Column("T_breast");
        var tRef = reference.Column("T");
        for (var day = 0; day <= 100; day++)
        {
            Assert.True(Math.Abs(t[day] - tRef[day]) <= 1e-5 * tRef[day], $"day {day}: {t[day]} vs {tRef[day]}");
        }
    }

    [Fact]
    public void Seeding_A_Lung_Metastasis_Accelerates_The_Breast_Primary()
    {
        // Poleszczuk 2016 (abstract): "seeding new metastatic sites may accelerate the growth of the primary tumor,
        // because T-cell responses are partially diverted to the developing metastases".
        // Given the breast primary alone, and the same with a lung metastasis seeded on day 200 (Walker 2018 set-up)
        var alone = Run(800, ("seed_day_lung", double.PositiveInfinity));
        var withMetastasis = Run(800);

        // When the breast tumour is compared on days 300 and 800
        var breastAlone = alone.Column("T_breast");
        var breastWith = withMetastasis.Column("T_breast");

        // Then it is larger with the metastasis: the primary, dormant alone (< 10⁷ cells), escapes (> 10⁸ cells)
        Assert.True(breastWith[300] > breastAlone[300], $"day 300: {breastWith[300]} vs alone {breastAlone[300]}");
        Assert.True(breastAlone[800] < 1e7, $"alone on day 800: {breastAlone[800]}");
        Assert.True(breastWith[800] > 1e8, $"with the metastasis on day 800: {breastWith[800]}");
        Assert.True(withMetastasis.Column("E_breast")[800] < alone.Column("E_breast")[800], "fewer effector cells stay in the breast");
    }

    [Fact]
    public void Removing_The_Lung_Metastasis_Shrinks_The_Breast_Tumour()
    {
        // Walker 2018 Fig. 4B: removing the lung tumour, which drew T cells activated by the breast, makes the breast tumour shrink.
        // Given the default scenario with and without surgery on the lung lesion on day 400
        var untreated = Run(500);
        var surgery = Run(500, ("resection_day_lung", 400));

        // When the breast tumour is read on days 400 and 500
        var before = surgery.Column("T_breast")[400];
        var after = surgery.Column("T_breast")[500];

        // Then it shrinks after the surgery and ends below its size without surgery, with more effector cells
        Assert.Equal(0, surgery.Column("T_lung")[450]);
        Assert.True(after < before, $"{after} after vs {before} before");
        Assert.True(after < untreated.Column("T_breast")[500], $"{after} vs untreated {untreated.Column("T_breast")[500]}");
        Assert.True(surgery.Column("E_breast")[500] > untreated.Column("E_breast")[500]);
    }

    [Fact]
    public void Site_Names_And_Shares_Are_Checked()
    {
        Assert.Throws<ArgumentException>(() => Poleszczuk2016.Create([]));
        Assert.Throws<ArgumentException>(() => Poleszczuk2016.Create([new TumourSite("1lung", 1.0, "x")]));
        Assert.Throws<ArgumentException>(() => Poleszczuk2016.Create([new TumourSite("lung", 0, "x")]));
        Assert.Throws<ArgumentException>(() => Poleszczuk2016.Create([new TumourSite("lung", 1.0, "x"), new TumourSite("lung", 0.5, "y")]));
    }
}
