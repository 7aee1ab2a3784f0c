using System.CommandLine;
using Abscopal.Models.Catalog;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal models ...</c>: the model catalog and its generated documentation.</summary>
internal static class ModelsCommand
{
    public static Command Create(TextWriter stdout) => new("models", "The model catalog: built-in and published models, their equations and sourced parameters.")
    {
        ModelsListCommand.Create(stdout),
        ModelsShowCommand.Create(stdout),
    };

    /// <summary>The catalog entry with this id, or a usage error naming the known ids and the nearest one.</summary>
    public static ModelCatalogEntry Find(string id) =>
        ModelCatalog.Find(id) ?? throw new UsageException(UnknownValue.Message("model", "ID", id, [.. ModelCatalog.Ids]));

    /// <summary>The kind as the scenario files and JSON write it.</summary>
    public static string KindName(ModelKind kind) => kind == ModelKind.SingleTumour ? "single-tumour" : "multi-lesion";
}
