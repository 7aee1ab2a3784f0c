using System.Collections.Immutable;
using Abscopal.Models;
using Abscopal.Models.Core;
using Abscopal.Models.Patients;
using Abscopal.Numerics.Random;

namespace Abscopal.Planning.Uncertainty;

/// <summary>
/// A first prior for abscopal-core: the parameters that are uncertain for one patient vary log-normally and independently
/// around their biomarker-derived values (<see cref="BiomarkerRelations"/>); a measured biomarker narrows its spread.
/// </summary>
/// <remarks>
/// Sample i of seed s draws from the random stream (s, i, <see cref="Substream"/>), so it does not depend on how many
/// samples, plans or threads there are. The virtual-population prior of Abscopal.Trials is meant to replace this one
/// through <see cref="IPatientPrior"/>.
/// </remarks>
public sealed class BiomarkerLogNormalPrior : IPatientPrior
{
    /// <summary>The substream of <see cref="RandomStream"/> used for prior draws.</summary>
    public const uint Substream = 0x504C414E; // "PLAN"

    private readonly ParameterSpread[] _spreads;

    /// <summary>Creates the prior from explicit spreads (medians in model units).</summary>
    public BiomarkerLogNormalPrior(IEnumerable<ParameterSpread> spreads)
    {
        ArgumentNullException.ThrowIfNull(spreads);
        _spreads = [.. spreads];
        foreach (var s in _spreads)
        {
            if (!(s.Median > 0 && double.IsFinite(s.Median)) || !(s.SigmaLog >= 0 && double.IsFinite(s.SigmaLog)) || s.ParameterIds.IsDefaultOrEmpty)
            {
                throw new ArgumentException($"spread '{s.Name}': need a finite median > 0, a finite σ ≥ 0 and at least one parameter.", nameof(spreads));
            }
        }

        Spreads = [.. _spreads];
    }

    /// <summary>The spreads, in draw order.</summary>
    public ImmutableArray<ParameterSpread> Spreads { get; }

    /// <inheritdoc/>
    public string Description => "log-normal around the biomarker-derived abscopal-core values: " + string.Join("; ", Spreads.Select(s => FormattableString.Invariant($"{s.Name} σ={s.SigmaLog:0.##}")));

    /// <summary>The prior for <paramref name="patient"/> under abscopal-core (human patients).</summary>
    /// <exception cref="ArgumentException">The patient is not human (the spreads are for patients).</exception>
    public static BiomarkerLogNormalPrior ForAbscopalCore(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (patient.Species != HostSpecies.Human)
        {
            throw new ArgumentException("species: the biomarker prior is for human patients; allowed: human.", nameof(patient));
        }

        var values = BuiltinModels.AbscopalCore.Prepare(patient, null).Values;
        var markers = patient.Biomarkers;
        var lesions = patient.Lesions.Select(l => l.Id).ToArray();
        var spreads = new List<ParameterSpread>
        {
            // Ryu 2014 (SCIENCE.md §3b): TN doubling time 103 ± 43 d → CV 0.42; HER2+ 162 ± 60 (0.37); ER+ 241 ± 166 (0.69).
            new("volume doubling time", ["Td"], values["Td"], SigmaFromCv(DoublingTimeCv(patient.Subtype)), "Ryu 2014 serial ultrasound (SCIENCE.md §3b): SD/mean of the subtype's doubling time, as a log-normal CV"),

            // Kosinsky 2018 Table 1: between-animal variability of SL (antigen at half-maximal influx) ω = 0.696, the model's key random effect.
            new("antigen at half-maximal priming", ["KA"], values["KA"], 0.696, "Kosinsky 2018 J Immunother Cancer 6:17, Table 1 (ΩSL 0.696, log-normal)"),
            new(
                "tumour α (RSI)",
                [.. lesions.Select(l => $"alpha_{l}")],
                values[$"alpha_{lesions[0]}"],
                markers.Rsi is null ? 0.4 : 0.25,
                markers.Rsi is null
                    ? "assumed: σ 0.4, α not measured (default RSI), spread of GARD-derived α across cohorts (Scott 2017) not read"
                    : "assumed: σ 0.25, RSI measured but does not track measured cell survival closely (Mistry 2023, SCIENCE.md §2)"),
            new(
                "priming capacity (TILs)",
                ["tilsScale"],
                values["tilsScale"],
                markers.TilsPercent is null ? SigmaFromCv(20.0 / 23.0) : 0.3,
                markers.TilsPercent is null
                    ? "SCIENCE.md §3b: stromal TILs in early TNBC mean 23%, SD 20 → CV 0.87 as a log-normal spread (TILs not measured)"
                    : "assumed: σ 0.3 for the inter-observer variability of TIL scoring (TILs measured)"),
            new(
                "baseline PD-L1",
                [.. lesions.Select(l => $"Pb_{l}")],
                values[$"Pb_{lesions[0]}"],
                markers.PdL1Cps is null ? 0.5 : 0.2,
                markers.PdL1Cps is null ? "assumed: σ 0.5, CPS not measured (subtype median used)" : "assumed: σ 0.2, CPS measured (assay and sampling variability)"),
            new(
                "baseline ALC",
                ["ALC0"],
                values["ALC0"],
                markers.AlcPerMicrolitre is null ? 0.35 : 0.1,
                markers.AlcPerMicrolitre is null ? "assumed: σ 0.35, ALC not measured (SCIENCE.md §3b: < 1000/µL in 14.5%, ≥ 1500/µL in 24–56% of metastatic cohorts)" : "assumed: σ 0.1, ALC measured (day-to-day variability)"),
        };
        return new BiomarkerLogNormalPrior(spreads);
    }

    /// <inheritdoc/>
    public ParameterSample Draw(ulong seed, int sampleIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sampleIndex);
        var stream = new RandomStream(seed, (ulong)sampleIndex, Substream);
        var values = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var s in _spreads)
        {
            var z = stream.NextStandardNormal();
            var value = s.Median * Math.Exp(s.SigmaLog * z);
            foreach (var id in s.ParameterIds)
            {
                values[id] = value;
            }
        }

        return new ParameterSample(sampleIndex, values.ToImmutable());
    }

    private static double DoublingTimeCv(BreastCancerSubtype? subtype) => subtype switch
    {
        BreastCancerSubtype.Her2Positive => 60.0 / 162,
        BreastCancerSubtype.HormoneReceptorPositiveHer2Negative => 166.0 / 241,
        _ => 43.0 / 103,
    };

    // A log-normal with coefficient of variation CV has σ = √ln(1 + CV²).
    private static double SigmaFromCv(double cv) => Math.Sqrt(Math.Log(1 + (cv * cv)));
}
