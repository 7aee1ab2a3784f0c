using System.Globalization;
using Abscopal.Interop.Petab;

namespace Abscopal.Interop.Tests.Petab;

/// <summary>
/// Real parameter-estimation problems of the Benchmark-Models-PEtab collection (../shared/data/petab-benchmark, commit
/// 4d20850), evaluated at the nominal parameters and compared with two independent references: AMICI's log-likelihoods
/// (its test suite, tests/benchmark_models/benchmark_models.yaml, as listed in that folder's README) and the simulations
/// the collection ships as simulatedData_*.tsv.
/// </summary>
public class PetabBenchmarkTests
{
    /// <summary>
    /// |Δ ln L| allowed against AMICI: 1e-3, a thousandth of a likelihood unit, far below any statistical meaning (a 95%
    /// likelihood-ratio interval is 1.92 units wide), and above what two solvers at rtol 1e-8 differ by (observed ≤ 1e-4).
    /// </summary>
    private const double LogLikelihoodTolerance = 1e-3;

    [SharedDataTheory(SharedData.PetabBenchmark)]
    [InlineData("Bachmann_MSB2011", 418.40573341425295)]
    [InlineData("Beer_MolBioSystems2014", 58622.9145631413)]
    [InlineData("Boehm_JProteomeRes2014", -138.22199693517703)]
    [InlineData("Borghans_BiophysChem1997", 83.3237191357272)]
    [InlineData("Brannmark_JBC2010", -141.889113770537)]
    [InlineData("Bruno_JExpBot2016", 46.688176988431806)]
    [InlineData("Fujita_SciSignal2010", 53.08377736998929)]
    [InlineData("Isensee_JCB2018", -3949.375966548649)]
    [InlineData("Lucarelli_CellSystems2018", -1681.6059879426584)]
    [InlineData("Schwen_PONE2014", -943.9992988598723)]
    [InlineData("Sneyd_PNAS2002", 319.79177818768756)]
    public void Log_Likelihood_At_The_Nominal_Parameters_Matches_Amici(string problem, double amici)
    {
        // Given a benchmark problem (Brannmark with preequilibration, Fujita with a time-dependent input, Isensee with
        // preequilibration and seven step inputs in time, Bachmann, Isensee and Schwen with priors that AMICI's
        // reference leaves out, Lucarelli with 1755 measurements, Beer with 27132). Beer
        // sums so many terms that solver error adds up: at the default rtol 1e-8 it is 1.3e-3 from AMICI, at rtol 1e-10
        // 4.6e-4 and at 1e-12 4.4e-4, so it is solved at 1e-10, where our value has converged to 2e-5
        var options = problem == "Beer_MolBioSystems2014" ? new PetabObjectiveOptions { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-14 } : null;
        var objective = new PetabObjective(Read(problem), options);

        // When its objective is evaluated at the parameter table's nominal values
        var evaluation = objective.Evaluate();

        // Then the log-likelihood (without priors) equals AMICI's to a thousandth of a unit
        Assert.True(
            Math.Abs(evaluation.LogLikelihood - amici) <= LogLikelihoodTolerance,
            $"{problem}: ln L = {evaluation.LogLikelihood.ToString("R", CultureInfo.InvariantCulture)}, AMICI {amici.ToString("R", CultureInfo.InvariantCulture)}");
        Assert.Equal(objective.Problem.Measurements.Length, evaluation.Predictions.Length);
    }

    [SharedDataTheory(SharedData.PetabBenchmark)]
    [InlineData("Alkan_SciSignal2018")]
    [InlineData("Armistead_CellDeathDis2024")]
    [InlineData("Bachmann_MSB2011")]
    [InlineData("Beer_MolBioSystems2014")]
    [InlineData("Boehm_JProteomeRes2014")]
    [InlineData("Brannmark_JBC2010")]
    [InlineData("Bruno_JExpBot2016")]
    [InlineData("Giordano_Nature2020")]
    [InlineData("Laske_PLOSComputBiol2019")]
    [InlineData("Liu_IFACPapersOnLine2025")]
    [InlineData("Lucarelli_CellSystems2018")]
    [InlineData("Rahman_MBS2016")]
    [InlineData("Raimundez_PCB2020")]
    [InlineData("SalazarCavazos_MBoC2020")]
    [InlineData("Schwen_PONE2014")]
    [InlineData("Zhao_QuantBiol2020")]
    public void Simulated_Observables_Match_The_Simulations_Shipped_With_The_Problem(string problem)
    {
        // Given a problem whose folder ships the observables simulated by its authors' tool at the nominal parameters
        // (Perelson 1996 and Sneyd 2002 ship simulations at other parameters: Sneyd's log-likelihood above matches
        // AMICI while its shipped simulation differs by up to 53%, so neither is used here)
        var evaluation = new PetabObjective(Read(problem)).Evaluate();
        var shipped = ShippedSimulations(problem);

        // When each prediction is paired with the shipped row of the same observable, conditions and time
        double worst = 0;
        string where = string.Empty;
        double scale = evaluation.Predictions.Max(p => Math.Abs(p.Simulation));
        foreach (var p in evaluation.Predictions)
        {
            var m = p.Measurement;
            double theirs = shipped[Key(m.ObservableId, m.PreequilibrationConditionId ?? string.Empty, m.SimulationConditionId, m.Time)].Dequeue();
            double error = Math.Abs(p.Simulation - theirs) / (Math.Abs(theirs) + (1e-6 * scale));
            if (error > worst)
            {
                worst = error;
                where = $"{m.ObservableId} under {m.SimulationConditionId} at t = {m.Time}: {p.Simulation} vs {theirs}";
            }
        }

        // Then every one agrees to 1e-4 relative (the worst observed is 3.3e-5, Raimundez; both sides solve at rtol ≈ 1e-8
        // and small observables are compared against a floor of 1e-6 of the largest)
        Assert.True(worst <= 1e-4, $"{problem}: worst relative difference {worst:G3} ({where})");
    }

    [SharedDataFact(SharedData.PetabBenchmark)]
    public void Chen_2009_Agrees_With_Its_Shipped_Simulations_Where_Amici_Disagrees()
    {
        // Given Chen 2009 (500 states, a stimulus ramp between t = 1799.99 and 1800 built from step functions of time).
        // AMICI's reference is ln L = −115700.119; ours is −130591.753 at rtol 1e-8 and at rtol 1e-6 alike (converged to
        // 5e-4). The likelihood of the simulations shipped with the problem (simulatedData_Chen_MSB2009.tsv, the
        // authors' tool) under the same noise model is −130669.488, computed independently of this code from the tables
        // (Σ −½ln(2πσ²) − ½((m − y)/σ)² over the 120 rows). We side with the shipped simulations, and say so in docs/petab.md.
        const double shipped = -130669.48780307341;
        var evaluation = new PetabObjective(Read("Chen_MSB2009")).Evaluate();

        // Then ours is within 0.1% of the shipped simulations' value (their simulations differ from ours by at most 2.8e-3
        // relative, and the residuals are up to 10³ σ, which multiplies any difference)
        Assert.True(Math.Abs(evaluation.LogLikelihood - shipped) <= 1e-3 * Math.Abs(shipped), $"ln L = {evaluation.LogLikelihood}");
    }

    [SharedDataFact(SharedData.PetabBenchmark)]
    public void Every_Problem_Of_The_Collection_Reads_Or_Is_Refused_With_A_Pointed_Error()
    {
        // Given every problem folder of the collection
        var folders = Directory.GetDirectories(SharedData.PathOf(SharedData.PetabBenchmark)).Order(StringComparer.Ordinal).ToArray();
        var failures = new List<string>();

        // When each problem file is read (Zhao ships a training and a test problem; the test one names a model file
        // the collection leaves out, which must be reported as such)
        foreach (string folder in folders)
        {
            foreach (string yaml in Directory.GetFiles(folder, "*.yaml"))
            {
                try
                {
                    var problem = PetabReader.Read(yaml);
                    Assert.NotEmpty(problem.Measurements);
                }
                catch (PetabException ex)
                {
                    failures.Add($"{Path.GetFileName(yaml)}: {ex.Message}");
                }
            }
        }

        // Then only the expected ones fail, each naming its file and the cause
        Assert.Contains(failures, f => f.StartsWith("petab_test_Zhao_QuantBiol2020.yaml", StringComparison.Ordinal) && f.Contains("SBML_Zhao_QuantBiol2020.xml", StringComparison.Ordinal) && f.Contains("cannot be read", StringComparison.Ordinal));
        var unexpected = failures.Where(f => !f.StartsWith("petab_test_Zhao_QuantBiol2020.yaml", StringComparison.Ordinal)).ToList();
        Assert.True(unexpected.Count == 0, string.Join(Environment.NewLine, unexpected));
    }

    internal static PetabProblem Read(string problem)
    {
        string folder = SharedData.PathOf(Path.Combine(SharedData.PetabBenchmark, problem));
        string yaml = Directory.GetFiles(folder, "*.yaml").Where(f => !Path.GetFileName(f).StartsWith("petab_test_", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();
        return PetabReader.Read(yaml);
    }

    private static Dictionary<string, Queue<double>> ShippedSimulations(string problem)
    {
        string folder = SharedData.PathOf(Path.Combine(SharedData.PetabBenchmark, problem));
        var lines = File.ReadAllLines(Directory.GetFiles(folder, "simulatedData*.tsv").Single()).Where(l => l.Trim().Length > 0).ToArray();
        var header = lines[0].TrimStart('\uFEFF').Split('\t');
        int observable = Array.IndexOf(header, "observableId");
        int pre = Array.IndexOf(header, "preequilibrationConditionId");
        int condition = Array.IndexOf(header, "simulationConditionId");
        int time = Array.IndexOf(header, "time");
        int simulation = Array.IndexOf(header, "simulation");
        var result = new Dictionary<string, Queue<double>>(StringComparer.Ordinal);
        foreach (string line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            string key = Key(cells[observable], pre >= 0 ? cells[pre] : string.Empty, cells[condition], double.Parse(cells[time], CultureInfo.InvariantCulture));
            if (!result.TryGetValue(key, out var queue))
            {
                result[key] = queue = new Queue<double>();
            }

            queue.Enqueue(double.Parse(cells[simulation], CultureInfo.InvariantCulture));
        }

        return result;
    }

    private static string Key(string observable, string preequilibration, string condition, double time) =>
        string.Join('|', observable, preequilibration, condition, time.ToString("R", CultureInfo.InvariantCulture));
}
