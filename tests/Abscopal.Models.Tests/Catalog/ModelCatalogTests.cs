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
        Assert.Equal(id, model.Id);
        Assert.All(model.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Source), $"{id}: parameter {p.Id} has no source"));
        Assert.All(model.Species, s => Assert.False(string.IsNullOrWhiteSpace(s.Source), $"{id}: species {s.Id} has no source"));
        Assert.All(model.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source), $"{id}: a rule has no source"));
        Assert.All(model.Parameters.Where(p => p.Constant), p => Assert.False(string.IsNullOrWhiteSpace(p.Units), $"{id}: parameter {p.Id} has no unit"));
    }
}
