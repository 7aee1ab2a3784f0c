using System.Collections.Immutable;
using System.Globalization;

namespace Abscopal.Trials.Populations;

/// <summary>
/// How a mouse cohort was set up (trial key <c>population.inoculation</c>): tumour cells injected
/// <see cref="DaysBeforeStart"/> days before treatment starts (day 0), and the flank tumours each animal then carries.
/// </summary>
public sealed record Inoculation
{
    /// <summary>Creates an inoculation.</summary>
    /// <param name="daysBeforeStart">Days from injecting the (first) tumour cells to treatment start; in [0, 365].</param>
    /// <param name="tumours">The flank tumours, 1 or 2 (one per flank), names unique.</param>
    /// <exception cref="ArgumentException">Out of range, no tumour, more than two or a name used twice; the message starts with the field.</exception>
    public Inoculation(double daysBeforeStart, IEnumerable<InoculatedTumour> tumours)
    {
        ArgumentNullException.ThrowIfNull(tumours);
        if (!(daysBeforeStart >= 0 && daysBeforeStart <= 365))
        {
            throw new ArgumentOutOfRangeException(nameof(daysBeforeStart), daysBeforeStart, string.Create(CultureInfo.InvariantCulture, $"days_before_start: {daysBeforeStart} is impossible; allowed: [0, 365] days."));
        }

        Tumours = [.. tumours];
        if (Tumours.IsEmpty || Tumours.Length > PopulationSpec.MaxMouseTumours)
        {
            throw new ArgumentException($"tumours: {Tumours.Length} tumours is impossible; allowed: 1 to {PopulationSpec.MaxMouseTumours} (one per flank).", nameof(tumours));
        }

        if (Tumours.GroupBy(t => t.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"tumours: the name '{twice.Key}' is used twice; allowed: names unique in the animal.", nameof(tumours));
        }

        DaysBeforeStart = daysBeforeStart;
    }

    /// <summary>Days from inoculation to treatment start (day 0 of the trial).</summary>
    public double DaysBeforeStart { get; }

    /// <summary>The flank tumours of each animal, in the order given.</summary>
    public ImmutableArray<InoculatedTumour> Tumours { get; }
}
