using Abscopal.Interop.Scenarios;
using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Plans;

namespace Abscopal.Interop.Tests.Scenarios;

/// <summary>The example scenarios read into the radiobiology and pharmacology types with the days, doses and sizes they state.</summary>
public class ExampleScenarioTests
{
    private static Scenario Example(string name) =>
        ScenarioReader.ReadFile(Path.Combine(Golden.Root, "examples", "scenarios", name), new ScenarioReaderOptions { KnownModels = ["abscopal-core", "kosinsky2018"] });

    [Fact]
    public void The_Issue_Example_Maps_Onto_Rt_Courses_Regimens_And_A_Plan()
    {
        // Given the issue's example (with lung1 declared)
        var scenario = Example("issue5-example.yaml");

        // Then the header blocks are kept as written
        Assert.Equal("abscopal-core", scenario.Model);
        Assert.Null(scenario.ModelPath);
        Assert.Equal(300, scenario.Parameters["kLN"]);
        Assert.Equal(15, scenario.Initial["TV"]);
        var patient = scenario.Patient!;
        Assert.Equal(HostSpecies.Human, patient.Species);
        Assert.Equal(BreastCancerSubtype.TripleNegative, patient.Subtype);
        Assert.Null(patient.TumorModel);
        Assert.Equal(new Biomarkers { PdL1Cps = 10, TilsPercent = 20, Rsi = 0.35, AlcPerMicrolitre = 1500 }, patient.Biomarkers);
        Assert.Equal(["liver1", "lung1"], patient.Lesions.Select(l => l.Id));

        // And a 30 mm lesion is a sphere of π·30³/6 = 14137.17 mm³
        Assert.Equal(14137.166941154068, patient.Lesions[0].VolumeMm3, 9);

        // And 8 Gy × 3 daily from day 0 falls on days 0, 1, 2; 3 Gy × 10 from day 14 (a Monday) skipping weekends on
        // days 14–18 and 21–25 (day 0 is a Monday, so days 19, 20 are Saturday and Sunday)
        var treatment = scenario.Treatment;
        Assert.Equal([0.0, 1, 2], treatment.Radiotherapy[0].Days);
        Assert.Equal([14.0, 15, 16, 17, 18, 21, 22, 23, 24, 25], treatment.Radiotherapy[1].Days);
        Assert.True(treatment.Radiotherapy[1].SkipWeekends);
        Assert.False(treatment.Radiotherapy[0].SkipWeekends);

        // And pembrolizumab 200 mg every 21 days × 6; "anti-CTLA-4" for a patient is ipilimumab, 10 mg/kg × 70 kg = 700 mg
        Assert.Equal("pembrolizumab", treatment.Drugs[0].Drug);
        Assert.Equal([0.0, 21, 42, 63, 84, 105], treatment.Drugs[0].Days);
        Assert.Equal("ipilimumab", treatment.Drugs[1].Drug);
        Assert.Equal([2.0, 5, 8], treatment.Drugs[1].Days);
        var plan = scenario.Plan!;
        var ipilimumab = plan.Events().Where(e => e.Subject == "ipilimumab").ToArray();
        Assert.All(ipilimumab, e => Assert.Equal(700, e.Amount, 12));
        Assert.Equal(3 + 10 + 6 + 3, plan.Events().Count);
        Assert.Equal(3 + 10, plan.Events().Count(e => e.Kind == TreatmentEventKind.RadiationFraction));

        // And both lesions are irradiated; simulation settings are as written
        Assert.True(treatment.IsIrradiated("liver1"));
        Assert.Equal(new ScenarioSimulation(180, 1, 1e-6, 1e-9), scenario.Simulation);
        Assert.Equal(181, scenario.Simulation.OutputTimes().Count);
    }

    [Fact]
    public void The_Mouse_Tsa_Experiment_Irradiates_Only_The_Primary_And_Doses_A_20_g_Mouse()
    {
        var scenario = Example("mouse-tsa-two-tumours.yaml");
        var patient = scenario.Patient!;
        Assert.Equal(HostSpecies.Mouse, patient.Species);
        Assert.Equal(MurineTumorLine.Tsa, patient.TumorModel);
        Assert.Equal(0.020, patient.WeightKg);
        Assert.True(scenario.Treatment.IsIrradiated("primary"));
        Assert.False(scenario.Treatment.IsIrradiated("secondary"));

        // 60 mm³ as a sphere: d = (6·60/π)^(1/3) = 4.857 mm
        Assert.Equal(Math.Cbrt(360 / Math.PI), patient.Lesions[0].DiameterMm, 12);
        Assert.True(patient.Lesions[0].GivenAsVolume);

        // anti-CTLA-4 for a mouse is the murine antibody; 10 mg/kg × 0.020 kg = 0.2 mg (200 µg, as in the papers)
        Assert.Equal("murine-anti-ctla-4", scenario.Treatment.Drugs[0].Drug);
        Assert.All(scenario.Plan!.Events().Where(e => e.Kind == TreatmentEventKind.DrugDose), e => Assert.Equal(0.2, e.Amount, 12));
        Assert.Equal(81, scenario.Simulation.OutputTimes().Count);
    }

    [Theory]
    [InlineData("kosinsky-ct26-control.yaml", 0, 0)]
    [InlineData("kosinsky-ct26-rt.yaml", 5, 0)]
    [InlineData("kosinsky-ct26-anti-pd-l1.yaml", 0, 9)]
    [InlineData("kosinsky-ct26-concurrent.yaml", 5, 9)]
    [InlineData("kosinsky-ct26-after-day-12.yaml", 5, 9)]
    [InlineData("kosinsky-ct26-sequential.yaml", 5, 9)]
    public void The_Kosinsky_Arms_Are_Single_Tumour_Scenarios_With_The_Dovedi_Schedules(string name, int fractions, int doses)
    {
        // Dovedi 2014 (SCIENCE.md §3): 5 × 2 Gy on days 7–11; anti-PD-L1 10 mg/kg three times a week for 3 weeks.
        var scenario = Example(name);
        Assert.Equal("kosinsky2018", scenario.Model);
        Assert.Null(scenario.Patient);
        Assert.Null(scenario.Plan);
        Assert.Empty(scenario.Lesions);
        Assert.Equal(15, scenario.Initial["TV"]);
        Assert.Equal(fractions, scenario.Treatment.Radiotherapy.Sum(c => c.Days.Count));
        if (fractions > 0)
        {
            Assert.Equal([7.0, 8, 9, 10, 11], scenario.Treatment.Radiotherapy[0].Days);
            Assert.Equal(Scenario.SingleTumorLesionId, scenario.Treatment.Radiotherapy[0].TargetLesion);
        }

        Assert.Equal(doses, scenario.Treatment.Drugs.Sum(d => d.Days.Count));
        Assert.All(scenario.Treatment.Drugs, d => Assert.Equal("10 mg/kg", d.Dose.ToString()));
    }

    [Fact]
    public void The_Tnbc_Patient_Has_A_Lymph_Node_And_Two_Unirradiated_Lesions()
    {
        var scenario = Example("tnbc-oligometastatic.yaml");
        Assert.Equal(AnatomicSite.LymphNode, scenario.Lesions[2].Site);
        Assert.Equal(2, scenario.Lesions.Count(l => !scenario.Treatment.IsIrradiated(l.Id)));

        // 8 Gy × 3 every other day from Monday: days 0, 2, 4
        Assert.Equal([0.0, 2, 4], scenario.Treatment.Radiotherapy[0].Days);
    }
}
