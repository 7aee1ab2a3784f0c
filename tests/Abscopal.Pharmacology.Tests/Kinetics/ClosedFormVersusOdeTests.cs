using Abscopal.Pharmacology.Drugs;
using Abscopal.Pharmacology.Kinetics;

namespace Abscopal.Pharmacology.Tests.Kinetics;

public class ClosedFormVersusOdeTests
{
    private static readonly double[] s_grid = [.. Enumerable.Range(0, 301).Select(k => k * 0.5)];

    [Theory]
    [InlineData("pembrolizumab", 0.5 / 24)]
    [InlineData("ipilimumab", 1.5 / 24)]
    [InlineData("atezolizumab", 0)]
    public void The_Superposed_Analytic_Solution_Matches_The_Ode_Solver(string drug, double infusionDays)
    {
        // With constant clearance both solve the same linear ODE; the solver at rtol 1e-10 must agree to ~1e-7 relative.
        var parameters = DrugLibrary.Find(drug)!.Pk!.ForWeight(70);
        var doses = Enumerable.Range(0, 7).Select(k => new Infusion(k * 21, 200, infusionDays)).ToArray();
        double[] ode = TwoCompartmentPk.SolveOde(parameters, null, doses, s_grid, relativeTolerance: 1e-10);
        double peak = ode.Max();
        for (int i = 0; i < s_grid.Length; i++)
        {
            double exact = TwoCompartmentPk.ClosedForm(parameters, doses, s_grid[i]);
            Assert.True(Math.Abs(ode[i] - exact) <= 1e-7 * peak, $"t = {s_grid[i]}: ODE {ode[i]} vs closed form {exact}");
        }
    }

    [Fact]
    public void A_Bolus_Starts_At_Dose_Over_Vc_And_Its_Area_Is_Dose_Over_Clearance()
    {
        // Two-compartment identities (Gibaldi & Perrier ch. 2): C(0+) = D/Vc, AUC(0–∞) = D/CL.
        var p = new TwoCompartmentParameters(0.2, 3, 0.5, 3.5);
        Infusion[] dose = [new Infusion(0, 100, 0)];
        Assert.Equal(100 / 3.0, TwoCompartmentPk.ClosedForm(p, dose, 1e-12), 8);
        double auc = 0;
        const double step = 0.02;
        for (double t = 0; t < 3000; t += step)
        {
            auc += 0.5 * step * (TwoCompartmentPk.ClosedForm(p, dose, Math.Max(t, 1e-15)) + TwoCompartmentPk.ClosedForm(p, dose, t + step));
        }

        Assert.Equal(100 / 0.2, auc, 1);
    }

    [Fact]
    public void Time_Varying_Clearance_Raises_Later_Troughs()
    {
        // Falling clearance (Bajaj 2017) must leave more drug than the first-dose clearance would.
        var nivolumab = DrugLibrary.Nivolumab.Pk!;
        var parameters = nivolumab.ForWeight(70);
        var doses = Enumerable.Range(0, 10).Select(k => new Infusion(k * 14, 240, 0.5 / 24)).ToArray();
        double[] times = [13.99, 125.99];
        double[] varying = TwoCompartmentPk.SolveOde(parameters, nivolumab.TimeVarying, doses, times);
        // Over the first cycle the clearance has fallen by < 0.5% (t = 14 d ≪ T50 = 58.75 d), so the first trough barely moves.
        double firstTrough = TwoCompartmentPk.ClosedForm(parameters, doses, 13.99);
        Assert.InRange(varying[0] / firstTrough, 1, 1.005);
        Assert.True(varying[1] > 1.05 * TwoCompartmentPk.ClosedForm(parameters, doses, 125.99));
    }
}
