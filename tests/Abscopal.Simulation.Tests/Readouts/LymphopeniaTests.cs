using Abscopal.Simulation.Readouts;

namespace Abscopal.Simulation.Tests.Readouts;

/// <summary>CTCAE v5.0 "Lymphocyte count decreased": grade 1 &lt; LLN–800, 2 &lt; 800–500, 3 &lt; 500–200, 4 &lt; 200 cells/µL.</summary>
public class LymphopeniaTests
{
    [Theory]
    [InlineData(1500, 0)]
    [InlineData(1000, 0)]      // at the LLN (1000 assumed): normal
    [InlineData(999.9, 1)]
    [InlineData(800, 1)]       // "<LLN – 800": 800 itself is grade 1
    [InlineData(799.9, 2)]
    [InlineData(500, 2)]
    [InlineData(499.9, 3)]
    [InlineData(200, 3)]
    [InlineData(199.9, 4)]
    [InlineData(0, 4)]
    public void Grades_Follow_The_Ctcae_v5_Thresholds(double alc, int grade)
    {
        Assert.Equal(grade, Lymphopenia.CtcaeGrade(alc));
    }

    [Fact]
    public void The_Laboratory_Lower_Limit_Of_Normal_Sets_Where_Grade_1_Begins()
    {
        Assert.Equal(1, Lymphopenia.CtcaeGrade(1050, lowerLimitOfNormal: 1100));
        Assert.Equal(0, Lymphopenia.CtcaeGrade(1050, lowerLimitOfNormal: 900));
        Assert.Throws<ArgumentOutOfRangeException>(() => Lymphopenia.CtcaeGrade(1000, lowerLimitOfNormal: 700));
    }

    [Fact]
    public void The_Nadir_Is_The_First_Lowest_Count_With_Its_Day_And_Grade()
    {
        var nadir = Lymphopenia.Nadir([0, 7, 14, 21, 28], [1500, 900, 450, 450, 700]);
        Assert.Equal(new AlcNadir(14, 450, 3), nadir);
        Assert.Throws<ArgumentException>(() => Lymphopenia.Nadir([0, 1], [1000]));
    }
}
