namespace Abscopal.Simulation.Tests.Ensembles;

/// <summary>Tests that measure the process's retained memory run alone, after the parallel ones, so other tests' allocations do not count.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    /// <summary>The collection's name.</summary>
    public const string Name = "memory";
}
