using Abscopal.Models.Patients;
using Abscopal.Planning.Uncertainty;

namespace Abscopal.Planning.Tests.Uncertainty;

public class BiomarkerLogNormalPriorTests
{
    private static Patient Patient(Biomarkers? markers = null) =>
        new(HostSpecies.Human, 65, [Lesion.FromDiameter("liver1", AnatomicSite.Liver, 30), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 20)], BreastCancerSubtype.TripleNegative, biomarkers: markers);

    [Fact]
    public void A_Sample_Depends_Only_On_Seed_And_Index()
    {
        // Given the prior of a TNBC patient
        var prior = BiomarkerLogNormalPrior.ForAbscopalCore(Patient());

        // When sample 7 is drawn twice, and sample 8 once
        var a = prior.Draw(3, 7);
        var b = prior.Draw(3, 7);
        var c = prior.Draw(3, 8);

        // Then the repeats are identical, another index differs, and every lesion shares one α
        Assert.Equal(a.Parameters.OrderBy(p => p.Key), b.Parameters.OrderBy(p => p.Key));
        Assert.NotEqual(a.Parameters["Td"], c.Parameters["Td"]);
        Assert.Equal(a.Parameters["alpha_liver1"], a.Parameters["alpha_lung1"]);
    }

    [Fact]
    public void Log_Samples_Have_The_Stated_Median_And_Spread()
    {
        // Given the prior; the TNBC doubling time spread is Ryu 2014's CV 43/103 → σ = √ln(1 + 0.4175²) = 0.3990
        var prior = BiomarkerLogNormalPrior.ForAbscopalCore(Patient());
        var spread = prior.Spreads.Single(s => s.ParameterIds.Contains("Td"));
        Assert.Equal(Math.Sqrt(Math.Log(1 + Math.Pow(43.0 / 103, 2))), spread.SigmaLog, 12);
        Assert.Equal(103, spread.Median, 12);

        // When 4000 samples are drawn
        var logs = Enumerable.Range(0, 4000).Select(i => Math.Log(prior.Draw(11, i).Parameters["Td"])).ToArray();
        var mean = logs.Average();
        var sd = Math.Sqrt(logs.Sum(x => (x - mean) * (x - mean)) / (logs.Length - 1));

        // Then the log mean is ln 103 within 4 standard errors (σ/√4000 = 0.0063) and the log SD is σ within 4 SE (σ/√8000 = 0.0045)
        Assert.InRange(mean, Math.Log(103) - 0.025, Math.Log(103) + 0.025);
        Assert.InRange(sd, spread.SigmaLog - 0.018, spread.SigmaLog + 0.018);
    }

    [Fact]
    public void A_Measured_Biomarker_Narrows_Its_Spread_And_Every_Spread_Has_A_Source()
    {
        // Given a patient without biomarkers and one with TILs and ALC measured
        var none = BiomarkerLogNormalPrior.ForAbscopalCore(Patient());
        var measured = BiomarkerLogNormalPrior.ForAbscopalCore(Patient(new Biomarkers { TilsPercent = 20, AlcPerMicrolitre = 900 }));

        // When their spreads are compared
        double Sigma(BiomarkerLogNormalPrior p, string id) => p.Spreads.Single(s => s.ParameterIds.Contains(id)).SigmaLog;

        // Then measuring narrows, the medians follow the biomarkers (TILs 20% → scale 4; ALC 900), and every source is given
        Assert.True(Sigma(measured, "tilsScale") < Sigma(none, "tilsScale"));
        Assert.True(Sigma(measured, "ALC0") < Sigma(none, "ALC0"));
        Assert.Equal(4, measured.Spreads.Single(s => s.ParameterIds.Contains("tilsScale")).Median, 12);
        Assert.Equal(900, measured.Spreads.Single(s => s.ParameterIds.Contains("ALC0")).Median, 12);
        Assert.All(none.Spreads, s => Assert.False(string.IsNullOrWhiteSpace(s.Source)));
    }
}
