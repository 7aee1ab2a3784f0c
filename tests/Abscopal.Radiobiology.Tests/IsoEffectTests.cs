using Abscopal.Radiobiology;

namespace Abscopal.Radiobiology.Tests;

public class IsoEffectTests
{
    [Fact]
    public void Converting_26Gy_In_5_To_2Gy_Fractions_Gives_Its_Eqd2()
    {
        // EQD2 is by definition the iso-effective total dose in 2-Gy fractions: 41.13 Gy (SCIENCE.md §2) → 20.56 fractions.
        double bed = Bed.Of(new FractionSchedule(5.2, 5), 3.5);
        double fractions = IsoEffect.FractionsFor(bed, 3.5, 2);
        Assert.Equal(41.13, fractions * 2, 2);
    }

    [Theory]
    [InlineData(5.2, 5, 3.5, 15)]
    [InlineData(2, 25, 3.5, 5)]
    [InlineData(8, 3, 10, 1)]
    [InlineData(20, 1, 2, 30)]
    public void Conversion_Round_Trips(double dose, int fractions, double alphaBeta, int target)
    {
        // Iso-effect (Withers 1983): converting to a new number of fractions and back recovers the schedule.
        double bed = Bed.Of(new FractionSchedule(dose, fractions), alphaBeta);
        double newDose = IsoEffect.DosePerFractionFor(bed, alphaBeta, target);
        Assert.Equal(bed, Bed.Of(new FractionSchedule(newDose, target), alphaBeta), 9);
        Assert.Equal(dose, IsoEffect.DosePerFractionFor(Bed.Of(new FractionSchedule(newDose, target), alphaBeta), alphaBeta, fractions), 9);
        Assert.Equal(fractions, IsoEffect.FractionsFor(bed, alphaBeta, dose), 9);
    }
}
