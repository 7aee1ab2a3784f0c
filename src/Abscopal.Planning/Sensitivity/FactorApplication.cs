using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;
using Abscopal.Simulation;

namespace Abscopal.Planning.Sensitivity;

/// <summary>Sets factor values on a base request: parameter and initial-value overrides, and the dose or start day of plan items.</summary>
internal static class FactorApplication
{
    /// <summary>Checks that every treatment factor names an existing course or regimen of the request's plan.</summary>
    public static void Check(SimulationRequest request, IReadOnlyList<SensitivityFactor> factors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var factor in factors)
        {
            if (!names.Add(factor.Name))
            {
                throw new ArgumentException($"factor '{factor.Name}' is given twice.", nameof(factors));
            }

            int count = factor.Kind switch
            {
                FactorKind.RadiotherapyDosePerFraction => request.Plan?.Courses.Count ?? 0,
                FactorKind.DrugStartDay => request.Plan?.Regimens.Count ?? 0,
                _ => int.MaxValue,
            };
            if (factor.Index >= count)
            {
                string what = factor.Kind == FactorKind.DrugStartDay ? "drug regimen" : "radiotherapy course";
                throw new ArgumentException($"factor '{factor.Name}': the plan has {count} {what}(s); index {factor.Index} does not exist.", nameof(factors));
            }
        }
    }

    /// <summary>The base request with factor j set to <paramref name="values"/>[j].</summary>
    public static SimulationRequest Apply(SimulationRequest request, IReadOnlyList<SensitivityFactor> factors, ReadOnlySpan<double> values)
    {
        var parameters = request.Parameters;
        var initial = request.Initial;
        RtCourse[]? courses = null;
        DrugRegimen[]? regimens = null;
        for (int j = 0; j < factors.Count; j++)
        {
            var factor = factors[j];
            double value = values[j];
            switch (factor.Kind)
            {
                case FactorKind.Parameter:
                    parameters = parameters.SetItem(factor.Id!, value);
                    break;
                case FactorKind.InitialValue:
                    initial = initial.SetItem(factor.Id!, value);
                    break;
                case FactorKind.RadiotherapyDosePerFraction:
                    courses ??= [.. request.Plan!.Courses];
                    var course = courses[factor.Index];
                    courses[factor.Index] = new RtCourse(course.TargetLesion, value, course.Days);
                    break;
                case FactorKind.DrugStartDay:
                    regimens ??= [.. request.Plan!.Regimens];
                    var regimen = regimens[factor.Index];
                    double shift = value - regimen.Days[0];
                    regimens[factor.Index] = new DrugRegimen(regimen.Drug, regimen.Dose, regimen.Days.Select(d => d + shift));
                    break;
            }
        }

        var plan = courses is null && regimens is null
            ? request.Plan
            : new TreatmentPlan(request.Plan!.WeightKg, courses ?? (IEnumerable<RtCourse>)request.Plan.Courses, regimens ?? (IEnumerable<DrugRegimen>)request.Plan.Regimens);
        return request with { Parameters = parameters, Initial = initial, Plan = plan };
    }

    /// <summary>The factor values of row-major unit-coordinate rows, row-major.</summary>
    public static double[] Values(IReadOnlyList<SensitivityFactor> factors, ReadOnlySpan<double> unit)
    {
        int k = factors.Count;
        var values = new double[unit.Length];
        for (int i = 0; i < unit.Length; i++)
        {
            values[i] = factors[i % k].ValueAt(unit[i]);
        }

        return values;
    }
}
