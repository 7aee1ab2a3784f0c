using Abscopal.Pharmacology.Drugs;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;

namespace Abscopal.Simulation.Tests.Kosinsky;

/// <summary>The schedules of Dovedi 2014 Fig 1b on kosinsky2018, whose paper reports the same ordering (Kosinsky 2018 and Dovedi 2014, as summarised in SCIENCE.md §1 and §3).</summary>
public class KosinskyScheduleTests
{
    private static double TumourOnDay40(double? antibodyStart)
    {
        // 5 × 2 Gy on days 7–11; anti-PD-L1 10 mg/kg three times a week for three weeks from antibodyStart (20 g mouse)
        DrugRegimen[] regimens = antibodyStart is { } s
            ? [new DrugRegimen(DrugLibrary.MurineAntiPdL1.Name, DrugDose.PerKg(10), [s, s + 2, s + 4, s + 7, s + 9, s + 11, s + 14, s + 16, s + 18])]
            : [];
        var plan = new TreatmentPlan(0.020, [new RtCourse("tumor", 2, 5, startDay: 7, intervalDays: 1, skipWeekends: false)], regimens);
        var result = Simulator.Run(SimulationRequest.For("kosinsky2018") with { Plan = plan, Options = new SimulationOptions { Days = 40 } });
        return result.Lesion("tumor").VolumeMm3[^1];
    }

    [Fact]
    public void Anti_Pd_L1_With_Rt_Beats_Anti_Pd_L1_After_Rt_And_Later_Is_Worse()
    {
        // Given the Dovedi 2014 arms: RT alone; anti-PD-L1 from day 7 (concurrent), day 12 or day 19 (sequential)
        var rtOnly = TumourOnDay40(null);
        var concurrent = TumourOnDay40(7);
        var day12 = TumourOnDay40(12);
        var day19 = TumourOnDay40(19);

        // Then on day 40 the tumour is smallest with the concurrent schedule and grows with the delay (Kosinsky 2018; Dovedi 2014)
        Assert.True(concurrent < day12, $"day 7 {concurrent:F1} vs day 12 {day12:F1} µL");
        Assert.True(day12 < day19, $"day 12 {day12:F1} vs day 19 {day19:F1} µL");
        Assert.True(day19 < rtOnly, $"day 19 {day19:F1} vs RT alone {rtOnly:F1} µL");
    }
}
