using Abscopal.Modeling;

namespace Abscopal.Models.Catalog;

/// <summary>One model of the catalog: its id, what it is, where it comes from, and how to build its IR.</summary>
/// <param name="Id">The id used on the command line and in scenario files (e.g. "kuznetsov1994").</param>
/// <param name="Title">A one-line title.</param>
/// <param name="Citation">The paper (authors, year, journal, DOI) the model comes from.</param>
/// <param name="Kind">Single tumour or multi-lesion.</param>
/// <param name="Factory">Builds the model's IR with its default (published) parameter values.</param>
public sealed record ModelCatalogEntry(string Id, string Title, string Citation, ModelKind Kind, Func<Model> Factory)
{
    /// <summary>The built-in model that takes a patient and a treatment plan (so scenario files can run it), or null for a model known only as IR.</summary>
    public BuiltinModel? Builtin { get; init; }

    /// <summary>Whether scenario files (<c>model: id</c>) and <c>SimulationRequest.For(id)</c> can run the model: true for built-in models.</summary>
    public bool RunsScenarios => Builtin is not null;

    /// <summary>Builds the model's IR with its default parameter values.</summary>
    public Model Create() => Factory();
}
