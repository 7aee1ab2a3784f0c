using System.Collections.Immutable;
using Abscopal.Models.Core;
using Abscopal.Models.Patients;
using Abscopal.Numerics.Random;
using Abscopal.Numerics.Statistics;

namespace Abscopal.Trials.Populations;

/// <summary>
/// A virtual population: eligible, plausible patients drawn from documented priors (<see cref="PopulationPriors"/>) with
/// between-patient parameter variability (<see cref="ParameterVariability"/>). Patient i of seed s is a pure function of
/// (s, i); <see cref="SampleGiven"/> keeps what one real patient has measured and draws the rest (a patient prior for planning).
/// </summary>
public sealed class VirtualPopulation
{
    /// <summary>Most draws of one patient before the plausibility filter is declared impossible to meet.</summary>
    public const int MaxAttempts = 1000;

    /// <summary>Largest plausible sum of target-lesion diameters, in mm (assumed: beyond this a patient is rarely fit for a trial).</summary>
    public const double MaxSumOfDiametersMm = 250;

    private readonly double[] _medians;
    private readonly double _siteWeightTotal;

    /// <summary>
    /// Creates the population of <paramref name="spec"/> with its default priors and variability unless given; the default
    /// variability is <see cref="CalibratedPopulation.Variability"/> (humans calibrated to KEYNOTE-086 cohort A; mice uncalibrated, see <see cref="CalibratedPopulation.MouseVariability"/>).
    /// </summary>
    public VirtualPopulation(PopulationSpec spec, PopulationPriors? priors = null, IEnumerable<ParameterVariability>? variability = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Spec = spec;
        Priors = priors ?? (spec.Species == HostSpecies.Human ? PopulationPriors.ForHuman(spec.Subtype!.Value, spec.Line) : PopulationPriors.ForMouse(spec.TumorLine!.Value));
        Variability = variability is null ? CalibratedPopulation.Variability(spec.Species) : [.. variability];
        var template = Template(spec);
        var points = CoreParameterSets.For(template).ToDictionary(p => p.Id, p => p.Value, StringComparer.Ordinal);
        foreach (var v in Variability)
        {
            if (!(v.CoefficientOfVariation >= 0 && double.IsFinite(v.CoefficientOfVariation) && v.MedianScale > 0 && double.IsFinite(v.MedianScale)))
            {
                throw new ArgumentException($"variability: '{v.ParameterId}' needs a coefficient of variation that is finite and ≥ 0 and a median scale that is finite and > 0 (got {v.CoefficientOfVariation}, {v.MedianScale}).", nameof(variability));
            }
        }

        _medians = Variability.Select(v => points.TryGetValue(v.ParameterId, out var x) ? x * v.MedianScale : throw new ArgumentException($"variability: '{v.ParameterId}' is not an abscopal-core parameter; allowed: {string.Join(", ", points.Keys.Order(StringComparer.Ordinal))}.", nameof(variability))).ToArray();
        _siteWeightTotal = Priors.Sites.Sum(s => s.Weight);
    }

    /// <summary>Who is eligible.</summary>
    public PopulationSpec Spec { get; }

    /// <summary>The distributions patients are drawn from.</summary>
    public PopulationPriors Priors { get; }

    /// <summary>Between-patient variability of model parameters.</summary>
    public ImmutableArray<ParameterVariability> Variability { get; }

    /// <summary>Patient <paramref name="index"/> of the population with seed <paramref name="seed"/> (stream (seed, index)).</summary>
    public VirtualPatient Sample(ulong seed, long index)
    {
        var random = new RandomStream(seed, (ulong)index);
        return Sample(ref random, index);
    }

    /// <summary>Draws an eligible, plausible patient from <paramref name="random"/>.</summary>
    /// <exception cref="InvalidOperationException">No plausible patient in <see cref="MaxAttempts"/> draws.</exception>
    public VirtualPatient Sample(ref RandomStream random, long index)
    {
        if (Spec.Inoculation is { } inoculation)
        {
            return Complete(ref random, index, Inoculated(ref random, inoculation), weightKg: null, Biomarkers.None);
        }

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var count = Spec.MinLesions + random.NextInt32(Spec.MaxLesions - Spec.MinLesions + 1);
            var drawn = new (AnatomicSite Site, double DiameterMm)[count];
            var sum = 0.0;
            for (var k = 0; k < count; k++)
            {
                var site = DrawSite(ref random);
                var diameter = DrawDiameter(ref random, site);
                drawn[k] = (site, diameter);
                sum += diameter;
            }

            if (Spec.Species == HostSpecies.Human && sum > MaxSumOfDiametersMm)
            {
                continue;
            }

            return Complete(ref random, index, Lesions(drawn), weightKg: null, Biomarkers.None);
        }

        throw new InvalidOperationException($"population: no plausible patient in {MaxAttempts} draws; widen lesions or the plausibility bounds.");
    }

    /// <summary>
    /// A virtual twin of <paramref name="known"/>: its lesions, weight and measured biomarkers are kept; unmeasured biomarkers
    /// (conditioned on the measured ones through the TILs–PD-L1 copula), the doubling time and the varied parameters are drawn.
    /// </summary>
    public VirtualPatient SampleGiven(Patient known, ref RandomStream random, long index = 0)
    {
        ArgumentNullException.ThrowIfNull(known);
        if (known.Species != Spec.Species)
        {
            throw new ArgumentException($"species: the patient is a {known.Species.Id()}, the population is of {Spec.Species.Id()}s.", nameof(known));
        }

        return Complete(ref random, index, known.Lesions, known.WeightKg, known.Biomarkers);
    }

    private VirtualPatient Complete(ref RandomStream random, long index, IEnumerable<Lesion> lesions, double? weightKg, Biomarkers known)
    {
        var human = Spec.Species == HostSpecies.Human;
        var parameters = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        parameters["Td"] = Priors.DoublingMedianDays * Math.Exp(Priors.DoublingSigma * random.NextStandardNormal());
        for (var v = 0; v < Variability.Length; v++)
        {
            // A fixed (CV 0) entry draws nothing, so adding one leaves every other draw of the patient unchanged.
            var sigma = Variability[v].Sigma;
            parameters[Variability[v].ParameterId] = sigma > 0 ? _medians[v] * Math.Exp(sigma * random.NextStandardNormal()) : _medians[v];
        }

        var alc = known.AlcPerMicrolitre ?? Math.Clamp(Math.Exp(Priors.AlcMu + (Priors.AlcSigma * random.NextStandardNormal())), 1, 20000);
        if (!human)
        {
            var mouse = new Patient(HostSpecies.Mouse, weightKg ?? 0.020, lesions, tumorLine: Spec.TumorLine, biomarkers: known with { AlcPerMicrolitre = alc });
            return new VirtualPatient(index, mouse, parameters.ToImmutable());
        }

        // PD-L1 drawn within the eligible range of its distribution (exact conditioning); TILs through the copula.
        double zCps;
        double cps;
        if (known.PdL1Cps is { } measured)
        {
            cps = measured;
            zCps = Normal.Quantile(Math.Clamp(Priors.Cps.Cdf(cps), 1e-6, 1 - 1e-6));
        }
        else
        {
            var (low, high) = Spec.PdL1 switch
            {
                PdL1Status.Negative => (0.0, 1 - Priors.Cps.ShareAtLeast1),
                PdL1Status.Positive => (1 - Priors.Cps.ShareAtLeast1, 1.0),
                PdL1Status.Cps10 => (1 - Priors.Cps.ShareAtLeast10, 1.0),
                _ => (0.0, 1.0),
            };
            var u = low + ((high - low) * random.NextOpenDouble());
            cps = Math.Clamp(Priors.Cps.Quantile(u), 0, 100);
            zCps = Normal.Quantile(u);
        }

        var rho = Priors.TilsCpsCorrelation;
        var zTils = (rho * zCps) + (Math.Sqrt(1 - (rho * rho)) * random.NextStandardNormal());
        var tils = known.TilsPercent ?? Math.Min(100, Priors.TilsMedianPercent * Math.Exp(Priors.TilsSigma * zTils));
        var rsi = known.Rsi ?? random.NextTruncatedNormal(BiomarkerRelations.DefaultRsi, 0.10, 0.1, 0.8);
        var weight = weightKg ?? random.NextTruncatedNormal(70, 13, 40, 150);
        var markers = new Biomarkers { PdL1Cps = cps, TilsPercent = tils, Rsi = rsi, AlcPerMicrolitre = alc };
        var patient = new Patient(HostSpecies.Human, weight, lesions, Spec.Subtype, biomarkers: markers);
        return new VirtualPatient(index, patient, parameters.ToImmutable());
    }

    // Mice with named, inoculated flank tumours: volume at treatment start log-normal around each tumour's median.
    private static Lesion[] Inoculated(ref RandomStream random, Inoculation inoculation)
    {
        var lesions = new Lesion[inoculation.Tumours.Length];
        for (var k = 0; k < lesions.Length; k++)
        {
            var tumour = inoculation.Tumours[k];
            var volume = tumour.VolumeMm3 * Math.Exp(tumour.SdLog * random.NextStandardNormal());
            lesions[k] = new Lesion(tumour.Name, AnatomicSite.Flank, Math.Clamp(volume, 0.01, Lesion.MaxVolumeMm3));
        }

        return lesions;
    }

    private AnatomicSite DrawSite(ref RandomStream random)
    {
        var u = random.NextDouble() * _siteWeightTotal;
        foreach (var (site, weight) in Priors.Sites)
        {
            if (u < weight)
            {
                return site;
            }

            u -= weight;
        }

        return Priors.Sites[^1].Site;
    }

    // Log-normal truncated to the measurable range by inverting the CDF over the admitted interval (exact, one draw).
    private double DrawDiameter(ref RandomStream random, AnatomicSite site)
    {
        var human = Spec.Species == HostSpecies.Human;
        var low = human ? (site == AnatomicSite.LymphNode ? 15 : PopulationPriors.MinTargetDiameterMm) : 0.5;
        var high = human ? PopulationPriors.MaxTargetDiameterMm : 50;
        var mu = Math.Log(Priors.DiameterMedianMm);
        var sigma = Priors.DiameterSigma;
        var a = Normal.Cdf((Math.Log(low) - mu) / sigma);
        var b = Normal.Cdf((Math.Log(high) - mu) / sigma);
        var u = a + ((b - a) * random.NextOpenDouble());
        return Math.Clamp(Math.Exp(mu + (sigma * Normal.Quantile(u))), low, high);
    }

    // Lesions ordered by site, then largest first, named site + rank ("liver1"), so that patients with the same sites share one compiled model.
    private static Lesion[] Lesions((AnatomicSite Site, double DiameterMm)[] drawn)
    {
        Array.Sort(drawn, (x, y) => x.Site != y.Site ? x.Site.CompareTo(y.Site) : y.DiameterMm.CompareTo(x.DiameterMm));
        var lesions = new Lesion[drawn.Length];
        var rank = 0;
        for (var k = 0; k < drawn.Length; k++)
        {
            rank = k > 0 && drawn[k].Site == drawn[k - 1].Site ? rank + 1 : 1;
            lesions[k] = Lesion.FromDiameter(drawn[k].Site.Id() + rank.ToString(System.Globalization.CultureInfo.InvariantCulture), drawn[k].Site, drawn[k].DiameterMm);
        }

        return lesions;
    }

    private static Patient Template(PopulationSpec spec) => spec.Species == HostSpecies.Human
        ? new Patient(HostSpecies.Human, 70, [Lesion.FromDiameter("t", AnatomicSite.Liver, 20)], spec.Subtype)
        : Patient.Mouse(spec.TumorLine!.Value, 100);
}
