using System.Collections.Immutable;
using System.Globalization;

namespace Abscopal.Models.Patients;

/// <summary>A patient (or mouse): species, tumour type, weight, biomarkers and lesions.</summary>
public sealed record Patient
{
    /// <summary>Creates a patient and checks that the tumour type fits the species and the lesion ids are unique.</summary>
    /// <param name="species">Human or mouse.</param>
    /// <param name="weightKg">Body weight, in kg; in (0, 500].</param>
    /// <param name="lesions">At least one lesion, ids unique.</param>
    /// <param name="subtype">Breast-cancer subtype (human; null means TNBC).</param>
    /// <param name="tumorLine">Murine line (mouse; required).</param>
    /// <param name="biomarkers">Measured biomarkers (null for none).</param>
    public Patient(HostSpecies species, double weightKg, IEnumerable<Lesion> lesions, BreastCancerSubtype? subtype = null, MurineTumorLine? tumorLine = null, Biomarkers? biomarkers = null)
    {
        ArgumentNullException.ThrowIfNull(lesions);
        if (!(weightKg > 0 && weightKg <= 500))
        {
            throw new ArgumentOutOfRangeException(nameof(weightKg), weightKg, string.Create(CultureInfo.InvariantCulture, $"weight_kg must be in (0, 500]; got {weightKg}."));
        }

        Lesions = [.. lesions];
        if (Lesions.IsEmpty)
        {
            throw new ArgumentException("lesions: a patient needs at least one lesion.", nameof(lesions));
        }

        var duplicate = Lesions.GroupBy(l => l.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"lesions: id '{duplicate.Key}' is used twice.", nameof(lesions));
        }

        if (species == HostSpecies.Mouse && tumorLine is null)
        {
            throw new ArgumentException($"tumor_model: a mouse needs a tumour line; allowed: {string.Join(", ", PatientIds.TumorLineIds)}.", nameof(tumorLine));
        }

        if (species == HostSpecies.Human && tumorLine is not null)
        {
            throw new ArgumentException("tumor_model: a murine line is for mice; give a subtype for a human patient.", nameof(tumorLine));
        }

        Species = species;
        WeightKg = weightKg;
        Subtype = species == HostSpecies.Human ? subtype ?? BreastCancerSubtype.TripleNegative : subtype;
        TumorLine = tumorLine;
        Biomarkers = biomarkers ?? Biomarkers.None;
    }

    /// <summary>Human or mouse.</summary>
    public HostSpecies Species { get; }

    /// <summary>Body weight, in kg.</summary>
    public double WeightKg { get; }

    /// <summary>Breast-cancer subtype (humans).</summary>
    public BreastCancerSubtype? Subtype { get; }

    /// <summary>Murine tumour line (mice).</summary>
    public MurineTumorLine? TumorLine { get; }

    /// <summary>Measured biomarkers.</summary>
    public Biomarkers Biomarkers { get; }

    /// <summary>Lesions, in the order given.</summary>
    public ImmutableArray<Lesion> Lesions { get; }

    /// <summary>A 20 g BALB/c-type mouse with one flank tumour "tumor" of <paramref name="volumeMm3"/> mm³ (weight as assumed by the Kosinsky 2018 dosing).</summary>
    public static Patient Mouse(MurineTumorLine line, double volumeMm3, AnatomicSite site = AnatomicSite.Flank) =>
        new(HostSpecies.Mouse, 0.020, [new Lesion("tumor", site, volumeMm3)], tumorLine: line);
}
