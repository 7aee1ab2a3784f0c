using Abscopal.Numerics.Ode;
using Abscopal.Testing.Problems;

namespace Abscopal.Numerics.Tests.Ode;

/// <summary>The hand-written Jacobians of the shared test problems agree with central differences (error O(δ²) ≈ 1e-10 relative).</summary>
public sealed class TestProblemJacobianTests
{
    public static TheoryData<string> Problems => new() { "hires", "robertson", "vanderpol", "orego", "kosinsky", "kosinsky-irradiated", "linear3", "pk" };

    private static (IOdeSystem System, double[] State) Create(string name) => name switch
    {
        "hires" => (new Hires(), [0.7, 0.1, 0.05, 0.3, 0.2, 0.6, 0.003, 0.004]),
        "robertson" => (new Robertson(), [0.9, 3e-5, 0.1]),
        "vanderpol" => (new VanDerPol(), [1.5, -0.7]),
        "orego" => (new Orego(), [3, 700, 20]),
        "kosinsky" => (new Kosinsky(), [120, 0.5, 80, 150, 0.3, 4, 0.6, 0.4]),
        "kosinsky-irradiated" => (new Kosinsky { DoseRate = Kosinsky.FractionDoseRate }, [120, 12, 80, 150, 0.3, 4, 0.6, 0.4]),
        "linear3" => (new LinearThreeByThree(), [1, -2, 0.5]),
        "pk" => (new OneCompartmentBolus(0.2, 10), [50, 3]),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Analytic_Jacobian_Matches_Central_Differences(string name)
    {
        // Given a state away from zero in every component
        (IOdeSystem system, double[] y) = Create(name);
        int n = system.Dimension;
        double[] jacobian = new double[n * n];
        system.Jacobian(0.3, y, jacobian);

        // When each column is differenced with δ_j = 1e-5·max(|y_j|, 1e-3)
        double[] plus = new double[n], minus = new double[n];
        for (int j = 0; j < n; j++)
        {
            double delta = 1e-5 * Math.Max(Math.Abs(y[j]), 1e-3);
            double[] yp = (double[])y.Clone(), ym = (double[])y.Clone();
            yp[j] += delta;
            ym[j] -= delta;
            system.Derivative(0.3, yp, plus);
            system.Derivative(0.3, ym, minus);

            // Then entry (i, j) agrees to 1e-6 relative to the row's scale
            for (int i = 0; i < n; i++)
            {
                double difference = (plus[i] - minus[i]) / (2 * delta);
                double scale = Enumerable.Range(0, n).Max(k => Math.Abs(jacobian[(i * n) + k])) + 1e-12;
                Assert.True(
                    Math.Abs(difference - jacobian[(i * n) + j]) <= 1e-6 * scale,
                    $"{name}: J[{i},{j}] = {jacobian[(i * n) + j]}, central difference {difference}");
            }
        }
    }
}
