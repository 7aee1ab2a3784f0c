using System.Globalization;
using Abscopal.Models.Patients;
using Abscopal.Numerics.Random;
using Abscopal.Trials.Populations;

namespace Abscopal.Planning.Uncertainty;

/// <summary>
/// The patient's parameters as a virtual-population prior conditioned on what was measured: each sample is a virtual twin
/// from <see cref="VirtualPopulation.SampleGiven"/> (the patient's lesions, weight and measured biomarkers kept; unmeasured
/// biomarkers, the doubling time and the between-patient parameter variability drawn from the population's priors).
/// </summary>
/// <remarks>
/// Sample i of seed s draws from the random stream (s, i, <see cref="Substream"/>), so it does not depend on how many
/// samples, plans or threads there are. The population is the default one of Abscopal.Trials for the patient's subtype
/// (any line of therapy, any PD-L1 status: a measured CPS is kept as it is).
/// </remarks>
public sealed class VirtualPopulationPrior : IPatientPrior
{
    /// <summary>The substream of <see cref="RandomStream"/> used for prior draws.</summary>
    public const uint Substream = 0x504C414E; // "PLAN"

    private readonly Patient _patient;

    /// <summary>Creates the prior of <paramref name="patient"/> within <paramref name="population"/> (null: the default population of the patient's subtype).</summary>
    /// <exception cref="ArgumentException">The patient is not human, or not of the population's species.</exception>
    public VirtualPopulationPrior(Patient patient, VirtualPopulation? population = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (patient.Species != HostSpecies.Human)
        {
            throw new ArgumentException("species: the planning prior is a virtual population of patients; allowed: human.", nameof(patient));
        }

        _patient = patient;
        Population = population ?? new VirtualPopulation(new PopulationSpec(HostSpecies.Human, patient.Subtype ?? BreastCancerSubtype.TripleNegative));
        if (Population.Spec.Species != patient.Species)
        {
            throw new ArgumentException("species: the population is not of humans.", nameof(population));
        }
    }

    /// <summary>The population the twins are drawn from.</summary>
    public VirtualPopulation Population { get; }

    /// <inheritdoc/>
    public string Description
    {
        get
        {
            var m = _patient.Biomarkers;
            var measured = new List<string>();
            var drawn = new List<string>();
            (m.PdL1Cps is null ? drawn : measured).Add("PD-L1 CPS");
            (m.TilsPercent is null ? drawn : measured).Add("TILs");
            (m.Rsi is null ? drawn : measured).Add("RSI");
            (m.AlcPerMicrolitre is null ? drawn : measured).Add("ALC");
            var varied = string.Join(", ", Population.Variability.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.ParameterId} CV {v.CoefficientOfVariation:0.##}{(v.MedianScale == 1 ? string.Empty : $" around × {v.MedianScale:0.###} of its point value")}")));
            return string.Create(
                CultureInfo.InvariantCulture,
                $"virtual twins from the {Population.Spec.Subtype?.ToString() ?? "human"} virtual population (Abscopal.Trials): lesions, weight and measured biomarkers kept ({(measured.Count == 0 ? "none measured" : string.Join(", ", measured))}); drawn: {(drawn.Count == 0 ? string.Empty : string.Join(", ", drawn) + ", ")}doubling time, {varied}");
        }
    }

    /// <inheritdoc/>
    public ParameterSample Draw(ulong seed, int sampleIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sampleIndex);
        var stream = new RandomStream(seed, (ulong)sampleIndex, Substream);
        var twin = Population.SampleGiven(_patient, ref stream, sampleIndex);

        // The twin's biomarkers on the patient as given (its subtype and lesion ids stay the problem's).
        var patient = new Patient(_patient.Species, _patient.WeightKg, _patient.Lesions, _patient.Subtype, _patient.TumorLine, twin.Patient.Biomarkers);
        return new ParameterSample(sampleIndex, twin.Parameters, patient);
    }
}
