using Abscopal.Pharmacology.Drugs;
using Abscopal.Pharmacology.Kinetics;
using Abscopal.Pharmacology.Regimens;

namespace Abscopal.Pharmacology.Tests.Kinetics;

public class LabelPharmacokineticsTests
{
    [Theory]
    [InlineData("pembrolizumab", 22, 0.32)]   // KEYTRUDA label §12.3: t½ 22 days, CV 32%.
    [InlineData("atezolizumab", 27, 0.15)]    // TECENTRIQ label: t½ 27 days.
    [InlineData("nivolumab", 25, 0.35)]       // OPDIVO label §12.3: t½ 25 days (label value includes the time-varying fall).
    [InlineData("durvalumab", 18, 0.35)]      // IMFINZI label: t½ ≈ 18 days.
    [InlineData("ipilimumab", 15.4, 0.15)]    // YERVOY label §12.3: t½ 15.4 days.
    public void Terminal_Half_Life_Of_A_70kg_Patient_Is_Near_The_Label(string drug, double labelDays, double relative)
    {
        double halfLife = DrugLibrary.Find(drug)!.Pk!.ForWeight(70).TerminalHalfLifeDays;
        Assert.InRange(halfLife, labelDays * (1 - relative), labelDays * (1 + relative));
    }

    [Fact]
    public void Pembrolizumab_200mg_Q3w_Accumulates_About_Twofold_And_Is_Near_Steady_State_By_16_Weeks()
    {
        // KEYTRUDA label §12.3: steady state by 16 weeks of Q3W dosing, systemic accumulation 2.1-fold [check: recalled];
        // clearance 23% lower at steady state than after the first dose. With the first-dose clearance held constant the
        // trough accumulation is the label's ≈ 2.1; the time-varying clearance raises it by about 1/(1 − 0.23).
        var pembrolizumab = DrugLibrary.Pembrolizumab;
        var regimen = RegimenLibrary.Find("pembrolizumab-200mg-q3w")!.Create(0, 35);
        var doses = regimen.ToInfusions(70, pembrolizumab.InfusionHours / 24);
        double[] days = [.. Enumerable.Range(0, 731)];
        var profile = TwoCompartmentPk.Simulate(pembrolizumab.Pk!, 70, doses, days);
        var stationary = TwoCompartmentPk.Simulate(pembrolizumab.Pk! with { TimeVarying = null }, 70, doses, days);
        Assert.InRange(stationary.TroughAccumulationRatio, 1.9, 2.3);
        Assert.InRange(profile.TroughAccumulationRatio / stationary.TroughAccumulationRatio, 1.2, 1.5);

        double week16 = profile.ConcentrationsUgPerMl[105];
        double year2 = profile.ConcentrationsUgPerMl[714];
        Assert.InRange(week16 / year2, 0.8, 1.0);
        Assert.Equal(195.0 / 252.0, pembrolizumab.Pk!.TimeVarying!.Factor(10_000), 3);
    }

    [Fact]
    public void Pembrolizumab_Trough_Keeps_Pd1_Saturated()
    {
        // Elassaiss-Schaap 2017: 2 mg/kg Q3W already gives ≥ 95% target engagement; 200 mg troughs sit far above KD 29 pM.
        var pembrolizumab = DrugLibrary.Pembrolizumab;
        var doses = RegimenLibrary.Find("pembrolizumab-200mg-q3w")!.Create(0, 1).ToInfusions(70, pembrolizumab.InfusionHours / 24);
        double trough = TwoCompartmentPk.ClosedForm(pembrolizumab.Pk!.ForWeight(70), doses, 21);
        Assert.InRange(trough, 10, 40);
        Assert.True(pembrolizumab.Occupancy(trough) > 0.99);
    }

    [Fact]
    public void Occupancy_Is_Half_At_Kd_And_Converts_Microgram_Per_Ml_To_Nanomolar()
    {
        // C/(C + KD): 1 µg/mL of a 150 kDa antibody is 6.667 nM, so 4.5 µg/mL is 30 nM = KD (Kosinsky anti-PD-L1).
        Assert.Equal(1000.0 / 150, ReceptorOccupancy.ToNanomolar(1, 150), 12);
        Assert.Equal(0.5, ReceptorOccupancy.Of(4.5, 30, 150), 12);
    }

    [Fact]
    public void Weight_Scaling_Follows_The_Published_Exponents()
    {
        // Ahamadi 2017 Table 3: CL ∝ (WT/76.8)^0.595, Vc ∝ (WT/76.8)^0.489.
        var pk = DrugLibrary.Pembrolizumab.Pk!;
        var reference = pk.ForWeight(76.8);
        var heavy = pk.ForWeight(2 * 76.8);
        Assert.Equal(Math.Pow(2, 0.595), heavy.ClearanceLitresPerDay / reference.ClearanceLitresPerDay, 12);
        Assert.Equal(Math.Pow(2, 0.489), heavy.CentralVolumeLitres / reference.CentralVolumeLitres, 12);
    }
}
