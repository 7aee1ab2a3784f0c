using System.Collections.ObjectModel;

namespace Abscopal.Simulation.Readouts;

/// <summary>
/// RECIST 1.1 response of target lesions (Eisenhauer et al. 2009, Eur J Cancer 45:228, §4.3.1 and §4.4): the sum of
/// longest diameters (short axes for lymph nodes) is compared with the baseline sum for response (≥ 30% decrease) and with
/// the smallest sum on study for progression (≥ 20% and ≥ 5 mm increase). New lesions and non-target lesions are not
/// modelled: every lesion given is a target lesion.
/// </summary>
public static class Recist
{
    /// <summary>Relative decrease from baseline for a partial response (RECIST 1.1 §4.3.1: at least 30%).</summary>
    public const double PartialResponseDecrease = 0.30;

    /// <summary>Relative increase over the nadir for progression (RECIST 1.1 §4.3.1: at least 20%).</summary>
    public const double ProgressionIncrease = 0.20;

    /// <summary>Absolute increase over the nadir also needed for progression, in mm (RECIST 1.1 §4.3.1: at least 5 mm).</summary>
    public const double ProgressionAbsoluteMm = 5;

    /// <summary>Short axis below which a lymph node is normal, in mm (RECIST 1.1 §3.1 and §4.3.1).</summary>
    public const double NormalNodeMm = 10;

    /// <summary>Recorded value of a lesion too small to measure, in mm (RECIST 1.1 Appendix I).</summary>
    public const double TooSmallToMeasureMm = 5;

    // Diameters and sums come from floating-point model output; a boundary reached to within rounding counts as reached,
    // so that "exactly −30%" is a partial response as the paper's "at least 30%" intends.
    private const double Rounding = 1e-9;

    /// <summary>The time-point response of a sum of diameters (RECIST 1.1 §4.3.1).</summary>
    /// <param name="sumMm">Sum of recorded diameters now, in mm; ≥ 0.</param>
    /// <param name="baselineSumMm">Sum at baseline, in mm; &gt; 0.</param>
    /// <param name="nadirSumMm">Smallest sum before now, baseline included, in mm; ≥ 0.</param>
    /// <param name="allResolved">Whether every target lesion has disappeared (nodes below 10 mm short axis).</param>
    public static RecistResponse Classify(double sumMm, double baselineSumMm, double nadirSumMm, bool allResolved)
    {
        Check(sumMm >= 0 && double.IsFinite(sumMm), nameof(sumMm), sumMm, "finite and ≥ 0 mm");
        Check(baselineSumMm > 0 && double.IsFinite(baselineSumMm), nameof(baselineSumMm), baselineSumMm, "finite and > 0 mm");
        Check(nadirSumMm >= 0 && nadirSumMm <= baselineSumMm, nameof(nadirSumMm), nadirSumMm, "in [0, baseline sum] mm");
        double increase = sumMm - nadirSumMm;
        if (increase >= (ProgressionIncrease * nadirSumMm) - (Rounding * baselineSumMm) && increase >= ProgressionAbsoluteMm - Rounding)
        {
            return RecistResponse.ProgressiveDisease;
        }

        if (allResolved)
        {
            return RecistResponse.CompleteResponse;
        }

        return baselineSumMm - sumMm >= (PartialResponseDecrease * baselineSumMm) - (Rounding * baselineSumMm)
            ? RecistResponse.PartialResponse
            : RecistResponse.StableDisease;
    }

    /// <summary>The RECIST 1.1 read-out of <paramref name="lesions"/> assessed at <paramref name="timesDays"/> (the first time is the baseline).</summary>
    /// <param name="timesDays">Assessment times, in days, strictly increasing; at least one.</param>
    /// <param name="lesions">Target lesions, each with one diameter per time; at least one.</param>
    /// <param name="options">Protocol choices; null for <see cref="RecistOptions.Default"/>.</param>
    public static RecistEvaluation Evaluate(IReadOnlyList<double> timesDays, IReadOnlyList<LesionSeries> lesions, RecistOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timesDays);
        ArgumentNullException.ThrowIfNull(lesions);
        options ??= RecistOptions.Default;
        double[] times = [.. timesDays];
        Check(times.Length >= 1, nameof(timesDays), times.Length, "at least one time (the baseline)");
        for (int k = 0; k < times.Length; k++)
        {
            Check(double.IsFinite(times[k]) && (k == 0 || times[k] > times[k - 1]), nameof(timesDays), times[k], "finite and strictly increasing");
        }

        Check(lesions.Count >= 1, nameof(lesions), lesions.Count, "at least one lesion");
        foreach (var lesion in lesions)
        {
            Check(lesion.DiametersMm.Count == times.Length, nameof(lesions), lesion.DiametersMm.Count, $"one diameter per time ({times.Length}) for lesion {lesion.Id}");
        }

        var recorded = lesions.Select(l => l.DiametersMm.Select(d => Record(d, l.LymphNode, options)).ToArray()).ToArray();
        var sums = new double[times.Length];
        var resolved = new bool[times.Length];
        for (int k = 0; k < times.Length; k++)
        {
            resolved[k] = true;
            for (int i = 0; i < lesions.Count; i++)
            {
                sums[k] += recorded[i][k];
                resolved[k] &= IsResolved(recorded[i][k], lesions[i].LymphNode);
            }
        }

        Check(sums[0] > 0, nameof(lesions), sums[0], "a baseline sum of diameters > 0 mm");
        var (responses, nadirs) = TimePointResponses(sums, resolved);
        var best = BestResponse(times, responses, options);
        int firstProgression = Array.IndexOf(responses, RecistResponse.ProgressiveDisease);
        var perLesion = new LesionResponse[lesions.Count];
        for (int i = 0; i < lesions.Count; i++)
        {
            var lesion = lesions[i];
            var own = recorded[i];
            var ownResolved = own.Select(d => IsResolved(d, lesion.LymphNode)).ToArray();
            var baseline = own[0];
            var (lesionResponses, _) = own[0] > 0 ? TimePointResponses(own, ownResolved) : (Enumerable.Repeat(RecistResponse.NotEvaluable, own.Length).ToArray(), own);
            perLesion[i] = new LesionResponse(
                lesion.Id,
                lesion.Irradiated,
                baseline,
                own.Min(),
                baseline > 0 ? (own.Min() - baseline) / baseline : double.NaN,
                baseline > 0 ? BestResponse(times, lesionResponses, options with { RequireConfirmation = false }) : RecistResponse.NotEvaluable);
        }

        return new RecistEvaluation(
            Array.AsReadOnly(times),
            Array.AsReadOnly(sums),
            Array.AsReadOnly(nadirs),
            Array.AsReadOnly(responses),
            best,
            firstProgression < 0 ? null : times[firstProgression] - times[0],
            times[^1] - times[0],
            Array.AsReadOnly(perLesion));
    }

    /// <summary>
    /// The abscopal response: the RECIST 1.1 read-out over the non-irradiated lesions only, or null when every lesion is
    /// irradiated or none is (without radiotherapy there is no out-of-field effect to read).
    /// </summary>
    /// <param name="timesDays">Assessment times, in days; the first is the baseline.</param>
    /// <param name="lesions">All target lesions; the irradiated ones are left out.</param>
    /// <param name="options">Protocol choices; null for <see cref="RecistOptions.Default"/>.</param>
    public static RecistEvaluation? EvaluateAbscopal(IReadOnlyList<double> timesDays, IReadOnlyList<LesionSeries> lesions, RecistOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lesions);
        var unirradiated = lesions.Where(l => !l.Irradiated).ToArray();
        return unirradiated.Length == 0 || unirradiated.Length == lesions.Count ? null : Evaluate(timesDays, unirradiated, options);
    }

    /// <summary>The value RECIST 1.1 records for a diameter <paramref name="diameterMm"/> mm (Appendix I: 0 when gone, 5 mm when too small to measure; nodes as measured).</summary>
    /// <param name="diameterMm">Modelled diameter (short axis for a node), in mm; ≥ 0.</param>
    /// <param name="lymphNode">Whether the lesion is a lymph node.</param>
    /// <param name="options">Detection limit; null for the default.</param>
    public static double Record(double diameterMm, bool lymphNode, RecistOptions? options = null)
    {
        options ??= RecistOptions.Default;
        if (lymphNode)
        {
            return diameterMm;
        }

        if (diameterMm < options.DisappearedBelowMm)
        {
            return 0;
        }

        return Math.Max(diameterMm, TooSmallToMeasureMm);
    }

    private static bool IsResolved(double recordedMm, bool lymphNode) => lymphNode ? recordedMm < NormalNodeMm : recordedMm == 0;

    private static (RecistResponse[] Responses, double[] Nadirs) TimePointResponses(double[] sums, bool[] resolved)
    {
        var responses = new RecistResponse[sums.Length];
        var nadirs = new double[sums.Length];
        responses[0] = RecistResponse.NotEvaluable;
        nadirs[0] = sums[0];
        double nadir = sums[0];
        for (int k = 1; k < sums.Length; k++)
        {
            nadirs[k] = nadir;
            responses[k] = Classify(sums[k], sums[0], nadir, resolved[k]);
            nadir = Math.Min(nadir, sums[k]);
        }

        return (responses, nadirs);
    }

    // RECIST 1.1 §4.4: the best response recorded from the start of treatment until progression; with confirmation (§4.6
    // and Table 3), a CR or PR counts only when a later assessment at least ConfirmationDays on shows CR (for CR) or at
    // least PR (for PR), and an unconfirmed response falls back to stable disease.
    private static RecistResponse BestResponse(double[] times, RecistResponse[] responses, RecistOptions options)
    {
        int end = Array.IndexOf(responses, RecistResponse.ProgressiveDisease);
        int last = end < 0 ? responses.Length - 1 : end - 1;
        var best = end < 0 ? RecistResponse.NotEvaluable : RecistResponse.ProgressiveDisease;
        for (int k = 1; k <= last; k++)
        {
            var effective = responses[k];
            if (options.RequireConfirmation && effective is RecistResponse.CompleteResponse or RecistResponse.PartialResponse)
            {
                effective = Confirmed(times, responses, k, last, options.ConfirmationDays);
            }

            if (effective == RecistResponse.StableDisease && times[k] - times[0] < options.MinimumStableDiseaseDays - Rounding)
            {
                continue;
            }

            if (effective < best)
            {
                best = effective;
            }
        }

        return best;
    }

    private static RecistResponse Confirmed(double[] times, RecistResponse[] responses, int k, int last, double confirmationDays)
    {
        var found = RecistResponse.StableDisease;
        for (int j = k + 1; j <= last; j++)
        {
            if (times[j] - times[k] < confirmationDays - Rounding)
            {
                continue;
            }

            if (responses[k] == RecistResponse.CompleteResponse && responses[j] == RecistResponse.CompleteResponse)
            {
                return RecistResponse.CompleteResponse;
            }

            if (responses[j] is RecistResponse.CompleteResponse or RecistResponse.PartialResponse)
            {
                found = RecistResponse.PartialResponse;
            }
        }

        return found;
    }

    private static void Check(bool ok, string name, object value, string allowed)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be {allowed}; got {value}.");
        }
    }
}
