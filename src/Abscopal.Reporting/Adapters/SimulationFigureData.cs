using System.Globalization;
using Abscopal.Pharmacology.Plans;
using Abscopal.Simulation;

namespace Abscopal.Reporting.Adapters;

/// <summary>Turns a simulated patient and its plan into the inputs of <see cref="Figures"/>: lesion curves, treatment marks and the immune panel.</summary>
public static class SimulationFigureData
{
    /// <summary>One curve per lesion, in the patient's order: volume (mm³) or longest diameter (mm) at each output time (days), irradiated lesions marked.</summary>
    public static IReadOnlyList<LesionCurve> LesionCurves(PatientSimulation simulation, LesionMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        return simulation.Lesions
            .Select(l => new LesionCurve(l.Id, l.Irradiated, [.. simulation.Times], measure == LesionMeasure.VolumeCubicMillimetres ? [.. l.VolumeMm3] : [.. l.DiameterMm]))
            .ToArray();
    }

    /// <summary>The days of every radiotherapy fraction and drug dose of <paramref name="plan"/> (none when null), labelled e.g. "RT 3 × 8 Gy" and "pembrolizumab".</summary>
    public static TreatmentMarks TreatmentMarks(TreatmentPlan? plan)
    {
        if (plan is null)
        {
            return Reporting.TreatmentMarks.None;
        }

        var events = plan.Events();
        double[] fractions = [.. events.Where(e => e.Kind == TreatmentEventKind.RadiationFraction).Select(e => e.Day)];
        double[] doses = [.. events.Where(e => e.Kind == TreatmentEventKind.DrugDose).Select(e => e.Day)];
        string rt = plan.Courses.Count switch
        {
            0 => "RT",
            1 => string.Create(CultureInfo.InvariantCulture, $"RT {plan.Courses[0].Days.Count} × {plan.Courses[0].Schedule.DosePerFractionGy:0.##} Gy"),
            _ => string.Create(CultureInfo.InvariantCulture, $"RT ({fractions.Length} fr.)"),
        };
        var drugs = plan.Regimens.Select(r => r.Drug).Distinct(StringComparer.Ordinal).ToArray();
        string drug = drugs.Length switch
        {
            0 => "ICI",
            1 => DrugLabel(drugs[0]),
            _ => string.Create(CultureInfo.InvariantCulture, $"ICI ({drugs.Length} drugs)"),
        };
        return new TreatmentMarks(fractions, doses, rt, drug);
    }

    /// <summary>
    /// The immune panel of a simulation: tumour-infiltrating effector T cells summed over lesions (cells), PD-L1 level
    /// averaged over lesions (0–1) and the ALC (cells/µL); null when the model reports no ALC or no effector and PD-L1 states.
    /// </summary>
    /// <remarks>
    /// State ids: abscopal-core <c>E_{lesion}</c> and <c>P_{lesion}</c>; Kosinsky et al. 2018 (BIOMD0000000863)
    /// <c>nTeff + dTeff</c> and <c>PDL1</c>.
    /// </remarks>
    public static ImmunePanelData? ImmunePanel(PatientSimulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        if (simulation.AlcPerMicrolitre is not { } alc)
        {
            return null;
        }

        var lesions = simulation.Lesions.Select(l => l.Id).ToArray();
        var effectors = Sum(simulation, lesions.Select(id => $"E_{id}").ToArray()) ?? Sum(simulation, ["nTeff", "dTeff"]);
        var pdl1 = Mean(simulation, lesions.Select(id => $"P_{id}").ToArray()) ?? Mean(simulation, ["PDL1"]);
        if (effectors is null || pdl1 is null)
        {
            return null;
        }

        return new ImmunePanelData(
            [.. simulation.Times],
            effectors,
            lesions.Length > 1 ? "cells, all lesions" : "cells",
            pdl1,
            lesions.Length > 1 ? "level 0–1, lesion mean" : "level 0–1",
            [.. alc]);
    }

    /// <summary>A drug id short enough for the strip's label (125 px): "murine-anti-ctla-4" → "anti-CTLA-4"; library names as they are.</summary>
    private static string DrugLabel(string drug)
    {
        string name = drug.StartsWith("murine-", StringComparison.Ordinal) ? drug["murine-".Length..] : drug;
        if (name.StartsWith("anti-", StringComparison.Ordinal))
        {
            name = "anti-" + name["anti-".Length..].ToUpperInvariant();
        }

        return name.Length <= 15 ? name : name[..14] + "…";
    }

    private static double[]? Sum(PatientSimulation simulation, string[] ids)
    {
        if (ids.Length == 0 || !ids.All(simulation.States.ContainsKey))
        {
            return null;
        }

        var total = new double[simulation.Times.Length];
        foreach (string id in ids)
        {
            var series = simulation.States[id];
            for (int k = 0; k < total.Length; k++)
            {
                total[k] += series[k];
            }
        }

        return total;
    }

    private static double[]? Mean(PatientSimulation simulation, string[] ids)
    {
        var total = Sum(simulation, ids);
        if (total is not null)
        {
            for (int k = 0; k < total.Length; k++)
            {
                total[k] /= ids.Length;
            }
        }

        return total;
    }
}
