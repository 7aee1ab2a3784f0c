using System.Collections.Immutable;
using Abscopal.Modeling;

namespace Abscopal.Models;

/// <summary>
/// A built-in model prepared for one patient and plan: the key of its structure (lesion layout and number of treatment
/// events), a way to build that structure's IR, the values (event times, doses, patient parameters) that bind it to this
/// patient and plan, and how to read the lesions and the lymphocyte count.
/// </summary>
/// <remarks>Two setups with the same <see cref="StructureKey"/> build the same IR, so one compiled model serves both.</remarks>
public sealed class ModelSetup
{
    private readonly Func<Model> _build;

    internal ModelSetup(string structureKey, Func<Model> build, ImmutableDictionary<string, double> values, ImmutableArray<LesionOutput> lesions, string? lymphocyteSymbol)
    {
        StructureKey = structureKey;
        _build = build;
        Values = values;
        Lesions = lesions;
        LymphocyteSymbol = lymphocyteSymbol;
    }

    /// <summary>Identifies the IR structure; equal keys mean identical models.</summary>
    public string StructureKey { get; }

    /// <summary>Initial values of parameters and states for this patient and plan, by model id.</summary>
    public ImmutableDictionary<string, double> Values { get; }

    /// <summary>The lesions to report.</summary>
    public ImmutableArray<LesionOutput> Lesions { get; }

    /// <summary>Symbol of the circulating lymphocyte count in cells/µL, or null when the model has none.</summary>
    public string? LymphocyteSymbol { get; }

    /// <summary>Builds the model IR of this structure (the same for every setup with this key).</summary>
    public Model BuildModel() => _build();
}
