using Abscopal.Interop.Petab;
using Abscopal.Testing;
using BenchmarkDotNet.Attributes;

namespace Abscopal.Benchmarks.Interop;

/// <summary>
/// One evaluation of a PEtab benchmark problem's objective at its nominal parameters (every condition simulated, every
/// measurement scored), for comparison with AMICI's published seconds per simulation (../shared/data/petab-benchmark/README.md:
/// Boehm 0.005 s, Bachmann 0.05 s, Isensee 0.1 s). Needs ../shared/data/petab-benchmark.
/// </summary>
[MemoryDiagnoser]
public class PetabObjectiveBenchmarks
{
    private PetabObjective _objective = null!;

    /// <summary>The problem's folder name in the collection.</summary>
    [Params("Boehm_JProteomeRes2014", "Bachmann_MSB2011", "Brannmark_JBC2010", "Lucarelli_CellSystems2018")]
    public string Problem { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        string folder = Path.GetFullPath(Path.Combine(RepositoryRoot.Find(), "..", "shared", "data", "petab-benchmark", Problem));
        string yaml = Directory.GetFiles(folder, "*.yaml").Where(f => !Path.GetFileName(f).StartsWith("petab_test_", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();
        _objective = new PetabObjective(PetabReader.Read(yaml));
    }

    [Benchmark]
    public double Evaluate() => _objective.Evaluate().LogLikelihood;
}
