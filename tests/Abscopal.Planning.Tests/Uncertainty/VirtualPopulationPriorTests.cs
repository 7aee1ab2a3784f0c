using Abscopal.Models.Patients;
using Abscopal.Planning.Uncertainty;

namespace Abscopal.Planning.Tests.Uncertainty;

public class VirtualPopulationPriorTests
{
    private static Patient Patient(Biomarkers? markers = null) =>
        new(HostSpecies.Human, 65, [Lesion.FromDiameter("liver1", AnatomicSite.Liver, 30), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 20)], BreastCancerSubtype.TripleNegative, biomarkers: markers);

    [Fact]
    public void A_Sample_Is_A_Twin_That_Depends_Only_On_Seed_And_Index()
    {
        // Given the prior of a TNBC patient with PD-L1 CPS and ALC measured, TILs and RSI not
        var known = Patient(new Biomarkers { PdL1Cps = 5, AlcPerMicrolitre = 1400 });
        var prior = new VirtualPopulationPrior(known);

        // When sample 7 is drawn twice, and sample 8 once
        var a = prior.Draw(3, 7);
        var b = prior.Draw(3, 7);
        var c = prior.Draw(3, 8);

        // Then the repeats are identical and another index differs (doubling time and the drawn TILs)
        Assert.Equal(a.Parameters.OrderBy(p => p.Key), b.Parameters.OrderBy(p => p.Key));
        Assert.Equal(a.Patient!.Biomarkers, b.Patient!.Biomarkers);
        Assert.NotEqual(a.Parameters["Td"], c.Parameters["Td"]);
        Assert.NotEqual(a.Patient.Biomarkers.TilsPercent, c.Patient!.Biomarkers.TilsPercent);

        // And the twin keeps the lesions, weight, subtype and the measured biomarkers exactly, and has every biomarker
        Assert.Equal(known.Lesions.Select(l => (l.Id, l.Site, l.VolumeMm3)), a.Patient.Lesions.Select(l => (l.Id, l.Site, l.VolumeMm3)));
        Assert.Equal(65, a.Patient.WeightKg);
        Assert.Equal(BreastCancerSubtype.TripleNegative, a.Patient.Subtype);
        Assert.Equal(5, a.Patient.Biomarkers.PdL1Cps);
        Assert.Equal(1400, a.Patient.Biomarkers.AlcPerMicrolitre);
        Assert.NotNull(a.Patient.Biomarkers.TilsPercent);
        Assert.NotNull(a.Patient.Biomarkers.Rsi);
    }

    [Fact]
    public void Samples_Carry_The_Populations_Doubling_Time_And_Parameter_Variability()
    {
        // Given the prior and its population's stated distributions (doubling time log-normal with the population's median
        // and σ: Ryu 2014 for TNBC; each varied parameter log-normal around its point value with the stated CV)
        var prior = new VirtualPopulationPrior(Patient());
        var priors = prior.Population.Priors;

        // When 4000 samples are drawn
        var samples = Enumerable.Range(0, 4000).Select(i => prior.Draw(11, i)).ToArray();
        var (mean, sd) = LogMoments(samples.Select(s => s.Parameters["Td"]));

        // Then the log doubling time has mean ln(median) within 4 SE (σ/√4000) and SD σ within 4 SE (σ/√8000)
        Assert.InRange(mean, Math.Log(priors.DoublingMedianDays) - (4 * priors.DoublingSigma / Math.Sqrt(4000)), Math.Log(priors.DoublingMedianDays) + (4 * priors.DoublingSigma / Math.Sqrt(4000)));
        Assert.InRange(sd, priors.DoublingSigma * (1 - (4 / Math.Sqrt(8000))), priors.DoublingSigma * (1 + (4 / Math.Sqrt(8000))));

        // And every varied parameter has the log SD √ln(1 + CV²) within 4 SE
        foreach (var v in prior.Population.Variability)
        {
            var (_, vsd) = LogMoments(samples.Select(s => s.Parameters[v.ParameterId]));
            var sigma = Math.Sqrt(Math.Log(1 + (v.CoefficientOfVariation * v.CoefficientOfVariation)));
            Assert.InRange(vsd, sigma * (1 - (4 / Math.Sqrt(8000))), sigma * (1 + (4 / Math.Sqrt(8000))));
        }
    }

    [Fact]
    public void A_Mouse_Is_Refused_With_The_Field_Named()
    {
        // Given a mouse
        var mouse = Abscopal.Models.Patients.Patient.Mouse(MurineTumorLine.Tsa, 100);

        // When a prior is made for it, then the error names the species and what is allowed
        var ex = Assert.Throws<ArgumentException>(() => new VirtualPopulationPrior(mouse));
        Assert.StartsWith("species:", ex.Message, StringComparison.Ordinal);
    }

    private static (double Mean, double Sd) LogMoments(IEnumerable<double> values)
    {
        var logs = values.Select(v => Math.Log(v)).ToArray();
        var mean = logs.Average();
        return (mean, Math.Sqrt(logs.Sum(x => (x - mean) * (x - mean)) / (logs.Length - 1)));
    }
}
