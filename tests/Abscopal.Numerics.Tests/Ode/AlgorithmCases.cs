using Abscopal.Numerics.Ode;

namespace Abscopal.Numerics.Tests.Ode;

/// <summary>Theory data over the three algorithms, by their CLI names.</summary>
public static class AlgorithmCases
{
    public static TheoryData<string> All => new() { "dp5", "rodas4", "auto" };

    public static TheoryData<string> Stiff => new() { "rodas4", "auto" };

    public static OdeAlgorithm Get(string name) => OdeAlgorithms.FromName(name);
}
