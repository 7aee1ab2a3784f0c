using System.Globalization;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Planning.Constraints;
using Abscopal.Planning.Plans;
using Abscopal.Planning.Problems;
using Abscopal.Planning.Results;
using Abscopal.Radiobiology.Plans;

namespace Abscopal.Planning.Search;

/// <summary>
/// The discrete choices of a problem (regimen, target set, fraction number, drug start) and, for each, the feasible
/// range of dose per fraction under the normal-tissue limits; builds the plans.
/// </summary>
public sealed class CandidateSpace
{
    private readonly PlanningProblem _problem;
    private readonly IReadOnlyDictionary<string, OrganAtRisk?> _organs;
    private readonly List<Infeasibility> _excluded = [];

    /// <summary>Builds the space of <paramref name="problem"/>.</summary>
    /// <exception cref="ArgumentException">A drug start falls at or after the horizon.</exception>
    public CandidateSpace(PlanningProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        _problem = problem;
        _organs = SiteOrgans.For(problem.Patient, problem.Constraints);
        var lastStart = problem.RtStartDay + problem.DrugStartDaysRelativeToRt[^1];
        if (lastStart >= problem.HorizonDays)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"drug_start_days_relative_to_rt: a drug start on day {lastStart} is not before horizon_days {problem.HorizonDays}."), nameof(problem));
        }

        var lesions = problem.Patient.Lesions.Select(l => l.Id).ToArray();
        var choices = new List<DiscreteChoice>();
        foreach (var targets in Subsets(lesions, Math.Min(problem.MaxIrradiatedLesions, lesions.Length)))
        {
            foreach (var n in problem.Fractions)
            {
                var limits = targets.Select(t => NormalTissueLimits.For(_organs[t], t, n)).ToArray();
                var maxDose = Math.Min(problem.DosePerFraction.MaxGy, limits.Min(l => l.MaxDosePerFractionGy));
                if (maxDose < problem.DosePerFraction.MinGy)
                {
                    var worst = limits.OrderBy(l => l.MaxDosePerFractionGy).First();
                    var shortfall = -worst.MarginGy(problem.DosePerFraction.MinGy);
                    _excluded.Add(new Infeasibility(
                        $"{worst.LesionId}:{worst.Organ}_dmax_gy",
                        string.Create(CultureInfo.InvariantCulture, $"{string.Join("+", targets)} in {n} fraction(s)"),
                        shortfall,
                        "Gy",
                        string.Create(CultureInfo.InvariantCulture, $"Irradiating {string.Join(" and ", targets)} in {n} fraction(s) of at least {problem.DosePerFraction.MinGy:0.##} Gy gives {worst.Organ} a Dmax {shortfall:0.##} Gy above its limit of {worst.DmaxLimitGy:0.##} Gy ({worst.Source}).")));
                    continue;
                }

                foreach (var regimen in problem.Regimens)
                {
                    foreach (var offset in problem.DrugStartDaysRelativeToRt)
                    {
                        choices.Add(new DiscreteChoice(regimen, [.. targets], n, offset, problem.DosePerFraction.MinGy, maxDose, [.. limits]));
                    }
                }
            }
        }

        Choices = choices;
    }

    /// <summary>The discrete choices with their feasible dose range.</summary>
    public IReadOnlyList<DiscreteChoice> Choices { get; }

    /// <summary>Target sets and fraction numbers ruled out by a normal-tissue limit even at the smallest dose.</summary>
    public IReadOnlyList<Infeasibility> Excluded => _excluded;

    /// <summary>The plan for a choice and a dose per fraction (Gy) within its range.</summary>
    public CandidatePlan Build(DiscreteChoice choice, double dosePerFractionGy)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var start = _problem.RtStartDay;
        var courses = choice.Targets.Select(t => new RtCourse(t, dosePerFractionGy, choice.Fractions, start, 1, skipWeekends: false));
        return new CandidatePlan(courses, [Regimen(choice.Regimen, start + choice.DrugStartDaysRelativeToRt)], choice.DrugStartDaysRelativeToRt, choice.Regimen.Name);
    }

    /// <summary>A plan with RT (<paramref name="targets"/>, <paramref name="fractions"/> × <paramref name="dosePerFractionGy"/> Gy; none when empty) and the regimen from <paramref name="drugStartDaysRelativeToRt"/>.</summary>
    public CandidatePlan Build(NamedDrugRegimen regimen, IReadOnlyList<string> targets, int fractions, double dosePerFractionGy, double drugStartDaysRelativeToRt)
    {
        ArgumentNullException.ThrowIfNull(regimen);
        ArgumentNullException.ThrowIfNull(targets);
        var start = _problem.RtStartDay;
        var courses = targets.Select(t => new RtCourse(t, dosePerFractionGy, fractions, start, 1, skipWeekends: false));
        return new CandidatePlan(courses, [Regimen(regimen, start + drugStartDaysRelativeToRt)], targets.Count == 0 ? null : drugStartDaysRelativeToRt, regimen.Name);
    }

    /// <summary>The normal-tissue margins of a plan (one per irradiated lesion with a limit), in Gy.</summary>
    public IEnumerable<ConstraintMargin> NormalTissueMargins(CandidatePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var course in plan.Radiotherapy)
        {
            var limit = NormalTissueLimits.For(_organs[course.TargetLesion], course.TargetLesion, course.Schedule.Fractions);
            if (limit.Organ is null || double.IsPositiveInfinity(limit.DmaxLimitGy))
            {
                continue;
            }

            var planned = limit.DoseShare * course.Schedule.TotalDoseGy;
            yield return new ConstraintMargin($"{course.TargetLesion}:{limit.Organ}_dmax_gy", planned, limit.DmaxLimitGy, limit.DmaxLimitGy - planned, "Gy", limit.Source);
        }
    }

    /// <summary>The dose levels of the discrete search for <paramref name="choice"/>: <paramref name="points"/> evenly spaced from the minimum to the largest feasible dose, rounded down to 0.1 Gy.</summary>
    public static IReadOnlyList<double> DoseGrid(DiscreteChoice choice, int points)
    {
        ArgumentNullException.ThrowIfNull(choice);
        if (points == 1 || choice.MaxDoseGy - choice.MinDoseGy < 1e-9)
        {
            return [Round(choice.MaxDoseGy, choice)];
        }

        var grid = new List<double>(points);
        for (var k = 0; k < points; k++)
        {
            var d = Round(choice.MinDoseGy + ((choice.MaxDoseGy - choice.MinDoseGy) * k / (points - 1)), choice);
            if (!grid.Contains(d))
            {
                grid.Add(d);
            }
        }

        return grid;
    }

    /// <summary>A dose rounded down to 0.1 Gy, kept within the choice's range.</summary>
    internal static double Round(double dose, DiscreteChoice choice)
    {
        var rounded = Math.Floor((dose * 10) + 1e-9) / 10;
        return Math.Clamp(rounded, choice.MinDoseGy, choice.MaxDoseGy);
    }

    private DrugRegimen Regimen(NamedDrugRegimen regimen, double startDay)
    {
        // Enough periods to cover the horizon: the drug continues until the end of the simulated time, or for the number of
        // periods the regimen prescribes (e.g. ipilimumab × 4, or an explicit regimen's cycles) when that ends sooner.
        var cover = Math.Max(1, (int)Math.Floor(((_problem.HorizonDays - startDay) / regimen.IntervalDays) - 1e-9) + 1);
        return regimen.Create(startDay, regimen.Periods is { } prescribed ? Math.Min(prescribed, cover) : cover);
    }

    private static IEnumerable<string[]> Subsets(string[] items, int maxSize)
    {
        for (var size = 1; size <= maxSize; size++)
        {
            foreach (var subset in Combinations(items, size, 0))
            {
                yield return subset;
            }
        }
    }

    private static IEnumerable<string[]> Combinations(string[] items, int size, int from)
    {
        if (size == 0)
        {
            yield return [];
            yield break;
        }

        for (var i = from; i <= items.Length - size; i++)
        {
            foreach (var rest in Combinations(items, size - 1, i + 1))
            {
                yield return [items[i], .. rest];
            }
        }
    }
}
