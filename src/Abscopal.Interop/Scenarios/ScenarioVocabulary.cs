using System.Collections.ObjectModel;

namespace Abscopal.Interop.Scenarios;

/// <summary>The names a scenario file uses for species, subtypes, tumour models, sites and drug classes, and their typed values.</summary>
public static class ScenarioVocabulary
{
    private static readonly (string Name, Species Value)[] s_species = [("human", Species.Human), ("mouse", Species.Mouse)];

    private static readonly (string Name, BreastCancerSubtype Value)[] s_subtypes =
    [
        ("TNBC", BreastCancerSubtype.TripleNegative),
        ("HR+/HER2-", BreastCancerSubtype.HormoneReceptorPositiveHer2Negative),
        ("HER2+", BreastCancerSubtype.Her2Positive),
    ];

    private static readonly (string Name, MurineTumorModel Value)[] s_tumorModels =
        [("TSA", MurineTumorModel.Tsa), ("4T1", MurineTumorModel.FourT1), ("TUBO", MurineTumorModel.Tubo)];

    private static readonly (string Name, LesionSite Value)[] s_sites =
    [
        ("breast", LesionSite.Breast), ("liver", LesionSite.Liver), ("lung", LesionSite.Lung), ("bone", LesionSite.Bone),
        ("brain", LesionSite.Brain), ("lymph_node", LesionSite.LymphNode), ("skin", LesionSite.Skin), ("flank", LesionSite.Flank),
    ];

    // Drug classes name the antibody given to each species: for patients the one approved in breast cancer or in the
    // trials of SCIENCE.md (pembrolizumab: KEYNOTE-355/522; atezolizumab: IMpassion130; ipilimumab: the only anti-CTLA-4
    // in the library), for mice the murine surrogate.
    private static readonly (string Class, string Human, string Mouse)[] s_drugClasses =
    [
        ("anti-PD-1", "pembrolizumab", "murine-anti-pd-1"),
        ("anti-PD-L1", "atezolizumab", "murine-anti-pd-l1"),
        ("anti-CTLA-4", "ipilimumab", "murine-anti-ctla-4"),
    ];

    /// <summary>Species names: human, mouse.</summary>
    public static ReadOnlyCollection<string> SpeciesNames { get; } = Array.AsReadOnly(s_species.Select(s => s.Name).ToArray());

    /// <summary>Subtype names: TNBC, HR+/HER2-, HER2+.</summary>
    public static ReadOnlyCollection<string> SubtypeNames { get; } = Array.AsReadOnly(s_subtypes.Select(s => s.Name).ToArray());

    /// <summary>Murine tumour-model names: TSA, 4T1, TUBO.</summary>
    public static ReadOnlyCollection<string> TumorModelNames { get; } = Array.AsReadOnly(s_tumorModels.Select(s => s.Name).ToArray());

    /// <summary>Lesion-site names: breast, liver, lung, bone, brain, lymph_node, skin, flank.</summary>
    public static ReadOnlyCollection<string> SiteNames { get; } = Array.AsReadOnly(s_sites.Select(s => s.Name).ToArray());

    /// <summary>Drug-class names (anti-PD-1, anti-PD-L1, anti-CTLA-4), resolved per species by <see cref="ResolveDrugClass"/>.</summary>
    public static ReadOnlyCollection<string> DrugClassNames { get; } = Array.AsReadOnly(s_drugClasses.Select(s => s.Class).ToArray());

    /// <summary>The species called <paramref name="name"/>.</summary>
    public static Species SpeciesOf(string name) => Lookup(s_species, name);

    /// <summary>The subtype called <paramref name="name"/>.</summary>
    public static BreastCancerSubtype SubtypeOf(string name) => Lookup(s_subtypes, name);

    /// <summary>The tumour model called <paramref name="name"/>.</summary>
    public static MurineTumorModel TumorModelOf(string name) => Lookup(s_tumorModels, name);

    /// <summary>The site called <paramref name="name"/>.</summary>
    public static LesionSite SiteOf(string name) => Lookup(s_sites, name);

    /// <summary>The file name of <paramref name="value"/>.</summary>
    public static string NameOf(Species value) => s_species.First(s => s.Value == value).Name;

    /// <summary>The file name of <paramref name="value"/>.</summary>
    public static string NameOf(BreastCancerSubtype value) => s_subtypes.First(s => s.Value == value).Name;

    /// <summary>The file name of <paramref name="value"/>.</summary>
    public static string NameOf(MurineTumorModel value) => s_tumorModels.First(s => s.Value == value).Name;

    /// <summary>The file name of <paramref name="value"/>.</summary>
    public static string NameOf(LesionSite value) => s_sites.First(s => s.Value == value).Name;

    /// <summary>The library drug a class name stands for in <paramref name="species"/>, or null when <paramref name="name"/> is not a class.</summary>
    public static string? ResolveDrugClass(string name, Species species)
    {
        foreach (var (cls, human, mouse) in s_drugClasses)
        {
            if (cls == name)
            {
                return species == Species.Human ? human : mouse;
            }
        }

        return null;
    }

    private static T Lookup<T>((string Name, T Value)[] table, string name)
    {
        foreach (var (n, v) in table)
        {
            if (n == name)
            {
                return v;
            }
        }

        throw new ArgumentException($"Unknown name '{name}'; known: {string.Join(", ", table.Select(t => t.Name))}.", nameof(name));
    }
}
