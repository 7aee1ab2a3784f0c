using Abscopal.Models.Library.Published;

namespace Abscopal.Models.Catalog;

/// <summary>The models Abscopal knows by id: the built-in models and the published models of the library.</summary>
public static class ModelCatalog
{
    // Register a model with one line here: its static Entry.
    private static readonly ModelCatalogEntry[] s_entries =
    [
        Kuznetsov1994.Entry,
        Poleszczuk2016.Entry,
    ];

    /// <summary>Every catalogued model, ordered by id.</summary>
    public static IReadOnlyList<ModelCatalogEntry> All { get; } = [.. s_entries.OrderBy(e => e.Id, StringComparer.Ordinal)];

    /// <summary>The ids of every catalogued model, ordered.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. All.Select(e => e.Id)];

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
}
