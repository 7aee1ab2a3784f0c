using Abscopal.Interop.Petab;

namespace Abscopal.Interop.Tests.Petab;

/// <summary>Reading PEtab v1 problems: what is read, and every fault reported with its file, line and field.</summary>
public class PetabReaderTests
{
    [Fact]
    public void The_Fixture_Reads_With_Its_Tables()
    {
        // Given the fixture's problem / When read
        using var fixture = new PetabFixture();
        var problem = PetabReader.Read(fixture.ProblemPath);

        // Then every table is there, with values, scales, placeholders and lines
        Assert.Equal(["base", "half", "make"], problem.Conditions.Select(c => c.Id));
        Assert.Equal(PetabValue.Of(5), problem.Conditions[1].Values["x"]);
        Assert.True(double.IsNaN(problem.Conditions[0].Values["x"].Number));
        Assert.Equal(PetabValue.Parameter("p_on"), problem.Conditions[2].Values["p"]);
        Assert.Equal(PetabScale.Log10, problem.Observables[1].Transformation);
        Assert.Equal(PetabNoiseDistribution.Laplace, problem.Observables[1].NoiseDistribution);
        Assert.Equal("make", problem.Measurements[3].PreequilibrationConditionId);
        Assert.Equal("scale", problem.Measurements[0].ObservableParameters.Single().ParameterId);
        Assert.Equal(3, problem.Measurements[1].Line);
        var k = problem.Parameters[0];
        Assert.Equal((PetabScale.Log10, 0.001, 100.0, 0.4, true), (k.Scale, k.LowerBound, k.UpperBound, k.NominalValue, k.Estimate));
        Assert.Equal(new PetabPrior(PetabPriorType.ParameterScaleNormal, -0.5, 0.25), k.ObjectivePrior);
        Assert.Equal(0.4, problem.NominalValues()["k"]);
    }

    [Theory]
    [InlineData("conditions", "conditionId\tx\tkk\nbase\t1\t2\n", "conditions.tsv:1: kk: is not a parameter, species or compartment of the model")]
    [InlineData("conditions", "conditionId\tx\nbase\tfast\n", "conditions.tsv:2: x: 'fast' is not in the parameter table or the model's parameters")]
    [InlineData("conditions", "conditionId\tx\nbase\t1 2\n", "conditions.tsv:2: x: '1 2' is neither a number nor a parameter id")]
    [InlineData("observables", "observableId\tobservableFormula\tnoiseFormula\nobs_x\tx * (2\t1\n", "observables.tsv:2: observableFormula: 'x * (2' is not a formula")]
    [InlineData("observables", "observableId\tobservableFormula\tnoiseFormula\nobs_x\tx * q\t1\n", "observables.tsv:2: observableFormula: 'q' is not a model symbol, a parameter of the parameter table or a placeholder (observableParameter{n}_obs_x)")]
    [InlineData("observables", "observableId\tobservableFormula\tnoiseFormula\tobservableTransformation\nobs_x\tx\t1\tlog2\n", "observables.tsv:2: observableTransformation: 'log2' is not a PEtab scale (lin, log, log10)")]
    [InlineData("observables", "observableId\tobservableFormula\tnoiseFormula\tnoiseDistribution\nobs_x\tx\t1\tcauchy\n", "observables.tsv:2: noiseDistribution: 'cauchy' is not a PEtab noise distribution (normal, laplace)")]
    [InlineData("observables", "observableId\tobservableFormula\nobs_x\tx\n", "observables.tsv:1: noiseFormula: the required column is missing (the header has: observableId, observableFormula)")]
    [InlineData("parameters", "parameterId\tparameterScale\tlowerBound\tupperBound\tnominalValue\testimate\nk\tlog10\t0\t1\t0.5\t1\n", "parameters.tsv:2: lowerBound: 0 must be > 0 on a log10 scale")]
    [InlineData("parameters", "parameterId\tparameterScale\tlowerBound\tupperBound\tnominalValue\testimate\nk\tlin\t2\t1\t0.5\t1\n", "parameters.tsv:2: lowerBound: 2 must not exceed upperBound 1")]
    [InlineData("parameters", "parameterId\tparameterScale\tlowerBound\tupperBound\tnominalValue\testimate\nk\tlin\t0\t1\t0.5\tyes\n", "parameters.tsv:2: estimate: 'yes' must be 0 (fixed) or 1 (estimated)")]
    [InlineData("parameters", "parameterId\tparameterScale\tlowerBound\tupperBound\tnominalValue\testimate\tobjectivePriorType\tobjectivePriorParameters\nk\tlin\t0\t1\t0.5\t1\tnormal\t0\n", "parameters.tsv:2: objectivePriorParameters: '0' must be two finite numbers \"a;b\"")]
    [InlineData("measurements", "observableId\tsimulationConditionId\tmeasurement\ttime\nobs_z\tbase\t1\t1\n", "measurements.tsv:2: observableId: 'obs_z' is not in the observable table")]
    [InlineData("measurements", "observableId\tsimulationConditionId\tmeasurement\ttime\tnoiseParameters\nobs_y\tnone\t1\t1\t0.1\n", "measurements.tsv:2: simulationConditionId: 'none' is not in the condition table")]
    [InlineData("measurements", "observableId\tsimulationConditionId\tmeasurement\ttime\tobservableParameters\tnoiseParameters\nobs_x\tbase\t1\t1\t1;2\t0.1\n", "measurements.tsv:2: observableParameters: gives 2 value(s); the formula of 'obs_x' has 1 placeholder(s)")]
    [InlineData("measurements", "observableId\tsimulationConditionId\tmeasurement\ttime\tobservableParameters\tnoiseParameters\nobs_x\tbase\t1\t-1\t1\t0.1\n", "measurements.tsv:2: time: '-1' must be a time ≥ 0 or inf (steady state)")]
    [InlineData("measurements", "observableId\tsimulationConditionId\tmeasurement\ttime\tobservableParameters\tnoiseParameters\nobs_x\tbase\tabc\t1\t1\t0.1\n", "measurements.tsv:2: measurement: 'abc' is not a number")]
    [InlineData("problem", "format_version: 2.0.0\nparameter_file: parameters.tsv\nproblems: []\n", "problem.yaml:1: format_version: '2.0.0' is not supported; this reader reads PEtab format_version 1")]
    [InlineData("problem", "format_version: 1\nparameter_file: parameters.tsv\nproblems:\n- sbml_files: [model.xml]\n  condition_files: [conditions.tsv]\n  observable_files: [observables.tsv]\n", "problem.yaml:4: measurement_files: is missing")]
    [InlineData("problem", "format_version: 1\nparameter_file: [parameters.tsv\n", "problem.yaml:3: is not valid YAML")]
    public void A_Fault_Is_Reported_With_Its_File_Line_And_Field(string table, string content, string expected)
    {
        // Given the fixture with one table replaced by a faulty one
        using var fixture = table switch
        {
            "conditions" => new PetabFixture(conditions: content),
            "observables" => new PetabFixture(observables: content, measurements: "observableId\tsimulationConditionId\tmeasurement\ttime\nobs_x\tbase\t1\t1\n"),
            "parameters" => new PetabFixture(parameters: content),
            "measurements" => new PetabFixture(measurements: content),
            _ => new PetabFixture(problem: content),
        };

        // When read / Then the error names the file, line and field, with the value and what is allowed
        var ex = Assert.Throws<PetabException>(() => PetabReader.Read(fixture.ProblemPath));
        Assert.Contains(ex.Errors, e => e.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void All_Faults_Of_A_Problem_Are_Reported_At_Once()
    {
        // Given a condition table and a measurement table with a fault each
        using var fixture = new PetabFixture(
            conditions: "conditionId\tx\tkk\nbase\t1\t2\n",
            measurements: "observableId\tsimulationConditionId\tmeasurement\ttime\nobs_z\tbase\t1\t1\n");

        // When read / Then both are listed, each on its own line of the message
        var ex = Assert.Throws<PetabException>(() => PetabReader.Read(fixture.ProblemPath));
        Assert.Equal(2, ex.Errors.Length);
        Assert.StartsWith("2 problems:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Missing_Model_File_Is_Named()
    {
        using var fixture = new PetabFixture();
        File.Delete(Path.Combine(fixture.Folder, "model.xml"));
        var ex = Assert.Throws<PetabException>(() => PetabReader.Read(fixture.ProblemPath));
        Assert.StartsWith("problem.yaml: sbml_files: 'model.xml' cannot be read", ex.Errors.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholders_Of_Another_Observable_Are_Ordinary_Parameters()
    {
        // Given a noise formula naming noiseParameter2_other, which the parameter table lists (as Lang 2024 does)
        using var fixture = new PetabFixture(
            observables: "observableId\tobservableFormula\tnoiseFormula\nobs_x\tx\tnoiseParameter1_obs_x + noiseParameter2_other * x\n",
            measurements: "observableId\tsimulationConditionId\tmeasurement\ttime\tnoiseParameters\nobs_x\tbase\t9\t0\t0.1\n",
            parameters: PetabFixture.Parameters + "noiseParameter2_other\t\tlin\t0\t1\t0.01\t0\t\t\n");

        // When read and evaluated / Then σ = 0.1 + 0.01·x(0) = 0.2
        var evaluation = new PetabObjective(PetabReader.Read(fixture.ProblemPath)).Evaluate();
        Assert.Equal(0.2, evaluation.Predictions[0].Sigma, 12);
    }

    [Fact]
    public void A_Noise_Formula_May_Use_The_Observable_S_Own_Placeholders()
    {
        // Given σ = noiseParameter1 · observableParameter1 (as Raia 2011 in the benchmark collection writes relative noise)
        using var fixture = new PetabFixture(
            observables: "observableId\tobservableFormula\tnoiseFormula\nobs_x\tobservableParameter1_obs_x * x\tnoiseParameter1_obs_x * observableParameter1_obs_x\n",
            measurements: "observableId\tsimulationConditionId\tmeasurement\ttime\tobservableParameters\tnoiseParameters\nobs_x\tbase\t30\t0\t3\t0.5\n");

        // When evaluated / Then y = 3·10 and σ = 0.5·3
        var prediction = new PetabObjective(PetabReader.Read(fixture.ProblemPath)).Evaluate().Predictions[0];
        Assert.Equal((30.0, 1.5), (prediction.Simulation, prediction.Sigma));
    }
}
