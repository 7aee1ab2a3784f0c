using Abscopal.Models.Patients;

namespace Abscopal.Models.Tests.Patients;

public class PatientTests
{
    [Fact]
    public void A_30_Mm_Lesion_Is_A_Sphere_Of_14137_Mm3_And_Back()
    {
        // Given the sphere convention V = π·d³/6 (SCIENCE.md §5): π·27000/6 = 14137.17 mm³
        var lesion = Lesion.FromDiameter("liver1", AnatomicSite.Liver, 30);

        // Then the volume and the diameter recovered from it are exact to rounding
        Assert.Equal(Math.PI * 27000 / 6, lesion.VolumeMm3, 9);
        Assert.Equal(30, lesion.DiameterMm, 12);
        Assert.Equal(0, LesionGeometry.DiameterFromVolume(0));
    }

    [Fact]
    public void A_Negative_Volume_Is_Gone_But_A_NaN_Volume_Stays_Unknown()
    {
        // Given a solver undershoot (−1e-9 mm³) and a failed value (NaN)
        // Then the undershoot reads as no tumour, and NaN is not silently turned into a 0 mm (complete-response) diameter
        Assert.Equal(0, LesionGeometry.DiameterFromVolume(-1e-9));
        Assert.True(double.IsNaN(LesionGeometry.DiameterFromVolume(double.NaN)));
        Assert.Equal(double.PositiveInfinity, LesionGeometry.DiameterFromVolume(double.PositiveInfinity));
    }

    [Theory]
    [InlineData("TNBC", BreastCancerSubtype.TripleNegative)]
    [InlineData("hr+/her2-", BreastCancerSubtype.HormoneReceptorPositiveHer2Negative)]
    [InlineData("HER2+", BreastCancerSubtype.Her2Positive)]
    public void Subtype_Ids_Round_Trip(string id, BreastCancerSubtype subtype)
    {
        Assert.Equal(subtype, PatientIds.ParseSubtype(id));
        Assert.Equal(subtype, PatientIds.ParseSubtype(subtype.Id()));
    }

    [Fact]
    public void Site_And_Line_Ids_Round_Trip_And_Unknown_Ids_Name_The_Allowed_Ones()
    {
        Assert.Equal(AnatomicSite.LymphNode, PatientIds.ParseSite("lymph-node"));
        Assert.Equal("lymph_node", AnatomicSite.LymphNode.Id());
        Assert.Equal(MurineTumorLine.FourT1, PatientIds.ParseTumorLine("4t1"));
        var error = Assert.Throws<ArgumentException>(() => PatientIds.ParseSite("kidney"));
        Assert.Equal("site 'kidney' is not known; allowed: breast, liver, lung, bone, brain, lymph_node, skin, flank. (Parameter 'site')", error.Message);
    }

    [Fact]
    public void Out_Of_Range_Values_Name_The_Field_And_The_Allowed_Range()
    {
        var cps = Assert.Throws<ArgumentOutOfRangeException>(() => new Biomarkers { PdL1Cps = 120 });
        Assert.StartsWith("pdl1_cps must be in [0, 100]; got 120.", cps.Message, StringComparison.Ordinal);
        var volume = Assert.Throws<ArgumentOutOfRangeException>(() => new Lesion("a", AnatomicSite.Lung, -1));
        Assert.StartsWith("volume_mm3 of lesion 'a' must be in (0, 1e7]; got -1.", volume.Message, StringComparison.Ordinal);
        var id = Assert.Throws<ArgumentException>(() => new Lesion("1liver", AnatomicSite.Liver, 10));
        Assert.Contains("must start with a letter", id.Message, StringComparison.Ordinal);
        var weight = Assert.Throws<ArgumentOutOfRangeException>(() => new Patient(HostSpecies.Human, 0, [new Lesion("a", AnatomicSite.Lung, 1)]));
        Assert.StartsWith("weight_kg must be in (0, 500]; got 0.", weight.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Patient_Needs_Unique_Lesion_Ids_And_A_Tumour_Type_Fitting_The_Species()
    {
        Lesion[] twice = [new("a", AnatomicSite.Lung, 1), new("a", AnatomicSite.Liver, 1)];
        Assert.Contains("id 'a' is used twice", Assert.Throws<ArgumentException>(() => new Patient(HostSpecies.Human, 70, twice)).Message, StringComparison.Ordinal);
        Assert.Contains("allowed: TSA, 4T1, TUBO", Assert.Throws<ArgumentException>(() => new Patient(HostSpecies.Mouse, 0.02, [twice[0]])).Message, StringComparison.Ordinal);
        Assert.Equal(BreastCancerSubtype.TripleNegative, new Patient(HostSpecies.Human, 70, [twice[0]]).Subtype);
    }
}
