using Abscopal.Models.Patients;

namespace Abscopal.Trials.Populations;

/// <summary>
/// Who is eligible (trial key <c>population</c>): species, subtype (humans) or murine line (mice), line of therapy, PD-L1
/// status and the number of target lesions.
/// </summary>
public sealed record PopulationSpec
{
    /// <summary>Most target lesions RECIST 1.1 allows (Eisenhauer 2009 §3.3: at most 5 in all).</summary>
    public const int MaxTargetLesions = 5;

    /// <summary>Most flank tumours of a mouse (one per flank).</summary>
    public const int MaxMouseTumours = 2;

    /// <summary>Creates a specification and checks that it can hold anyone; each message starts with the field.</summary>
    /// <exception cref="ArgumentException">The population is impossible (e.g. lesions.min &gt; lesions.max, a subtype for mice).</exception>
    public PopulationSpec(HostSpecies species, BreastCancerSubtype? subtype = null, MurineTumorLine? tumorLine = null, LineOfTherapy line = LineOfTherapy.Any, PdL1Status pdL1 = PdL1Status.Any, int minLesions = 1, int maxLesions = 3)
    {
        var most = species == HostSpecies.Human ? MaxTargetLesions : MaxMouseTumours;
        if (minLesions < 1 || minLesions > most)
        {
            throw new ArgumentException($"lesions.min: {minLesions} is impossible; allowed: 1 to {most} ({(species == HostSpecies.Human ? "RECIST 1.1 allows at most 5 target lesions" : "one tumour per flank")}).", nameof(minLesions));
        }

        if (maxLesions < minLesions || maxLesions > most)
        {
            throw new ArgumentException($"lesions.max: {maxLesions} is impossible; allowed: lesions.min ({minLesions}) to {most}.", nameof(maxLesions));
        }

        if (species == HostSpecies.Mouse)
        {
            if (subtype is not null)
            {
                throw new ArgumentException("subtype: a mouse population has a murine line (tumor_model), not a clinical subtype.", nameof(subtype));
            }

            if (line != LineOfTherapy.Any || pdL1 != PdL1Status.Any)
            {
                throw new ArgumentException($"{(line != LineOfTherapy.Any ? "line" : "pdl1")}: lines of therapy and PD-L1 status are for human populations; allowed for mice: any.", line != LineOfTherapy.Any ? nameof(line) : nameof(pdL1));
            }

            if (tumorLine is null)
            {
                throw new ArgumentException($"tumor_model: a mouse population needs a murine line; allowed: {string.Join(", ", PatientIds.TumorLineIds)}.", nameof(tumorLine));
            }
        }
        else if (tumorLine is not null)
        {
            throw new ArgumentException("tumor_model: a murine line is for mice; give a subtype for a human population.", nameof(tumorLine));
        }

        Species = species;
        Subtype = species == HostSpecies.Human ? subtype ?? BreastCancerSubtype.TripleNegative : null;
        TumorLine = tumorLine;
        Line = line;
        PdL1 = pdL1;
        MinLesions = minLesions;
        MaxLesions = maxLesions;
    }

    /// <summary>Human or mouse.</summary>
    public HostSpecies Species { get; }

    /// <summary>Breast-cancer subtype (humans).</summary>
    public BreastCancerSubtype? Subtype { get; }

    /// <summary>Murine line (mice).</summary>
    public MurineTumorLine? TumorLine { get; }

    /// <summary>Line of therapy (humans).</summary>
    public LineOfTherapy Line { get; }

    /// <summary>PD-L1 eligibility (humans).</summary>
    public PdL1Status PdL1 { get; }

    /// <summary>Fewest target lesions.</summary>
    public int MinLesions { get; }

    /// <summary>Most target lesions.</summary>
    public int MaxLesions { get; }

    /// <summary>Mice: the inoculated flank tumours and their volumes at treatment start, or null to draw 1–2 flank tumours from the priors.</summary>
    /// <exception cref="ArgumentException">An inoculation for a human population.</exception>
    public Inoculation? Inoculation
    {
        get;
        init => field = value is null || Species == HostSpecies.Mouse ? value : throw new ArgumentException("inoculation: tumour inoculation is for mouse cohorts; allowed for humans: lesions.", nameof(value));
    }

    /// <summary>Whether a CPS meets the PD-L1 eligibility.</summary>
    public bool AdmitsCps(double cps) => PdL1 switch
    {
        PdL1Status.Negative => cps < 1,
        PdL1Status.Positive => cps >= 1,
        PdL1Status.Cps10 => cps >= 10,
        _ => true,
    };
}
