using System.Collections.ObjectModel;
using Abscopal.Pharmacology.Drugs;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology;
using Abscopal.Radiobiology.Plans;

namespace Abscopal.Pharmacology.Plans;

/// <summary>
/// Radiotherapy courses and drug regimens for one patient (or mouse) of a given weight, expanded to exact, sorted event
/// times for the simulator.
/// </summary>
/// <remarks>
/// Order of events: by time; at equal times radiation fractions before drug doses (a drug given "with" a fraction on the
/// same day meets the freshly irradiated tumour, as in Dovedi 2014's concurrent arm); within a kind, in the order the
/// courses or regimens were given to the plan. The order is total and does not depend on hashing or culture.
/// </remarks>
public sealed record TreatmentPlan
{
    private readonly RtCourse[] _courses;
    private readonly DrugRegimen[] _regimens;

    /// <summary>Creates a plan.</summary>
    /// <param name="weightKg">Body weight, in kg, used for mg/kg doses; &gt; 0.</param>
    /// <param name="courses">Radiotherapy courses (may be empty).</param>
    /// <param name="regimens">Drug regimens (may be empty).</param>
    public TreatmentPlan(double weightKg, IEnumerable<RtCourse> courses, IEnumerable<DrugRegimen> regimens)
    {
        ArgumentNullException.ThrowIfNull(courses);
        ArgumentNullException.ThrowIfNull(regimens);
        WeightKg = Require.Positive(weightKg, nameof(weightKg));
        _courses = [.. courses];
        _regimens = [.. regimens];
        if (_courses.Any(c => c is null) || _regimens.Any(r => r is null))
        {
            throw new ArgumentException("A plan cannot hold a null course or regimen.");
        }

        Courses = Array.AsReadOnly(_courses);
        Regimens = Array.AsReadOnly(_regimens);
    }

    /// <summary>Body weight, in kg.</summary>
    public double WeightKg { get; }

    /// <summary>Radiotherapy courses, in plan order.</summary>
    public ReadOnlyCollection<RtCourse> Courses { get; }

    /// <summary>Drug regimens, in plan order.</summary>
    public ReadOnlyCollection<DrugRegimen> Regimens { get; }

    /// <summary>All events, sorted by time, then kind (radiation first), then plan order, then dose order.</summary>
    public IReadOnlyList<TreatmentEvent> Events()
    {
        var keyed = new List<(TreatmentEvent Event, int Source, int Index)>();
        for (int c = 0; c < _courses.Length; c++)
        {
            var course = _courses[c];
            for (int k = 0; k < course.Days.Count; k++)
            {
                keyed.Add((new TreatmentEvent(course.Days[k], TreatmentEventKind.RadiationFraction, course.TargetLesion, course.Schedule.DosePerFractionGy, 0), c, k));
            }
        }

        for (int r = 0; r < _regimens.Length; r++)
        {
            var regimen = _regimens[r];
            double mg = regimen.Dose.MgFor(WeightKg);
            double duration = (DrugLibrary.Find(regimen.Drug)?.InfusionHours ?? 0) / 24;
            for (int k = 0; k < regimen.Days.Count; k++)
            {
                keyed.Add((new TreatmentEvent(regimen.Days[k], TreatmentEventKind.DrugDose, regimen.Drug, mg, duration), r, k));
            }
        }

        return keyed
            .OrderBy(e => e.Event.Day)
            .ThenBy(e => e.Event.Kind)
            .ThenBy(e => e.Source)
            .ThenBy(e => e.Index)
            .Select(e => e.Event)
            .ToArray();
    }
}
