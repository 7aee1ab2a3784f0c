using Abscopal.Models.Patients;

namespace Abscopal.Simulation.Readouts;

/// <summary>
/// Reads a <see cref="PatientSimulation"/> at an assessment schedule into a <see cref="PatientOutcome"/>: lesion diameters
/// at the assessment days go through <see cref="Recist"/> (all lesions, and the non-irradiated ones for the abscopal
/// response), the lymphocyte count through <see cref="Lymphopenia"/>.
/// </summary>
public static class PatientReadout
{
    /// <summary>The outcome of <paramref name="simulation"/> assessed at <paramref name="assessmentDays"/> (the first is the baseline).</summary>
    /// <param name="simulation">A simulation whose span covers the assessment days.</param>
    /// <param name="assessmentDays">Assessment days, strictly increasing, within the simulated span; the first is the baseline.</param>
    /// <param name="options">RECIST protocol choices (e.g. confirmation); null for <see cref="RecistOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">An assessment day is outside the simulated span or the simulation has no lesion.</exception>
    public static PatientOutcome Evaluate(PatientSimulation simulation, IReadOnlyList<double> assessmentDays, RecistOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(assessmentDays);
        if (simulation.Lesions.IsEmpty)
        {
            throw new ArgumentException($"model '{simulation.ModelId}' reports no lesion, so RECIST cannot be read.", nameof(simulation));
        }

        var times = simulation.Times;
        foreach (var day in assessmentDays)
        {
            if (!(day >= times[0] - 1e-9 && day <= times[^1] + 1e-9))
            {
                throw new ArgumentException($"assessment day {day} is outside the simulated span [{times[0]}, {times[^1]}] days.", nameof(assessmentDays));
            }
        }

        var series = new LesionSeries[simulation.Lesions.Length];
        for (var i = 0; i < series.Length; i++)
        {
            var lesion = simulation.Lesions[i];
            var diameters = new double[assessmentDays.Count];
            for (var k = 0; k < diameters.Length; k++)
            {
                diameters[k] = Math.Max(0, Interpolate(times, lesion.DiameterMm, assessmentDays[k]));
            }

            series[i] = new LesionSeries(lesion.Id, diameters, lesion.Irradiated, lesion.Site == AnatomicSite.LymphNode);
        }

        var all = Recist.Evaluate(assessmentDays, series, options);
        var abscopal = Recist.EvaluateAbscopal(assessmentDays, series, options);
        var best = 0.0;
        var change = new double[all.SumsMm.Count];
        double? firstResponse = null;
        for (var k = 1; k < all.SumsMm.Count; k++)
        {
            change[k] = 100 * (all.SumsMm[k] - all.SumsMm[0]) / all.SumsMm[0];
            best = Math.Min(best, change[k]);
            if (firstResponse is null && all.Responses[k] is RecistResponse.CompleteResponse or RecistResponse.PartialResponse)
            {
                firstResponse = all.TimesDays[k] - all.TimesDays[0];
            }
        }

        var progressed = all.TimeToProgressionDays is not null;
        var nadir = simulation.AlcPerMicrolitre is { } alc ? Lymphopenia.Nadir(times, alc) : (AlcNadir?)null;
        return new PatientOutcome(all.BestOverallResponse, abscopal?.BestOverallResponse, best, all.TimeToProgressionDays ?? all.FollowUpDays, progressed, nadir)
        {
            ChangePercent = Array.AsReadOnly(change),
            FirstResponseDays = firstResponse,
        };
    }

    // Output times are usually the assessment days themselves (exact hit); otherwise linear between neighbours.
    private static double Interpolate(double[] times, double[] values, double t)
    {
        var k = Array.BinarySearch(times, t);
        if (k >= 0)
        {
            return values[k];
        }

        k = ~k;
        if (k == 0)
        {
            return values[0];
        }

        if (k >= times.Length)
        {
            return values[^1];
        }

        var w = (t - times[k - 1]) / (times[k] - times[k - 1]);
        return values[k - 1] + (w * (values[k] - values[k - 1]));
    }
}
