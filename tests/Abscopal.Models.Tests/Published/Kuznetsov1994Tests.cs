using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Models.Library.Published;
using Abscopal.Numerics.Ode;

namespace Abscopal.Models.Tests.Published;

public class Kuznetsov1994Tests
{
    private static Dictionary<string, double> Parameters() =>
        Kuznetsov1994.Create().Parameters.Where(p => p.Constant).ToDictionary(p => p.Id, p => p.Value!.Value);

    [Theory]
    // Kuznetsov et al. 1994 scale E and T by 10⁶ cells and time by 1/(n·10⁶ cells) and print the scaled parameters
    // σ = 0.1181, ρ = 1.131, η = 20.19, μ = 0.00311, δ = 0.3743, α = 1.636, β = 2.0×10⁻³. The dimensional n is printed
    // to four digits (1.101×10⁻⁷), which moves δ and α in their fourth digit, so the tolerance is 0.1 %.
    [InlineData("sigma", 0.1181)]
    [InlineData("rho", 1.131)]
    [InlineData("eta", 20.19)]
    [InlineData("mu", 0.00311)]
    [InlineData("delta", 0.3743)]
    [InlineData("alpha", 1.636)]
    [InlineData("beta", 2.0e-3)]
    public void Scaled_Parameters_Match_The_Papers_Dimensionless_Values(string name, double published)
    {
        // Given the dimensional parameters of the model and the paper's scales E0 = T0 = 10⁶ cells, t0 = 1/(n·T0)
        var k = Parameters();
        const double E0 = 1e6, T0 = 1e6;
        var nT0 = k["n"] * T0;

        // When the paper's scaling is applied
        var scaled = name switch
        {
            "sigma" => k["s"] / (nT0 * E0),
            "rho" => k["p"] / nT0,
            "eta" => k["g"] / T0,
            "mu" => k["m"] / k["n"],
            "delta" => k["d"] / nT0,
            "alpha" => k["a"] / nT0,
            _ => k["b"] * T0,
        };

        // Then it gives the published dimensionless value
        Assert.True(Math.Abs(scaled - published) <= 1e-3 * published, $"{name}: {scaled} vs published {published}");
    }

    [Fact]
    public void Time_Course_From_The_Curated_Initial_State_Matches_An_Independent_Rk4_Solve()
    {
        // Given the model compiled from the IR and, independently, the two published equations solved by classical RK4 (h = 0.005 d)
        var model = Kuznetsov1994.Create();
        var result = ModelSimulator.Simulate(ModelCompiler.Compile(model), new SimulationSettings
        {
            EndTime = 100,
            Points = 100,
            Options = OdeOptions.Default with { RelativeTolerance = 1e-9, AbsoluteTolerance = 1e-6 },
        });
        var reference = Rk4(3.2e5, 5e6, 100, 0.005);

        // When both are compared daily over the 100 days of the curated Figure 1b reproduction
        var e = result.Column("E");
        var t = result.Column("T");

        // Then they agree to 1e-6 relative (the tumour first grows to ~8×10⁷ cells, then falls back in a damped oscillation)
        for (var day = 0; day <= 100; day++)
        {
            Assert.True(Math.Abs(e[day] - reference[day].E) <= 1e-6 * reference[day].E, $"E at day {day}: {e[day]} vs {reference[day].E}");
            Assert.True(Math.Abs(t[day] - reference[day].T) <= 1e-6 * reference[day].T, $"T at day {day}: {t[day]} vs {reference[day].T}");
        }

        Assert.InRange(t.Max(), 5e7, 1.5e8);
    }

    [Fact]
    public void The_Curated_Start_Settles_In_The_Dormant_Equilibrium_And_A_Large_Tumour_Escapes()
    {
        // Given the interior equilibria from the algebra: T' = 0 gives E = a(1 − bT)/n, E' = 0 gives E = s/(d + mT − pT/(g + T));
        // their roots on (0, 1/b) found by bisection (three for these parameters: dormant focus, saddle, escaped node)
        var k = Parameters();
        var roots = EquilibriumTumourSizes(k);
        Assert.Equal(3, roots.Count);

        // When the model runs 3000 days from the curated start (5×10⁶ cells) and from a large tumour (4×10⁸ cells)
        var compiled = ModelCompiler.Compile(Kuznetsov1994.Create());
        var settings = new SimulationSettings { EndTime = 3000, Points = 1, Options = OdeOptions.Default with { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-6 } };
        var dormant = ModelSimulator.Simulate(compiled, settings);
        var instance = compiled.CreateInstance();
        instance.SetValue("T", 4e8);
        var escaped = ModelSimulator.Simulate(instance, settings);

        // Then the first ends at the smallest root (tumour dormancy) and the second at the largest (escape), each with E on the T-nullcline
        AssertAtEquilibrium(dormant, roots[0], k);
        AssertAtEquilibrium(escaped, roots[2], k);
    }

    private static void AssertAtEquilibrium(SimulationResult result, double tumour, Dictionary<string, double> k)
    {
        var t = result.Column("T")[^1];
        var e = result.Column("E")[^1];
        var eExpected = k["a"] * (1 - (k["b"] * tumour)) / k["n"];
        Assert.True(Math.Abs(t - tumour) <= 1e-4 * tumour, $"T = {t}, equilibrium {tumour}");
        Assert.True(Math.Abs(e - eExpected) <= 1e-4 * eExpected, $"E = {e}, equilibrium {eExpected}");
    }

    private static List<double> EquilibriumTumourSizes(Dictionary<string, double> k)
    {
        double F(double tumour) =>
            (k["a"] * (1 - (k["b"] * tumour)) * (k["d"] + (k["m"] * tumour) - (k["p"] * tumour / (k["g"] + tumour)))) - (k["n"] * k["s"]);

        var roots = new List<double>();
        var upper = 1 / k["b"];
        for (var x = 0.0; x < Math.Log10(upper); x += 0.005)
        {
            double lo = Math.Pow(10, x), hi = Math.Min(Math.Pow(10, x + 0.005), upper);
            if (F(lo) * F(hi) >= 0)
            {
                continue;
            }

            for (var i = 0; i < 200; i++)
            {
                var mid = 0.5 * (lo + hi);
                if (F(lo) * F(mid) <= 0)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid;
                }
            }

            roots.Add(0.5 * (lo + hi));
        }

        return roots;
    }

    private static List<(double E, double T)> Rk4(double e, double t, int days, double h)
    {
        // The equations as printed in the paper, written out here independently of the model IR.
        const double s = 1.3e4, p = 0.1245, g = 2.019e7, m = 3.422e-10, d = 0.0412, a = 0.18, b = 2.0e-9, n = 1.101e-7;
        static (double, double) F(double e, double t) => (s + (p * e * t / (g + t)) - (m * e * t) - (d * e), (a * t * (1 - (b * t))) - (n * e * t));
        var output = new List<(double, double)> { (e, t) };
        var stepsPerDay = (int)Math.Round(1 / h);
        for (var day = 1; day <= days; day++)
        {
            for (var i = 0; i < stepsPerDay; i++)
            {
                var (k1e, k1t) = F(e, t);
                var (k2e, k2t) = F(e + (0.5 * h * k1e), t + (0.5 * h * k1t));
                var (k3e, k3t) = F(e + (0.5 * h * k2e), t + (0.5 * h * k2t));
                var (k4e, k4t) = F(e + (h * k3e), t + (h * k3t));
                e += h / 6 * (k1e + (2 * k2e) + (2 * k3e) + k4e);
                t += h / 6 * (k1t + (2 * k2t) + (2 * k3t) + k4t);
            }

            output.Add((e, t));
        }

        return output;
    }
}
