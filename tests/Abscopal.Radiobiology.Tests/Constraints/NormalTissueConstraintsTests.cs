using Abscopal.Radiobiology.Constraints;

namespace Abscopal.Radiobiology.Tests.Constraints;

public class NormalTissueConstraintsTests
{
    [Fact]
    public void Every_Entry_Has_A_Source_And_A_Plausible_Limit()
    {
        Assert.All(NormalTissueConstraints.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Source));
            Assert.Matches(@"\d{4}", c.Source);
            Assert.InRange(c.Limit, 0.1, 100);
        });
        Assert.All(NormalTissueConstraints.AlphaBetaRatios, a => Assert.InRange(a.ValueGy, 0.5, 20));
    }

    [Fact]
    public void Every_Organ_With_Constraints_Has_An_Alpha_Beta()
    {
        Assert.All(NormalTissueConstraints.Organs, organ => Assert.NotNull(NormalTissueConstraints.AlphaBetaFor(organ)));
    }

    [Fact]
    public void Spinal_Cord_Single_Fraction_Limit_Is_14Gy_And_Grows_With_Fractions()
    {
        // TG-101 single-fraction cord Dmax 14 Gy, also quoted in Radiat Oncol 2011;6:146 Table 1.
        var one = Assert.Single(NormalTissueConstraints.For("spinal-cord", 1));
        Assert.Equal(14, one.Limit);
        Assert.Equal(ConstraintUnit.Gy, one.Unit);
        double three = Assert.Single(NormalTissueConstraints.For("Spinal Cord", 3)).Limit;
        double five = Assert.Single(NormalTissueConstraints.For("spinal_cord", 5)).Limit;
        Assert.True(14 < three && three < five);
    }

    [Fact]
    public void Sbrt_Cord_Limits_Are_Nearly_Iso_Effective_At_Alpha_Beta_2()
    {
        // Consistency of the recalled TG-101 values: their EQD2 at α/β 2 (QUANTEC cord) lies within 25% of one another.
        double[] eqd2 = [.. new[] { 1, 3, 5 }.Select(n =>
        {
            double limit = NormalTissueConstraints.For("spinal-cord", n).Single().Limit;
            return Eqd2.Of(new FractionSchedule(limit / n, n), 2);
        })];
        Assert.True(eqd2.Max() / eqd2.Min() < 1.25, string.Join(", ", eqd2));
    }

    [Fact]
    public void A_Check_Reports_Pass_Or_Fail_With_The_Margin()
    {
        var cord = NormalTissueConstraints.For("spinal-cord", 5).Single();
        var pass = cord.Check(25);
        Assert.True(pass.Passed);
        Assert.Equal(cord.Limit - 25, pass.Margin, 12);
        var fail = cord.Check(cord.Limit + 1);
        Assert.False(fail.Passed);
        Assert.Equal(-1, fail.Margin, 12);
    }

    [Fact]
    public void A_Course_Check_Matches_Metrics_With_Or_Without_Qualifier()
    {
        var checks = NormalTissueConstraints.Check("heart", 5, new Dictionary<string, double> { ["V1.5Gy"] = 20, ["V7Gy"] = 6 });
        Assert.Equal(2, checks.Count);
        Assert.True(checks.Single(c => c.Constraint.Metric == "V1.5Gy").Passed);
        Assert.False(checks.Single(c => c.Constraint.Metric == "V7Gy").Passed);
        var cord = NormalTissueConstraints.Check("spinal-cord", 3, new Dictionary<string, double> { ["Dmax"] = 20 });
        Assert.True(Assert.Single(cord).Passed);
    }

    [Fact]
    public void Unknown_Organs_Or_Fraction_Numbers_Give_No_Constraint()
    {
        Assert.Empty(NormalTissueConstraints.For("pancreas", 5));
        Assert.Empty(NormalTissueConstraints.For("spinal-cord", 2));
        Assert.False(NormalTissueConstraints.IsKnownOrgan("pancreas"));
        Assert.True(NormalTissueConstraints.IsKnownOrgan("Oesophagus"));
    }
}
