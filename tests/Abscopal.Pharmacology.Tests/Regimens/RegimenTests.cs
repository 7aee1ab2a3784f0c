using Abscopal.Pharmacology.Drugs;
using Abscopal.Pharmacology.Regimens;

namespace Abscopal.Pharmacology.Tests.Regimens;

public class RegimenTests
{
    [Fact]
    public void Every_Named_Regimen_Names_A_Known_Drug_And_A_Source()
    {
        Assert.All(RegimenLibrary.All, r =>
        {
            Assert.NotNull(DrugLibrary.Find(r.Drug));
            Assert.Matches(@"label|\d{4}", r.Source);
        });
    }

    [Theory]
    [InlineData("pembrolizumab-200mg-q3w", 200, 21)]  // KEYTRUDA label.
    [InlineData("pembrolizumab-400mg-q6w", 400, 42)]
    [InlineData("atezolizumab-840mg-q2w", 840, 14)]   // TECENTRIQ label.
    [InlineData("atezolizumab-1200mg-q3w", 1200, 21)]
    [InlineData("nivolumab-240mg-q2w", 240, 14)]      // OPDIVO label.
    [InlineData("nivolumab-480mg-q4w", 480, 28)]
    [InlineData("durvalumab-1500mg-q4w", 1500, 28)]   // IMFINZI label.
    public void Clinical_Flat_Doses_Match_The_Labels(string name, double mg, double interval)
    {
        var regimen = RegimenLibrary.Find(name)!.Create(startDay: 7, periods: 3);
        Assert.Equal(mg, regimen.Dose.MgFor(70));
        Assert.Equal([7, 7 + interval, 7 + (2 * interval)], regimen.Days);
    }

    [Fact]
    public void Ipilimumab_Is_Weight_Based_With_Four_Doses()
    {
        // YERVOY label: 3 mg/kg every 3 weeks × 4.
        var regimen = RegimenLibrary.Find("ipilimumab-3mgkg-q3w-x4")!.Create(0);
        Assert.Equal([0.0, 21, 42, 63], regimen.Days);
        Assert.Equal(210, regimen.Dose.MgFor(70), 12);
    }

    [Fact]
    public void Dovedi_Anti_Pd_L1_Is_10_Mg_Per_Kg_Three_Times_A_Week_For_Three_Weeks()
    {
        // Dovedi 2014 (SCIENCE.md §3): 10 mg/kg three times a week for up to 3 weeks; a 20 g mouse gets 0.2 mg.
        var regimen = RegimenLibrary.Find("murine-anti-pd-l1-10mgkg-3x-week")!.Create(7);
        Assert.Equal([7.0, 9, 11, 14, 16, 18, 21, 23, 25], regimen.Days);
        Assert.Equal(0.2, regimen.Dose.MgFor(RegimenLibrary.MouseWeightKg), 12);
    }

    [Fact]
    public void An_Open_Ended_Regimen_Needs_A_Number_Of_Periods()
    {
        Assert.Throws<ArgumentNullException>(() => RegimenLibrary.Find("pembrolizumab-200mg-q3w")!.Create(0));
    }

    [Fact]
    public void Invalid_Doses_Throw_Naming_The_Parameter()
    {
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => DrugDose.Flat(0)).ParamName);
        Assert.Equal("cycles", Assert.Throws<ArgumentOutOfRangeException>(() => new DrugRegimen("nivolumab", DrugDose.Flat(240), 0, 14, 0)).ParamName);
    }
}
