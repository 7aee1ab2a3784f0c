using System.Collections.Immutable;
using Abscopal.Numerics.Statistics;
using Abscopal.Trials.Designs;
using Abscopal.Trials.Endpoints;

namespace Abscopal.Trials.Preclinical;

/// <summary>
/// Group results of a virtual mouse experiment from its per-animal rows: responders with exact (Clopper–Pearson)
/// intervals as usual for small groups, Fisher's exact test of each group's responders against the first group, and
/// mean ± SD growth curves of each tumour.
/// </summary>
public static class PreclinicalAnalysis
{
    /// <summary>Analyses <paramref name="result"/> of <paramref name="design"/> (run with per-patient rows kept).</summary>
    /// <exception cref="ArgumentException">The rows were not kept.</exception>
    public static PreclinicalResult Analyse(TrialDesign design, TrialResult result)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Patients.Count == 0 && result.Arms.Any(a => a.Patients > 0))
        {
            throw new ArgumentException("result: per-animal rows were not kept (TrialRunOptions.KeepPatients).", nameof(result));
        }

        var days = result.AssessmentDays.ToImmutableArray();
        var groups = result.Arms.Select(arm =>
        {
            var rows = result.Patients.Where(p => p.Arm == arm.Name).ToArray();
            var responders = design.Responder is null ? null : (ProportionEstimate?)BinomialProportion.ClopperPearson(rows.Count(p => p.Responder == true), rows.Count(p => p.Responder is not null));
            return new GroupResult(arm.Name, arm.Patients, responders, Growth(rows, days));
        }).ToImmutableArray();

        var comparisons = ImmutableArray.CreateBuilder<ResponderComparison>();
        if (design.Responder is not null)
        {
            var reference = groups[0].Responders!.Value;
            foreach (var g in groups.Skip(1))
            {
                var r = g.Responders!.Value;
                comparisons.Add(new ResponderComparison(groups[0].Name, g.Name, FisherExactTest.Test(r.Successes, r.Trials - r.Successes, reference.Successes, reference.Trials - reference.Successes)));
            }
        }

        return new PreclinicalResult(design.Population.Inoculation?.DaysBeforeStart, groups, comparisons.ToImmutable());
    }

    private static ImmutableArray<GrowthCurve> Growth(PatientRecord[] rows, ImmutableArray<double> days)
    {
        var curves = ImmutableArray.CreateBuilder<GrowthCurve>();
        foreach (var lesion in rows.SelectMany(r => r.Tumours.Select(t => t.Lesion)).Distinct(StringComparer.Ordinal))
        {
            var series = rows.SelectMany(r => r.Tumours.Where(t => t.Lesion == lesion)).ToArray();
            var mean = new double[days.Length];
            var sd = new double[days.Length];
            for (var k = 0; k < days.Length; k++)
            {
                // Two passes (mean, then squared deviations) in row order: exact enough and deterministic.
                var m = series.Average(s => s.VolumesMm3[k]);
                mean[k] = m;
                sd[k] = series.Length > 1 ? Math.Sqrt(series.Sum(s => (s.VolumesMm3[k] - m) * (s.VolumesMm3[k] - m)) / (series.Length - 1)) : double.NaN;
            }

            curves.Add(new GrowthCurve(lesion, series.Any(s => s.Irradiated), days, [.. mean], [.. sd], series.Length));
        }

        return curves.ToImmutable();
    }
}
