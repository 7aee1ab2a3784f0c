using System.Collections.Immutable;
using Abscopal.Models.Patients;
using Abscopal.Numerics.Statistics;

namespace Abscopal.Trials.Populations;

/// <summary>
/// The documented distributions a virtual population is drawn from, per subtype and line of therapy (../shared/SCIENCE.md
/// §3b) or per murine line: sites of metastasis, lesion count and size, volume doubling time, PD-L1 CPS, stromal TILs,
/// baseline ALC, RSI and weight, with the TILs–PD-L1 correlation. <see cref="Entries"/> lists each with its source.
/// </summary>
public sealed class PopulationPriors
{
    private const string Science = "../shared/SCIENCE.md §3b";

    private PopulationPriors(ImmutableArray<(AnatomicSite Site, double Weight)> sites, double diameterMedianMm, double diameterSigma, double doublingMedianDays, double doublingSigma,
        CpsDistribution cps, double tilsMedian, double tilsSigma, double alcMu, double alcSigma, double tilsCpsCorrelation, ImmutableArray<PriorEntry> entries)
    {
        Sites = sites;
        DiameterMedianMm = diameterMedianMm;
        DiameterSigma = diameterSigma;
        DoublingMedianDays = doublingMedianDays;
        DoublingSigma = doublingSigma;
        Cps = cps;
        TilsMedianPercent = tilsMedian;
        TilsSigma = tilsSigma;
        AlcMu = alcMu;
        AlcSigma = alcSigma;
        TilsCpsCorrelation = tilsCpsCorrelation;
        Entries = entries;
    }

    /// <summary>Relative weight of each site for a lesion (share of patients with a metastasis there).</summary>
    public ImmutableArray<(AnatomicSite Site, double Weight)> Sites { get; }

    /// <summary>Median longest diameter of a target lesion (mouse: of the tumour at day 0), in mm.</summary>
    public double DiameterMedianMm { get; }

    /// <summary>Log-scale SD of the lesion diameter.</summary>
    public double DiameterSigma { get; }

    /// <summary>Median volume doubling time, in days.</summary>
    public double DoublingMedianDays { get; }

    /// <summary>Log-scale SD of the doubling time.</summary>
    public double DoublingSigma { get; }

    /// <summary>PD-L1 CPS distribution.</summary>
    public CpsDistribution Cps { get; }

    /// <summary>Median stromal TILs, in percent.</summary>
    public double TilsMedianPercent { get; }

    /// <summary>Log-scale SD of the TILs.</summary>
    public double TilsSigma { get; }

    /// <summary>Log-scale mean of the baseline ALC (ln cells/µL).</summary>
    public double AlcMu { get; }

    /// <summary>Log-scale SD of the baseline ALC.</summary>
    public double AlcSigma { get; }

    /// <summary>Correlation of the normal scores of TILs and PD-L1 CPS (Gaussian copula).</summary>
    public double TilsCpsCorrelation { get; }

    /// <summary>Every ingredient with its distribution and source.</summary>
    public ImmutableArray<PriorEntry> Entries { get; }

    /// <summary>Smallest measurable target lesion, in mm (RECIST 1.1 §3.1: 10 mm by CT; nodes 15 mm short axis).</summary>
    public const double MinTargetDiameterMm = 10;

    /// <summary>Largest lesion diameter drawn, in mm (assumed plausibility bound).</summary>
    public const double MaxTargetDiameterMm = 100;

    /// <summary>The priors of a human population.</summary>
    public static PopulationPriors ForHuman(BreastCancerSubtype subtype, LineOfTherapy line)
    {
        var e = ImmutableArray.CreateBuilder<PriorEntry>();

        // Sites (J Breast Cancer 2016, n = 1350, PMC5040895; HR+/HER2− as the mean of luminal A and B).
        (double Bone, double Liver, double Lung, double Brain) pct = subtype switch
        {
            BreastCancerSubtype.TripleNegative => (45, 28, 41, 23),
            BreastCancerSubtype.Her2Positive => (39, 40, 35, 25),
            _ => (60, 29.5, 30.5, 12.5),
        };
        const double NodeWeight = 30;
        var sites = ImmutableArray.Create((AnatomicSite.Liver, pct.Liver), (AnatomicSite.Lung, pct.Lung), (AnatomicSite.Bone, pct.Bone), (AnatomicSite.Brain, pct.Brain), (AnatomicSite.LymphNode, NodeWeight));
        e.Add(new("site of each target lesion", $"categorical ∝ bone {pct.Bone}, liver {pct.Liver}, lung {pct.Lung}, brain {pct.Brain} (% of relapsed patients), lymph node {NodeWeight}", $"J Breast Cancer 2016 (n = 1350, PMC5040895) via {Science}; lymph node weight assumed (not in the table); sites independent between lesions: assumed"));
        e.Add(new("number of target lesions", "uniform integer on [lesions.min, lesions.max]", "assumed: no published distribution of RECIST target-lesion counts read"));
        e.Add(new("target lesion longest diameter, mm", $"log-normal median 22, σ 0.45, truncated to [{MinTargetDiameterMm}, {MaxTargetDiameterMm}] (nodes ≥ 15)", "assumed: typical 1–4 cm target lesions; lower bound RECIST 1.1 §3.1 measurability"));

        // Doubling time (Ryu 2014): mean ± SD → log-normal with that mean and SD.
        (double Mean, double Sd) td = subtype switch
        {
            BreastCancerSubtype.TripleNegative => (103, 43),
            BreastCancerSubtype.Her2Positive => (162, 60),
            _ => (241, 166),
        };
        var tdSigma = Math.Sqrt(Math.Log(1 + (td.Sd * td.Sd / (td.Mean * td.Mean))));
        var tdMedian = td.Mean / Math.Exp(tdSigma * tdSigma / 2);
        e.Add(new("volume doubling time, days", $"log-normal with mean {td.Mean} and SD {td.Sd} (median {tdMedian:0.#}, σ {tdSigma:0.###})", $"Ryu 2014 (serial ultrasound, n = 66) via {Science}"));

        // PD-L1 CPS (22C3).
        var cps = subtype == BreastCancerSubtype.TripleNegative ? new CpsDistribution(0.751, 0.381) : new CpsDistribution(0.5, 0.155);
        e.Add(new("PD-L1 CPS", $"piecewise: P(CPS ≥ 1) = {cps.ShareAtLeast1}, P(CPS ≥ 10) = {cps.ShareAtLeast10}; uniform below 1, log-uniform on [1, 10) and [10, 100]",
            subtype == BreastCancerSubtype.TripleNegative
                ? $"KEYNOTE-355 metastatic TNBC (CPS ≥ 1 in 75.1%, ≥ 10 in 38.1%) via {Science}; shape within the bins assumed"
                : $"real-world 22C3 HR+/HER2− (median CPS 1.0, 15.5% CPS ≥ 10) via {Science}; {(subtype == BreastCancerSubtype.Her2Positive ? "HER2+ assumed equal to HR+/HER2− (no figure read); " : string.Empty)}shape within the bins assumed"));

        // Stromal TILs: KEYNOTE-086 medians by cohort; spread from early TNBC IQR 4–30% (σ = ln(30/4)/1.349).
        var tilsMedian = line == LineOfTherapy.FirstLine ? 17.5 : 5;
        var tilsSigma = Math.Log(30.0 / 4) / 1.349;
        e.Add(new("stromal TILs, %", $"log-normal median {tilsMedian}, σ {tilsSigma:0.###}, capped at 100",
            $"median: KEYNOTE-086 cohort {(line == LineOfTherapy.FirstLine ? "B (first line, PD-L1+) 17.5%" : "A (pre-treated) 5%")} via {Science}; σ from early-TNBC IQR 4–30% (assumed to carry over); {(subtype == BreastCancerSubtype.TripleNegative ? string.Empty : "TNBC values used for this subtype (assumed); ")}"));
        const double Rho = 0.5;
        e.Add(new("TILs–PD-L1 correlation", $"Gaussian copula, ρ = {Rho}", "assumed: TILs and PD-L1 co-vary (adaptive PD-L1 induction, SCIENCE.md §1); no coefficient read"));

        // Baseline ALC: log-normal through two published shares of the metastatic population.
        (double Below1000, double AtLeast1500) alc = line == LineOfTherapy.FirstLine ? (0.039, 0.56) : (0.193, 0.24);
        var z1 = Normal.Quantile(alc.Below1000);
        var z2 = Normal.Quantile(1 - alc.AtLeast1500);
        var alcSigma = Math.Log(1.5) / (z2 - z1);
        var alcMu = Math.Log(1000) - (z1 * alcSigma);
        e.Add(new("baseline ALC, cells/µL", $"log-normal through P(< 1000) = {alc.Below1000} and P(≥ 1500) = {alc.AtLeast1500} (median {Math.Exp(alcMu):0}, σ {alcSigma:0.###})",
            $"< 1000/µL in {(line == LineOfTherapy.FirstLine ? "3.9% (de novo)" : "19.3% (recurrent)")} of metastatic patients; ≥ 1500/µL in {(line == LineOfTherapy.FirstLine ? "56% (first-line" : "24% (pre-treated")} eribulin cohorts), via {Science}; pairing of the two sources assumed"));
        e.Add(new("RSI", "normal mean 0.42, SD 0.10, truncated to [0.1, 0.8]", "assumed: centred on BiomarkerRelations.DefaultRsi (Scott 2017 GARD cohorts); spread not read"));
        e.Add(new("body weight, kg", "normal mean 70, SD 13, truncated to [40, 150]", "assumed: adult women; no trial weight distribution read"));
        return new PopulationPriors(sites, 22, 0.45, tdMedian, tdSigma, cps, tilsMedian, tilsSigma, alcMu, alcSigma, Rho, e.ToImmutable());
    }

    /// <summary>The priors of a mouse cohort of a murine line.</summary>
    public static PopulationPriors ForMouse(MurineTumorLine line)
    {
        var e = ImmutableArray.CreateBuilder<PriorEntry>();
        var sites = ImmutableArray.Create((AnatomicSite.Flank, 1.0));
        var medianDiameter = LesionGeometry.DiameterFromVolume(100);
        e.Add(new("tumour volume at day 0, mm³", "log-normal median 100, σ 0.3 (diameter median 5.76 mm, σ 0.1)", $"assumed: treatment starts at ≈ 100 mm³ in the {line.Id()} experiments of SCIENCE.md §5; spread not read"));
        var td = Math.Log(2) / (0.4 - 0.01);
        e.Add(new("volume doubling time at small size, days", $"log-normal median {td:0.###}, σ 0.2", "median: CoreParameterSets (Kosinsky 2018 CT26 r, d0); between-animal σ 0.2 assumed (Kosinsky 2018 put its random effect on T-cell influx, not on growth: see ParameterVariability)"));
        e.Add(new("baseline ALC, cells/µL", "log-normal median 5000, σ 0.2", "median: BiomarkerRelations.DefaultAlc (assumed for BALB/c); σ assumed"));
        return new PopulationPriors(sites, medianDiameter, 0.1, td, 0.2, new CpsDistribution(0.5, 0.1), 5, 0.5, Math.Log(5000), 0.2, 0, e.ToImmutable());
    }
}
