using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Text;
using Abscopal.Models;
using Abscopal.Models.Patients;
using Abscopal.Simulation.Internal;

namespace Abscopal.Simulation.Tests.Internal;

public class CompiledModelCacheTests
{
    private static CompiledModel Decay() => ModelCompiler.Compile(TextModelParser.Parse("x' = -k*x\nx = 1\nk = 0.5\n", "decay"));

    [Fact]
    public void Beyond_Its_Capacity_The_Least_Recently_Used_Structure_Is_Dropped()
    {
        // Given a cache of two structures holding a and b, with a used again after b
        var cache = new CompiledModelCache(2);
        var compilations = new List<string>();
        CompiledModel Get(string key) => cache.GetOrAdd(key, () =>
        {
            compilations.Add(key);
            return Decay();
        });
        var a = Get("a");
        _ = Get("b");
        Assert.Same(a, Get("a"));

        // When a third structure c arrives
        _ = Get("c");

        // Then b (least recently used) was dropped and compiles again, while a stayed; never more than two are held
        Assert.Equal(2, cache.Count);
        Assert.Same(a, Get("a"));
        _ = Get("b");
        Assert.Equal(["a", "b", "c", "b"], compilations);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void A_Failed_Compilation_Is_Not_Kept()
    {
        // Given a compilation that fails once
        var cache = new CompiledModelCache(4);
        Assert.Throws<InvalidOperationException>(() => cache.GetOrAdd("x", () => throw new InvalidOperationException("broken")));

        // When asked again / Then it compiles anew
        Assert.Equal(0, cache.Count);
        Assert.NotNull(cache.GetOrAdd("x", Decay));
    }

    [Fact]
    public void The_Simulator_Compiles_A_Structure_Once_And_Holds_At_Most_Its_Capacity()
    {
        // Given two plans of the same structure (one lesion, untreated) for different lesion sizes
        var small = BuiltinModels.AbscopalCore.Prepare(new Patient(HostSpecies.Human, 70, [Lesion.FromDiameter("liver1", AnatomicSite.Liver, 10)]), null);
        var large = BuiltinModels.AbscopalCore.Prepare(new Patient(HostSpecies.Human, 70, [Lesion.FromDiameter("liver1", AnatomicSite.Liver, 40)]), null);

        // When both are compiled / Then they share one compiled model, and the cache stays within its bound
        Assert.Equal(small.StructureKey, large.StructureKey);
        Assert.Same(Simulator.Compile(small), Simulator.Compile(large));
        Assert.InRange(Simulator.CachedStructureCount, 1, Simulator.CachedStructures);
    }
}
