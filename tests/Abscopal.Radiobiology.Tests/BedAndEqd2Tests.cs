using Abscopal.Radiobiology;

namespace Abscopal.Radiobiology.Tests;

public class BedAndEqd2Tests
{
    [Fact]
    public void Bed_And_Eqd2_Of_26Gy_In_5_Fractions_At_Alpha_Beta_3_5_Are_64_63_And_41_13Gy()
    {
        // SCIENCE.md §2 worked example (FAST-Forward schedule): BED 64.63 Gy, EQD2 41.13 Gy.
        var schedule = new FractionSchedule(5.2, 5);
        Assert.Equal(64.63, Bed.Of(schedule, 3.5), 2);
        Assert.Equal(41.13, Eqd2.Of(schedule, 3.5), 2);
    }

    [Theory]
    [InlineData(25, 3.5)]
    [InlineData(1, 10)]
    [InlineData(35, 2)]
    [InlineData(15, 0.5)]
    public void Eqd2_Of_2Gy_Fractions_Equals_The_Physical_Dose(int fractions, double alphaBeta)
    {
        // Definition of EQD2 (Fowler 1989): a 2-Gy-per-fraction schedule is its own EQD2, whatever α/β.
        var schedule = new FractionSchedule(2, fractions);
        Assert.Equal(schedule.TotalDoseGy, Eqd2.Of(schedule, alphaBeta), 12);
    }

    [Fact]
    public void Bed_Grows_With_Dose_Per_Fraction_And_With_Fractions()
    {
        // Property of BED = n·d·(1 + d/(α/β)) with d, n, α/β > 0 (Fowler 1989).
        foreach (double alphaBeta in new[] { 1.5, 3.5, 10 })
        {
            double previousDose = 0;
            for (double d = 0.5; d <= 25; d += 0.5)
            {
                double bed = Bed.Of(new FractionSchedule(d, 5), alphaBeta);
                Assert.True(bed > previousDose);
                previousDose = bed;
            }

            double previousFractions = 0;
            for (int n = 1; n <= 40; n++)
            {
                double bed = Bed.Of(new FractionSchedule(2.67, n), alphaBeta);
                Assert.True(bed > previousFractions);
                previousFractions = bed;
            }
        }
    }

    [Fact]
    public void The_Repopulation_Term_Subtracts_Ln2_Times_Time_Beyond_Kickoff_Over_Alpha_Tpot()
    {
        // SCIENCE.md §2: BED − ln2·max(0, T − Tk)/(α·Tpot). 70 Gy/35 at α/β 10: 84 Gy; T 46, Tk 21, Tpot 3, α 0.3:
        // loss = 0.6931·25/0.9 = 19.254 Gy (hand arithmetic).
        var schedule = new FractionSchedule(2, 35);
        var time = new Repopulation(overallDays: 46, kickoffDays: 21, potentialDoublingDays: 3, alphaPerGy: 0.3);
        Assert.Equal(84 - (Math.Log(2) * 25 / 0.9), Bed.Of(schedule, 10, time), 10);
        Assert.Equal(84, Bed.Of(schedule, 10, new Repopulation(20, 21, 3, 0.3)), 12);
    }

    [Fact]
    public void The_Thames_H_Factor_For_Two_And_Three_Fractions_A_Day_Has_Its_Closed_Form()
    {
        // Thames 1985 h_m for m = 2 reduces to θ, for m = 3 to (2/3)·θ·(2 + θ) (algebra on the general formula).
        // 6 h interval, 1.5 h half-time: θ = 2^(−4) = 0.0625.
        var twice = new IncompleteRepair(2, 6, 1.5);
        Assert.Equal(0.0625, twice.Theta, 14);
        Assert.Equal(0.0625, twice.HFactor, 14);
        var thrice = new IncompleteRepair(3, 6, 1.5);
        Assert.Equal(2.0 / 3 * 0.0625 * 2.0625, thrice.HFactor, 14);
        Assert.Equal(0, new IncompleteRepair(1, 6, 1.5).HFactor);
    }

    [Fact]
    public void Incomplete_Repair_Raises_The_Bed_Of_Twice_Daily_Fractions()
    {
        // 1.5 Gy BID × 30 at α/β 10, 6 h apart, T½ 1.5 h: BED = 45·(1 + 1.5·1.0625/10) = 52.171875 Gy (hand arithmetic, h = θ).
        var schedule = new FractionSchedule(1.5, 30);
        Assert.Equal(45 * (1 + (1.5 * 1.0625 / 10)), Bed.Of(schedule, 10, repair: new IncompleteRepair(2, 6, 1.5)), 10);
        Assert.True(Bed.Of(schedule, 10, repair: new IncompleteRepair(2, 6, 1.5)) > Bed.Of(schedule, 10));
    }

    [Fact]
    public void Lq_Survival_Of_A_Schedule_Is_The_Product_Of_Its_Fractions()
    {
        // S = exp(−αd − βd²) per fraction (SCIENCE.md §2); α 0.3, β 0.03, d 2 → exp(−0.72).
        Assert.Equal(Math.Exp(-0.72), LinearQuadratic.SurvivingFraction(0.3, 0.03, 2), 14);
        Assert.Equal(Math.Exp(-0.72 * 25), LinearQuadratic.SurvivingFraction(0.3, 0.03, new FractionSchedule(2, 25)), 12);
    }

    [Theory]
    [InlineData(0, 5, 3.5, "dosePerFractionGy")]
    [InlineData(-1, 5, 3.5, "dosePerFractionGy")]
    [InlineData(2, 0, 3.5, "fractions")]
    public void Invalid_Schedules_Throw_Naming_The_Parameter(double dose, int fractions, double alphaBeta, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Bed.Of(new FractionSchedule(dose, fractions), alphaBeta));
        Assert.Equal(parameter, ex.ParamName);
    }

    [Fact]
    public void A_Non_Positive_Alpha_Beta_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Bed.Of(new FractionSchedule(2, 5), 0));
        Assert.Equal("alphaBetaGy", ex.ParamName);
        Assert.Contains("(0, +∞)", ex.Message, StringComparison.Ordinal);
    }
}
