using Abscopal.Models.Core;
using Abscopal.Models.Kosinsky;
using Abscopal.Models.Library.Published;

namespace Abscopal.Models.Catalog;

/// <summary>The models Abscopal knows by id: the built-in models and the published models of the library.</summary>
public static class ModelCatalog
{
    // Register a model with one line here: its static Entry, or a built-in model with its title, citation and kind.
    private static readonly ModelCatalogEntry[] s_entries =
    [
        Builtin(BuiltinModels.AbscopalCore, AbscopalCoreModel.Title, AbscopalCoreModel.Citation, ModelKind.MultiLesion),
        Builtin(BuiltinModels.Kosinsky2018, Kosinsky2018Model.Title, Kosinsky2018Model.Citation, ModelKind.SingleTumour),
        Kuznetsov1994.Entry,
        Poleszczuk2016.Entry,
    ];

    /// <summary>Every catalogued model, ordered by id.</summary>
    public static IReadOnlyList<ModelCatalogEntry> All { get; } = [.. s_entries.OrderBy(e => e.Id, StringComparer.Ordinal)];

    /// <summary>The ids of every catalogued model, ordered.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. All.Select(e => e.Id)];

    /// <summary>The ids of the models scenario files can run (<see cref="ModelCatalogEntry.RunsScenarios"/>), ordered.</summary>
    public static IReadOnlyList<string> ScenarioIds { get; } = [.. All.Where(e => e.RunsScenarios).Select(e => e.Id)];

    /// <summary>The entry with this id (case-insensitive), or null.</summary>
    public static ModelCatalogEntry? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var entry in All)
        {
            if (string.Equals(entry.Id, id.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }

    // The IR of a built-in model is its expansion for the model's default patient, untreated.
    private static ModelCatalogEntry Builtin(BuiltinModel model, string title, string citation, ModelKind kind) =>
        new(model.Id, title, citation, kind, () => model.Model) { Builtin = model };
}
