using Abscopal.Interop.Petab;

namespace Abscopal.Interop.Tests.Petab;

/// <summary>The PEtab v1 log-likelihood on <see cref="PetabFixture"/>'s problem, against its closed-form solution and the PEtab v1 definitions of the noise models and priors.</summary>
public class PetabObjectiveTests
{
    private static readonly double s_ln2Pi = Math.Log(2 * Math.PI);

    [Fact]
    public void Log_Likelihood_Equals_The_Closed_Form_Of_Each_Noise_Model()
    {
        // Given the fixture (k = 0.4; x(t) = x₀ e^(−k t); y preequilibrated at p = 3 to y = p/k = 7.5, then decaying with p = 0)
        using var fixture = new PetabFixture();
        var objective = new PetabObjective(PetabReader.Read(fixture.ProblemPath));

        // When evaluated at the nominal values
        var evaluation = objective.Evaluate();

        // Then each measurement's term is the PEtab v1 density at the exact solution:
        // normal on lin: −½ln(2πσ²) − ½((m − y)/σ)²
        double y1 = 0.9 * 10 * Math.Exp(-0.4 * 0.5);
        double l1 = Normal(7, y1, 0.5);
        double y2 = 2 * 5 * Math.Exp(-0.4);
        double l2 = Normal(1.5, y2, 0.2);

        // Laplace on log10: −ln(2σ) − |log10 m − log10 y|/σ − ln(m ln 10)
        double y3 = 10 * Math.Exp(-0.8);
        double l3 = -Math.Log(2 * 0.05) - (Math.Abs(Math.Log10(1.2) - Math.Log10(y3)) / 0.05) - Math.Log(1.2 * Math.Log(10));

        // normal on log: −½ln(2πσ²) − ½((ln m − ln y)/σ)² − ln m
        double y4 = 7.5 * Math.Exp(-0.4);
        double l4 = Normal(Math.Log(1.5), Math.Log(y4), 0.3) - Math.Log(1.5);

        double[] expected = [l1, l2, l3, l4];
        double[] simulated = [y1, y2, y3, y4];
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(simulated[i], evaluation.Predictions[i].Simulation, 1e-6 * simulated[i]);
            Assert.Equal(expected[i], evaluation.Predictions[i].LogLikelihood, 1e-5);
        }

        Assert.Equal(expected.Sum(), evaluation.LogLikelihood, 1e-5);
        Assert.Equal([0.5, 0.2, 0.05, 0.3], evaluation.Predictions.Select(p => p.Sigma));

        // And the prior is k's normal density on its log10 scale (mean −0.5, sd 0.25) plus sd_x's uniform on [0, 5];
        // scale has no prior and sigma_log is not estimated
        double prior = Normal(Math.Log10(0.4), -0.5, 0.25) - Math.Log(5);
        Assert.Equal(prior, evaluation.LogPrior, 12);
        Assert.Equal(evaluation.LogLikelihood + prior, evaluation.LogPosterior, 12);
        Assert.Equal(evaluation.Predictions.Sum(p => p.WeightedResidual * p.WeightedResidual), evaluation.ChiSquare, 12);
    }

    [Fact]
    public void Given_Parameters_Replace_The_Nominal_Values()
    {
        // Given the fixture / When k = 0.1 and scale = 1.1 are given
        using var fixture = new PetabFixture();
        var objective = new PetabObjective(PetabReader.Read(fixture.ProblemPath));
        var evaluation = objective.Evaluate(new Dictionary<string, double> { ["k"] = 0.1, ["scale"] = 1.1 });

        // Then the first observable follows scale·10·e^(−0.1 t) and the preequilibrium is p/k = 30
        Assert.Equal(1.1 * 10 * Math.Exp(-0.05), evaluation.Predictions[0].Simulation, 1e-6);
        Assert.Equal(30 * Math.Exp(-0.1), evaluation.Predictions[3].Simulation, 1e-5);
    }

    [Fact]
    public void An_Unknown_Or_Non_Finite_Parameter_Is_Refused_By_Name()
    {
        using var fixture = new PetabFixture();
        var objective = new PetabObjective(PetabReader.Read(fixture.ProblemPath));
        var unknown = Assert.Throws<ArgumentException>(() => objective.Evaluate(new Dictionary<string, double> { ["kk"] = 1 }));
        Assert.Contains("'kk' is not in the parameter table of problem.yaml", unknown.Message, StringComparison.Ordinal);
        var infinite = Assert.Throws<ArgumentException>(() => objective.Evaluate(new Dictionary<string, double> { ["k"] = double.PositiveInfinity }));
        Assert.Contains("'k' must be finite", infinite.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Steady_State_Measurement_Uses_The_Condition_S_Equilibrium()
    {
        // Given y measured at time inf under "make" (p = 3, k = 0.4) with σ = 0.3 on the log scale
        using var fixture = new PetabFixture(measurements: "observableId\tsimulationConditionId\tmeasurement\ttime\tnoiseParameters\nobs_y\tmake\t7\tinf\t0.3\n");
        var evaluation = new PetabObjective(PetabReader.Read(fixture.ProblemPath)).Evaluate();

        // Then the simulation is p/k = 7.5 (to the steady-state test's 1e-8 relative over a decade)
        Assert.Equal(7.5, evaluation.Predictions[0].Simulation, 1e-6);
        Assert.Equal(Normal(Math.Log(7), Math.Log(7.5), 0.3) - Math.Log(7), evaluation.LogLikelihood, 1e-6);
    }

    [Theory]
    [InlineData(PetabPriorType.Normal, 1.0, 2.0, 1.5, PetabScale.Lin)]
    [InlineData(PetabPriorType.Laplace, 1.0, 2.0, -0.5, PetabScale.Lin)]
    [InlineData(PetabPriorType.LogNormal, 0.2, 0.7, 3.0, PetabScale.Log10)]
    [InlineData(PetabPriorType.LogLaplace, 0.2, 0.7, 3.0, PetabScale.Log)]
    [InlineData(PetabPriorType.Uniform, 0.0, 4.0, 3.0, PetabScale.Log10)]
    [InlineData(PetabPriorType.ParameterScaleUniform, -1.0, 1.0, 3.0, PetabScale.Log10)]
    [InlineData(PetabPriorType.ParameterScaleNormal, 0.0, 0.5, 3.0, PetabScale.Log)]
    [InlineData(PetabPriorType.ParameterScaleLaplace, 0.0, 0.5, 3.0, PetabScale.Log10)]
    public void Prior_Log_Densities_Follow_Their_Definitions(PetabPriorType type, double a, double b, double value, PetabScale scale)
    {
        // Given a prior and a parameter value / When its log density is taken / Then it equals the textbook density
        // (PEtab v1 priors: parameterScale* on the scaled value, the others on the linear value; log-normal of x: ln x ~ N(a, b))
        double s = scale switch { PetabScale.Log => Math.Log(value), PetabScale.Log10 => Math.Log10(value), _ => value };
        double expected = type switch
        {
            PetabPriorType.Normal => Normal(value, a, b),
            PetabPriorType.Laplace => -Math.Log(2 * b) - (Math.Abs(value - a) / b),
            PetabPriorType.LogNormal => Normal(Math.Log(value), a, b) - Math.Log(value),
            PetabPriorType.LogLaplace => -Math.Log(2 * b) - (Math.Abs(Math.Log(value) - a) / b) - Math.Log(value),
            PetabPriorType.Uniform => -Math.Log(b - a),
            PetabPriorType.ParameterScaleUniform => -Math.Log(b - a),
            PetabPriorType.ParameterScaleNormal => Normal(s, a, b),
            PetabPriorType.ParameterScaleLaplace => -Math.Log(2 * b) - (Math.Abs(s - a) / b),
            _ => double.NaN,
        };
        Assert.Equal(expected, new PetabPrior(type, a, b).LogDensity(value, scale), 12);
    }

    [Fact]
    public void A_Value_Outside_A_Uniform_Prior_Has_Zero_Density()
    {
        Assert.Equal(double.NegativeInfinity, new PetabPrior(PetabPriorType.Uniform, 0, 5).LogDensity(5.5, PetabScale.Lin));
        Assert.Equal(double.NegativeInfinity, new PetabPrior(PetabPriorType.ParameterScaleUniform, -1, 1).LogDensity(100, PetabScale.Log10));
    }

    private static double Normal(double m, double y, double sigma) => (-0.5 * (s_ln2Pi + (2 * Math.Log(sigma)))) - (0.5 * Math.Pow((m - y) / sigma, 2));
}
