using System.Globalization;
using Abscopal.Planning.Problems;
using Abscopal.Radiobiology;
using Abscopal.Radiobiology.Constraints;

namespace Abscopal.Planning.Constraints;

/// <summary>
/// Turns the published maximum-dose limits of Abscopal.Radiobiology into a largest dose per fraction for an irradiated
/// lesion: Dmax = share × n × d ≤ limit. For a fraction number without a published limit, the nearest published one is
/// carried over at equal BED for the organ's α/β (Withers 1983 iso-effect; <see cref="IsoEffect"/>).
/// </summary>
public static class NormalTissueLimits
{
    /// <summary>The limit for <paramref name="organ"/> (null: none) with <paramref name="fractions"/> fractions.</summary>
    /// <param name="organ">Organ at risk, or null.</param>
    /// <param name="lesionId">The irradiated lesion.</param>
    /// <param name="fractions">Number of fractions; ≥ 1.</param>
    public static DoseLimit For(OrganAtRisk? organ, string lesionId, int fractions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fractions, 1);
        if (organ is null)
        {
            return new DoseLimit(lesionId, null, fractions, double.PositiveInfinity, 1, double.PositiveInfinity, "no normal-tissue limit in the table for this site");
        }

        var dmax = NormalTissueConstraints.All
            .Where(c => c.Organ == NormalTissueConstraints.CanonicalOrgan(organ.Organ) && c.Unit == ConstraintUnit.Gy && NormalTissueConstraints.BaseMetric(c.Metric) == "Dmax")
            .ToArray();
        if (dmax.Length == 0)
        {
            return new DoseLimit(lesionId, organ.Organ, fractions, double.PositiveInfinity, organ.DoseShare, double.PositiveInfinity, $"no maximum-dose limit for {organ.Organ} in the table");
        }

        var exact = dmax.FirstOrDefault(c => c.AppliesTo(fractions));
        double limit;
        string source;
        if (exact is not null)
        {
            limit = exact.Limit;
            source = exact.Source;
        }
        else
        {
            // Nearest published fraction number; ties go to the smaller one (the more conservative carry-over for late effects is not established, so the rule is simply fixed).
            var nearest = dmax.OrderBy(c => Distance(c, fractions)).ThenBy(c => c.MinFractions).First();
            var n0 = fractions < nearest.MinFractions ? nearest.MinFractions : nearest.MaxFractions;
            var alphaBeta = NormalTissueConstraints.AlphaBetaFor(organ.Organ)?.ValueGy ?? 3;
            var bed = Bed.Of(new FractionSchedule(nearest.Limit / n0, n0), alphaBeta);
            limit = fractions * IsoEffect.DosePerFractionFor(bed, alphaBeta, fractions);
            source = string.Create(CultureInfo.InvariantCulture, $"{nearest.Limit:0.#} Gy in {n0} fx ({nearest.Source}) carried to {fractions} fx at equal BED, α/β {alphaBeta:0.#} Gy");
        }

        return new DoseLimit(lesionId, organ.Organ, fractions, limit, organ.DoseShare, limit / (organ.DoseShare * fractions), source);
    }

    private static int Distance(OrganConstraint c, int fractions) =>
        fractions < c.MinFractions ? c.MinFractions - fractions : fractions > c.MaxFractions ? fractions - c.MaxFractions : 0;
}
