using Abscopal.Radiobiology.Plans;

namespace Abscopal.Radiobiology.Tests.Plans;

public class RtCourseTests
{
    [Fact]
    public void Daily_Fractions_Skip_Weekends_From_A_Monday_Day_0()
    {
        var course = new RtCourse("breast", 2.67, 15);
        Assert.Equal([0.0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18], course.Days);
        Assert.Equal(18, course.OverallDays);
    }

    [Fact]
    public void Without_Skipping_Weekends_Fractions_Are_Evenly_Spaced()
    {
        var course = new RtCourse("liver1", 8, 3, startDay: 5, intervalDays: 2, skipWeekends: false);
        Assert.Equal([5.0, 7, 9], course.Days);
    }

    [Fact]
    public void A_Start_On_Saturday_Moves_To_Monday()
    {
        Assert.Equal([7.0, 8], new RtCourse("lung", 6, 2, startDay: 5).Days);
        Assert.Equal([7.25], new RtCourse("lung", 20, 1, startDay: 6.25).Days);
    }

    [Fact]
    public void Explicit_Days_Are_Sorted_And_Unique()
    {
        var course = new RtCourse("breast", 8, [9.0, 7, 11]);
        Assert.Equal([7.0, 9, 11], course.Days);
        Assert.Equal(3, course.Schedule.Fractions);
        Assert.Throws<ArgumentException>(() => new RtCourse("breast", 8, [1.0, 1]));
    }

    [Fact]
    public void The_Named_Schedules_Have_Their_Published_Totals()
    {
        // FAST-Forward 26 Gy/5, START-B 40 Gy/15, conventional 50 Gy/25 (RtScheduleLibrary sources).
        Assert.Equal(26, RtScheduleLibrary.Find("26Gy/5")!.Schedule.TotalDoseGy, 12);
        Assert.Equal(40, RtScheduleLibrary.Find("40Gy/15")!.Schedule.TotalDoseGy, 12);
        Assert.Equal(24, RtScheduleLibrary.Find("8Gy×3")!.Schedule.TotalDoseGy, 12);
        Assert.Equal(8, RtScheduleLibrary.All.Count);
        Assert.All(RtScheduleLibrary.All, s => Assert.False(string.IsNullOrWhiteSpace(s.Source)));
    }
}
