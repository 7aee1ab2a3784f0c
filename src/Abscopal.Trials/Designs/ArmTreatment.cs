using System.Collections.Immutable;
using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;

namespace Abscopal.Trials.Designs;

/// <summary>The treatment of an arm: radiotherapy courses with lesion rules and drug regimens, turned into a plan per patient.</summary>
/// <param name="Radiotherapy">Courses; a course whose rule picks no lesion of a patient is not given to that patient.</param>
/// <param name="Drugs">Drug regimens (library drug names).</param>
public sealed record ArmTreatment(ImmutableArray<RtCourseRule> Radiotherapy, ImmutableArray<DrugRegimen> Drugs)
{
    /// <summary>No treatment (a control arm).</summary>
    public static ArmTreatment None { get; } = new([], []);

    /// <summary>The plan of <paramref name="patient"/>.</summary>
    public TreatmentPlan PlanFor(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var courses = new List<RtCourse>(Radiotherapy.Length);
        foreach (var rule in Radiotherapy)
        {
            if (rule.Target.Resolve(patient) is { } id)
            {
                courses.Add(rule.For(id));
            }
        }

        return new TreatmentPlan(patient.WeightKg, courses, Drugs);
    }
}
