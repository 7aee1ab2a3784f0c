using System.Collections.Immutable;
using Abscopal.Modeling;
using Abscopal.Modeling.Compilation;

namespace Abscopal.Models;

/// <summary>
/// A built-in model prepared for one patient and plan: the key of its structure (lesion layout and number of treatment
/// events), a way to build that structure's IR, the values (event times, doses, patient parameters) that bind it to this
/// patient and plan, and how to read the lesions and the lymphocyte count.
/// </summary>
/// <remarks>
/// Two setups with the same <see cref="StructureKey"/> build the same IR, so one compiled model serves both. A model whose
/// symbols carry lesion ids (abscopal-core's <c>T_liver1</c>) also has a <see cref="Generic"/> form, named by lesion position
/// (<c>T_L1</c>) and free of sites, that every patient with the same number of lesions and treatment events shares.
/// </remarks>
public sealed class ModelSetup
{
    private readonly Func<Model> _build;
    private readonly Func<string, string>? _toGeneric;
    private readonly Func<string, string>? _toPublic;
    private readonly Dictionary<string, double>? _pairs;
    private readonly Func<string>? _structureKey;
    private ImmutableDictionary<string, double>? _values;

    /// <summary>A setup whose values are held in <paramref name="values"/>, which the setup owns from now on (no copy; never changed again).</summary>
    internal ModelSetup(string structureKey, Func<Model> build, Dictionary<string, double> values, ImmutableArray<LesionOutput> lesions, string? lymphocyteSymbol)
    {
        StructureKey = structureKey;
        _build = build;
        _pairs = values;
        Lesions = lesions;
        LymphocyteSymbol = lymphocyteSymbol;
        Generic = this;
    }

    /// <summary>A setup whose symbols are renamed forms of <paramref name="generic"/>'s; its values are the generic ones renamed, on first use.</summary>
    internal ModelSetup(Func<string> structureKey, Func<Model> build, ImmutableArray<LesionOutput> lesions, ModelSetup generic, Func<string, string> toGeneric, Func<string, string> toPublic)
    {
        _structureKey = structureKey;
        _build = build;
        Lesions = lesions;
        LymphocyteSymbol = generic.LymphocyteSymbol is { } alc ? toPublic(alc) : null;
        Generic = generic;
        _toGeneric = toGeneric;
        _toPublic = toPublic;
    }

    /// <summary>Identifies the IR structure; equal keys mean identical models.</summary>
    public string StructureKey => field ?? LazyInitializer.EnsureInitialized(ref field, _structureKey!);

    /// <summary>Initial values of parameters and states for this patient and plan, by model id.</summary>
    public ImmutableDictionary<string, double> Values => LazyInitializer.EnsureInitialized(
        ref _values,
        () => _pairs is not null
            ? _pairs.ToImmutableDictionary(StringComparer.Ordinal)
            : Generic.Values.ToImmutableDictionary(kv => PublicId(kv.Key), kv => kv.Value, StringComparer.Ordinal));

    /// <summary>Sets every value of <see cref="Values"/> on <paramref name="instance"/> (a model compiled from this setup's structure), without building the dictionary.</summary>
    /// <exception cref="ArgumentException">A value's symbol is not settable in the instance's model.</exception>
    public void Bind(ModelInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        foreach (var (id, value) in _pairs ?? (IEnumerable<KeyValuePair<string, double>>)Values)
        {
            instance.SetValue(id, value);
        }
    }

    /// <summary>The lesions to report.</summary>
    public ImmutableArray<LesionOutput> Lesions { get; }

    /// <summary>Symbol of the circulating lymphocyte count in cells/µL, or null when the model has none.</summary>
    public string? LymphocyteSymbol { get; }

    /// <summary>
    /// The same patient and plan in the model's lesion-generic form (symbols named by lesion position, no site in the structure),
    /// whose compiled model many patients share; this setup itself when its model has no such form.
    /// </summary>
    /// <remarks>The generic form's equations and values are this setup's with symbols renamed (<see cref="GenericId"/>, <see cref="PublicId"/>).</remarks>
    public ModelSetup Generic { get; }

    /// <summary>The name in <see cref="Generic"/> of this setup's symbol <paramref name="id"/> (e.g. T_liver1 → T_L1); unchanged when not per lesion.</summary>
    public string GenericId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _toGeneric is null ? id : _toGeneric(id);
    }

    /// <summary>This setup's name of the <see cref="Generic"/> symbol <paramref name="genericId"/> (e.g. T_L1 → T_liver1); unchanged when not per lesion.</summary>
    public string PublicId(string genericId)
    {
        ArgumentNullException.ThrowIfNull(genericId);
        return _toPublic is null ? genericId : _toPublic(genericId);
    }

    /// <summary>Builds the model IR of this structure (the same for every setup with this key).</summary>
    public Model BuildModel() => _build();
}
