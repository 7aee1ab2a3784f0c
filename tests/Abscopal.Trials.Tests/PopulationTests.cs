using Abscopal.Models.Patients;
using Abscopal.Numerics.Random;
using Abscopal.Trials.Populations;

namespace Abscopal.Trials.Tests;

/// <summary>Virtual populations reproduce the published shares they are built from (../shared/SCIENCE.md §3b) and honour eligibility.</summary>
public class PopulationTests
{
    private const int N = 20_000;

    private static VirtualPatient[] Draw(PopulationSpec spec, ulong seed = 5) =>
        [.. Enumerable.Range(0, N).Select(i => new VirtualPopulation(spec).Sample(seed, i))];

    // Three binomial standard errors at N draws.
    private static double Tolerance(double p) => 3 * Math.Sqrt(p * (1 - p) / N);

    [Fact]
    public void Pretreated_Tnbc_Matches_Keynote355_Pdl1_Shares_And_The_Alc_Shares()
    {
        // Given pre-treated TNBC, any PD-L1, 2–5 lesions
        var patients = Draw(new PopulationSpec(HostSpecies.Human, BreastCancerSubtype.TripleNegative, line: LineOfTherapy.Pretreated, minLesions: 2, maxLesions: 5));

        // Then CPS ≥ 1 in 75.1% and ≥ 10 in 38.1% (KEYNOTE-355), ALC < 1000/µL in 19.3% and ≥ 1500/µL in 24% (SCIENCE.md §3b)
        double Share(Func<VirtualPatient, bool> f) => patients.Count(f) / (double)N;
        Assert.Equal(0.751, Share(p => p.Patient.Biomarkers.PdL1Cps >= 1), Tolerance(0.751));
        Assert.Equal(0.381, Share(p => p.Patient.Biomarkers.PdL1Cps >= 10), Tolerance(0.381));
        Assert.Equal(0.193, Share(p => p.Patient.Biomarkers.AlcPerMicrolitre < 1000), Tolerance(0.193));
        Assert.Equal(0.24, Share(p => p.Patient.Biomarkers.AlcPerMicrolitre >= 1500), Tolerance(0.24));

        // And the median TILs is KEYNOTE-086 cohort A's 5% (within 3 SE of a median: 3·1.2533·σ·m/√N on the log scale ≈ ±4%)
        var tils = patients.Select(p => p.Patient.Biomarkers.TilsPercent!.Value).Order().ToArray();
        Assert.Equal(5, tils[N / 2], 0.05 * 5);

        // And the mean doubling time is Ryu 2014's 103 days for TNBC (SD 43 → SE 0.3 d; ±1.5 d)
        Assert.Equal(103, patients.Average(p => p.DoublingTimeDays), 1.5);

        // And every patient has 2–5 measurable lesions (≥ 10 mm, nodes ≥ 15 mm) with a plausible sum, and lung lesions are
        // 41/(45+28+41+23+30) = 24.6% of lesions (J Breast Cancer 2016 TN column, node weight assumed)
        Assert.All(patients, p => Assert.InRange(p.Patient.Lesions.Length, 2, 5));
        Assert.All(patients.SelectMany(p => p.Patient.Lesions), l => Assert.True(l.DiameterMm >= (l.Site == AnatomicSite.LymphNode ? 15 : 10) - 1e-9));
        Assert.All(patients, p => Assert.True(p.Patient.Lesions.Sum(l => l.DiameterMm) <= VirtualPopulation.MaxSumOfDiametersMm + 1e-9));
        var lesions = patients.SelectMany(p => p.Patient.Lesions).ToArray();
        var lung = lesions.Count(l => l.Site == AnatomicSite.Lung) / (double)lesions.Length;
        Assert.Equal(41.0 / 167, lung, 3 * Math.Sqrt(0.25 * 0.75 / lesions.Length));
    }

    [Fact]
    public void First_Line_Pdl1_Positive_Enrols_Only_Cps_At_Least_1_With_Its_Alc_Shares()
    {
        var patients = Draw(new PopulationSpec(HostSpecies.Human, BreastCancerSubtype.TripleNegative, line: LineOfTherapy.FirstLine, pdL1: PdL1Status.Positive));
        Assert.All(patients, p => Assert.True(p.Patient.Biomarkers.PdL1Cps >= 1));

        // Conditioned exactly: P(CPS ≥ 10 | CPS ≥ 1) = 0.381/0.751 = 0.507
        Assert.Equal(0.381 / 0.751, patients.Count(p => p.Patient.Biomarkers.PdL1Cps >= 10) / (double)N, Tolerance(0.507));

        // ALC < 1000/µL in 3.9% (de novo) and ≥ 1500/µL in 56% (first-line) (SCIENCE.md §3b)
        Assert.Equal(0.039, patients.Count(p => p.Patient.Biomarkers.AlcPerMicrolitre < 1000) / (double)N, Tolerance(0.039));
        Assert.Equal(0.56, patients.Count(p => p.Patient.Biomarkers.AlcPerMicrolitre >= 1500) / (double)N, Tolerance(0.56));
    }

    [Fact]
    public void A_Patient_Is_A_Pure_Function_Of_Seed_And_Index()
    {
        var population = new VirtualPopulation(new PopulationSpec(HostSpecies.Human));
        var a = population.Sample(9, 123);
        var b = population.Sample(9, 123);
        Assert.Equal(a.Patient.Biomarkers, b.Patient.Biomarkers);
        Assert.True(a.Patient.Lesions.SequenceEqual(b.Patient.Lesions));
        Assert.Equal(a.Parameters.OrderBy(p => p.Key), b.Parameters.OrderBy(p => p.Key));
        Assert.NotEqual(population.Sample(9, 123).Patient.Biomarkers, population.Sample(9, 124).Patient.Biomarkers);
    }

    [Fact]
    public void A_Virtual_Twin_Keeps_What_Was_Measured_And_Draws_The_Rest()
    {
        // Given a real patient with measured CPS 12 and two lesions, no TILs, ALC or RSI measured
        var known = new Patient(HostSpecies.Human, 64, [Lesion.FromDiameter("liver1", AnatomicSite.Liver, 30), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 15)],
            BreastCancerSubtype.TripleNegative, biomarkers: new Biomarkers { PdL1Cps = 12 });
        var population = new VirtualPopulation(new PopulationSpec(HostSpecies.Human, line: LineOfTherapy.Pretreated, minLesions: 1, maxLesions: 5));

        // When 4000 twins are drawn
        var twins = Enumerable.Range(0, 4000).Select(i =>
        {
            var r = new RandomStream(3, (ulong)i);
            return population.SampleGiven(known, ref r, i);
        }).ToArray();

        // Then lesions, weight and CPS are the patient's; TILs vary, and with CPS above the median the copula (ρ = 0.5)
        // puts the twins' median TILs above the population median 5%
        Assert.All(twins, t => Assert.True(known.Lesions.SequenceEqual(t.Patient.Lesions)));
        Assert.All(twins, t => Assert.Equal(64, t.Patient.WeightKg));
        Assert.All(twins, t => Assert.Equal(12, t.Patient.Biomarkers.PdL1Cps));
        var tils = twins.Select(t => t.Patient.Biomarkers.TilsPercent!.Value).Order().ToArray();
        Assert.True(tils[2000] > 5, $"median TILs of twins {tils[2000]}");
        Assert.True(tils[^1] > 2 * tils[0]);
        Assert.Equal(4000, twins.Select(t => t.Parameters["kp"]).Distinct().Count());
    }

    [Fact]
    public void Impossible_Populations_Are_Refused_Naming_The_Field()
    {
        Assert.StartsWith("lesions.max", Assert.Throws<ArgumentException>(() => new PopulationSpec(HostSpecies.Human, minLesions: 4, maxLesions: 2)).Message, StringComparison.Ordinal);
        Assert.StartsWith("lesions.max", Assert.Throws<ArgumentException>(() => new PopulationSpec(HostSpecies.Human, minLesions: 1, maxLesions: 6)).Message, StringComparison.Ordinal);
        Assert.StartsWith("subtype", Assert.Throws<ArgumentException>(() => new PopulationSpec(HostSpecies.Mouse, BreastCancerSubtype.TripleNegative, MurineTumorLine.Tsa, maxLesions: 1)).Message, StringComparison.Ordinal);
        Assert.StartsWith("tumor_model", Assert.Throws<ArgumentException>(() => new PopulationSpec(HostSpecies.Mouse, maxLesions: 1)).Message, StringComparison.Ordinal);
    }
}
