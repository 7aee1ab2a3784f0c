using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;

namespace Abscopal.Pharmacology.Tests.Plans;

public class TreatmentPlanTests
{
    [Fact]
    public void A_Plan_Expands_To_Sorted_Events_With_Radiation_Before_Drug_At_Equal_Times()
    {
        // Dovedi 2014 concurrent arm: 5 × 2 Gy on days 7–11 with anti-PD-L1 from day 7 (three times a week).
        var rt = new RtCourse("tumour", 2, 5, startDay: 7, skipWeekends: false);
        var drug = RegimenLibrary.Find("murine-anti-pd-l1-10mgkg-3x-week")!.Create(7, periods: 1);
        var plan = new TreatmentPlan(RegimenLibrary.MouseWeightKg, [rt], [drug]);
        var events = plan.Events();

        Assert.Equal(8, events.Count);
        Assert.Equal([7.0, 7, 8, 9, 9, 10, 11, 11], events.Select(e => e.Day));
        Assert.Equal(TreatmentEventKind.RadiationFraction, events[0].Kind);
        Assert.Equal(TreatmentEventKind.DrugDose, events[1].Kind);
        Assert.Equal(0.2, events[1].Amount, 12);
        Assert.Equal(2, events[0].Amount);
    }

    [Fact]
    public void Courses_At_The_Same_Time_Keep_Plan_Order()
    {
        var first = new RtCourse("liver1", 8, [0.0]);
        var second = new RtCourse("lung1", 8, [0.0]);
        var events = new TreatmentPlan(70, [second, first], []).Events();
        Assert.Equal(["lung1", "liver1"], events.Select(e => e.Subject));
    }

    [Fact]
    public void Drug_Events_Carry_The_Label_Infusion_Duration_And_Weight_Based_Amount()
    {
        var ipi = RegimenLibrary.Find("ipilimumab-3mgkg-q3w-x4")!.Create(0);
        var events = new TreatmentPlan(80, [], [ipi]).Events();
        Assert.All(events, e => Assert.Equal(240, e.Amount, 12));
        Assert.All(events, e => Assert.Equal(1.5 / 24, e.DurationDays, 12));
    }
}
