using Abscopal.Planning.Constraints;
using Abscopal.Planning.Problems;

namespace Abscopal.Planning.Tests.Constraints;

public class NormalTissueLimitsTests
{
    private static OrganAtRisk Cord(double share = 1) => new("bone1", "spinal-cord", share, "test");

    [Fact]
    public void A_Published_Limit_Gives_The_Largest_Dose_Per_Fraction_Directly()
    {
        // Given the spinal cord, TG-101 Dmax 14 Gy in 1 fraction and 21.9 Gy in 3 (NormalTissueConstraints)
        // When the limits for 1 and 3 fractions are taken, with the cord abutting the target and at half the prescription
        var one = NormalTissueLimits.For(Cord(), "bone1", 1);
        var three = NormalTissueLimits.For(Cord(), "bone1", 3);
        var half = NormalTissueLimits.For(Cord(0.5), "bone1", 3);

        // Then d ≤ limit/(share·n): 14, 7.3 and 14.6 Gy
        Assert.Equal(14, one.MaxDosePerFractionGy, 12);
        Assert.Equal(7.3, three.MaxDosePerFractionGy, 12);
        Assert.Equal(14.6, half.MaxDosePerFractionGy, 12);
        Assert.Equal(14 - 12, one.MarginGy(12), 12);
    }

    [Fact]
    public void An_Unpublished_Fraction_Number_Takes_The_Nearest_Limit_At_Equal_Bed()
    {
        // Given the cord's 5-fraction limit 30 Gy, α/β 2 Gy: BED = 30·(1 + 6/2) = 120 Gy
        // When 10 fractions are asked (no SBRT entry; the QUANTEC cord limit covers 20–40 fractions, further away)
        var ten = NormalTissueLimits.For(Cord(), "bone1", 10);

        // Then 10·d·(1 + d/2) = 120 → d² + 2d − 24 = 0 → d = 4 Gy, a 40 Gy limit
        Assert.Equal(4, ten.MaxDosePerFractionGy, 9);
        Assert.Equal(40, ten.DmaxLimitGy, 9);
        Assert.Contains("equal BED", ten.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Site_Without_A_Limit_Has_No_Bound()
    {
        // Given the brain, which has no maximum-dose limit in the table
        var patient = StandIn.Patient(Abscopal.Models.Patients.AnatomicSite.Brain);

        // When its organ at risk and limit are taken
        var organ = SiteOrgans.For(patient, PlanningConstraints.Default)["brain1"];
        var limit = NormalTissueLimits.For(organ, "brain1", 1);

        // Then there is no organ and the dose is unbounded by normal tissue
        Assert.Null(organ);
        Assert.True(double.IsPositiveInfinity(limit.MaxDosePerFractionGy));
    }
}
