using Abscopal.Radiobiology.Genomics;

namespace Abscopal.Radiobiology.Tests.Genomics;

public class GardTests
{
    [Fact]
    public void Rsi_0_3_With_50Gy_In_25_Gives_Alpha_0_502_And_Gard_30_1()
    {
        // Scott 2017 worked example as given in SCIENCE.md §2: α = 0.502, GARD = 30.1.
        Assert.Equal(0.502, Gard.AlphaFromRsi(0.3), 3);
        Assert.Equal(30.1, Gard.Of(0.3, new FractionSchedule(2, 25)), 1);
    }

    [Fact]
    public void Alpha_Reproduces_The_Rsi_As_Survival_At_2Gy()
    {
        // RSI = exp(−2α − 4β) with β = 0.05 (Scott 2017): the LQ survival at 2 Gy of the derived α is the RSI.
        foreach (double rsi in new[] { 0.1, 0.3745, 0.5, 0.8 })
        {
            Assert.Equal(rsi, LinearQuadratic.SurvivingFraction(Gard.AlphaFromRsi(rsi), Gard.BetaPerGy2, 2), 12);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    public void Rsi_Outside_0_To_1_Throws(double rsi)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Gard.AlphaFromRsi(rsi));
        Assert.Equal("rsi", ex.ParamName);
    }
}
