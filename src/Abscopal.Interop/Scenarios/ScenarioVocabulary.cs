using System.Collections.ObjectModel;
using Abscopal.Models.Patients;

namespace Abscopal.Interop.Scenarios;

/// <summary>
/// The names a scenario file uses for species, subtypes, tumour models and sites (the ids of <see cref="PatientIds"/>), and
/// the drug classes it resolves per species.
/// </summary>
public static class ScenarioVocabulary
{
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
    public static ReadOnlyCollection<string> SpeciesNames => PatientIds.SpeciesIds;

    /// <summary>Subtype names: TNBC, HR+/HER2-, HER2+.</summary>
    public static ReadOnlyCollection<string> SubtypeNames => PatientIds.SubtypeIds;

    /// <summary>Murine tumour-model names: TSA, 4T1, TUBO.</summary>
    public static ReadOnlyCollection<string> TumorModelNames => PatientIds.TumorLineIds;

    /// <summary>Lesion-site names: breast, liver, lung, bone, brain, lymph_node, skin, flank.</summary>
    public static ReadOnlyCollection<string> SiteNames => PatientIds.SiteIds;

    /// <summary>Drug-class names (anti-PD-1, anti-PD-L1, anti-CTLA-4), resolved per species by <see cref="ResolveDrugClass"/>.</summary>
    public static ReadOnlyCollection<string> DrugClassNames { get; } = Array.AsReadOnly(s_drugClasses.Select(s => s.Class).ToArray());

    /// <summary>The library drug a class name stands for in <paramref name="species"/>, or null when <paramref name="name"/> is not a class.</summary>
    public static string? ResolveDrugClass(string name, HostSpecies species)
    {
        foreach (var (cls, human, mouse) in s_drugClasses)
        {
            if (cls == name)
            {
                return species == HostSpecies.Human ? human : mouse;
            }
        }

        return null;
    }
}
