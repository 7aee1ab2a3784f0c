using Abscopal.Modeling.Compilation;
using Abscopal.Models.Catalog;

namespace Abscopal.Models.Tests.Catalog;

public class ModelCatalogTests
{
    public static TheoryData<string> CatalogIds => [.. ModelCatalog.Ids];

    [Fact]
    public void Ids_Are_Unique_Lower_Case_And_Sorted()
    {
        // Given the catalog / When its ids are listed / Then they are unique, lower case and in ordinal order
        var ids = ModelCatalog.Ids;
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(ids, id => Assert.Equal(id.ToLowerInvariant(), id));
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Find_Ignores_Case_And_Returns_Null_For_An_Unknown_Id()
    {
        Assert.Same(ModelCatalog.All[0], ModelCatalog.Find(ModelCatalog.All[0].Id.ToUpperInvariant()));
        Assert.Null(ModelCatalog.Find("no-such-model"));
    }

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void Every_Model_Builds_Compiles_And_Sources_Every_Value(string id)
    {
        // Given a catalogued model (house rule: every parameter carries its source or "assumed: reason")
        var entry = ModelCatalog.Find(id)!;

        // When it is built and compiled
        var model = entry.Create();
        _ = ModelCompiler.Compile(model);

        // Then its id matches the entry and every parameter and equation names a source
        // (IR ids are SBML SIds, which have no '-': abscopal-core's IR is abscopal_core)
        Assert.Equal(id.Replace('-', '_'), model.Id);
        Assert.All(model.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Source), $"{id}: parameter {p.Id} has no source"));
        Assert.All(model.Species, s => Assert.False(string.IsNullOrWhiteSpace(s.Source), $"{id}: species {s.Id} has no source"));
        Assert.All(model.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source), $"{id}: a rule has no source"));
        Assert.All(model.Parameters.Where(p => p.Constant), p => Assert.False(string.IsNullOrWhiteSpace(p.Units), $"{id}: parameter {p.Id} has no unit"));
    }

    [Fact]
    public void The_Built_In_Models_Are_Catalogued_And_Are_The_Ones_Scenarios_Run()
    {
        // Given the built-in models and the catalog / When the catalog is asked which ids scenario files run
        var builtins = BuiltinModels.All.Select(m => m.Id).Order(StringComparer.Ordinal);

        // Then they are exactly the built-ins, each catalogued with its instance, and the published IR models are listed too
        Assert.Equal(builtins, ModelCatalog.ScenarioIds);
        Assert.All(BuiltinModels.All, m => Assert.Same(m, ModelCatalog.Find(m.Id)!.Builtin));
        Assert.Equal(["abscopal-core", "kosinsky2018", "kuznetsov1994", "poleszczuk2016"], ModelCatalog.Ids);
        Assert.False(ModelCatalog.Find("kuznetsov1994")!.RunsScenarios);
    }
}
