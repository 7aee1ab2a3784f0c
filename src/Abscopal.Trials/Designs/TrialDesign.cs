using System.Collections.Immutable;
using System.Globalization;
using Abscopal.Simulation.Readouts;
using Abscopal.Trials.Populations;

namespace Abscopal.Trials.Designs;

/// <summary>A virtual trial (trial file): population, arms, patients per arm, assessment schedule, seed and response rules.</summary>
public sealed record TrialDesign
{
    /// <summary>Creates a design and checks arms and sizes.</summary>
    /// <exception cref="ArgumentException">No arm, duplicate arm names, or patients per arm outside [1, 10⁸].</exception>
    public TrialDesign(string name, PopulationSpec population, IEnumerable<TrialArm> arms, long patientsPerArm, AssessmentSchedule assessment, ulong seed = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(assessment);
        Arms = [.. arms];
        if (Arms.IsEmpty)
        {
            throw new ArgumentException("arms: a trial needs at least one arm.", nameof(arms));
        }

        if (Arms.GroupBy(a => a.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"arms: the name '{twice.Key}' is used twice.", nameof(arms));
        }

        Name = name;
        Population = population;
        PatientsPerArm = patientsPerArm;
        Assessment = assessment;
        Seed = seed;
    }

    /// <summary>Most patients per arm.</summary>
    public const long MaxPatientsPerArm = 100_000_000;

    /// <summary>Trial name.</summary>
    public string Name { get; }

    /// <summary>Who is enrolled.</summary>
    public PopulationSpec Population { get; }

    /// <summary>The arms; the first is the reference of the comparisons.</summary>
    public ImmutableArray<TrialArm> Arms { get; }

    /// <summary>Patients per arm; in [1, 10⁸].</summary>
    public long PatientsPerArm { get; init => field = value is >= 1 and <= MaxPatientsPerArm ? value : throw new ArgumentOutOfRangeException(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"patients_per_arm must be in [1, {MaxPatientsPerArm}]; got {value}.")); }

    /// <summary>When tumours are assessed.</summary>
    public AssessmentSchedule Assessment { get; }

    /// <summary>Seed of the trial: arm a's patient i draws from a stream derived from (seed, a, i).</summary>
    public ulong Seed { get; init; }

    /// <summary>RECIST protocol: confirmation required by default (RECIST 1.1 §4.6 for response end points; KEYNOTE-086 reported confirmed ORR).</summary>
    public RecistOptions Recist { get; init; } = new() { RequireConfirmation = true };

    /// <summary>Preclinical responder rule, or null.</summary>
    public ResponderRule? Responder { get; init; }

    /// <summary>Preclinical group-size question (needs a responder rule), or null.</summary>
    public GroupSizeSpec? Power { get; init; }

    /// <summary>Spacing of simulated output, in days: weekly (blood counts for the ALC nadir), or the assessment spacing when that is not a whole number of weeks.</summary>
    public double OutputEveryDays => Assessment.EveryDays % 7 == 0 ? 7 : Math.Min(1, Assessment.EveryDays);
}
