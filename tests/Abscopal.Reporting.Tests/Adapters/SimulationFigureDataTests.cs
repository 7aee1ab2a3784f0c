using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;
using Abscopal.Reporting.Adapters;
using Abscopal.Simulation;

namespace Abscopal.Reporting.Tests.Adapters;

public class SimulationFigureDataTests
{
    // A TNBC patient with a 30 mm liver and a 20 mm lung metastasis, baseline ALC 1500 cells/µL.
    private static readonly Patient s_patient = new(
        HostSpecies.Human,
        70,
        [Lesion.FromDiameter("liver1", AnatomicSite.Liver, 30), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 20)],
        BreastCancerSubtype.TripleNegative,
        biomarkers: new Biomarkers { AlcPerMicrolitre = 1500 });

    // SBRT 3 × 8 Gy on days 0, 1, 2 to the liver, pembrolizumab 200 mg every 21 days × 6 (days 0 … 105).
    private static readonly TreatmentPlan s_plan = new(70, [new RtCourse("liver1", 8, 3, 0, 1, false)], [new DrugRegimen("pembrolizumab", DrugDose.Flat(200), 0, 21, 6)]);

    // The simulated course starts a week later (days 7, 8, 9), so that the first week shows the untreated baseline.
    private static readonly TreatmentPlan s_laterPlan = new(70, [new RtCourse("liver1", 8, 3, 7, 1, false)], [new DrugRegimen("pembrolizumab", DrugDose.Flat(200), 7, 21, 6)]);

    private static readonly Lazy<PatientSimulation> s_result = new(() => Simulator.Run(SimulationRequest.For("abscopal-core") with
    {
        Patient = s_patient,
        Plan = s_laterPlan,
        Options = new SimulationOptions { Days = 120, OutputEveryDays = 1 },
    }));

    [Fact]
    public void Lesion_Curves_Carry_Each_Lesions_Series_And_Mark_The_Irradiated_One()
    {
        // Given the simulated patient
        var result = s_result.Value;

        // When the diameter curves are taken
        var curves = SimulationFigureData.LesionCurves(result, LesionMeasure.DiameterMillimetres);

        // Then there is one curve per lesion, liver irradiated and lung not, starting at the given diameters (30 and 20 mm)
        Assert.Equal(["liver1", "lung1"], curves.Select(c => c.Id));
        Assert.Equal([true, false], curves.Select(c => c.Irradiated));
        Assert.Equal(30, curves[0].Values[0], 1e-9);
        Assert.Equal(20, curves[1].Values[0], 1e-9);
        Assert.Equal(121, curves[0].TimesDays.Length);
        Assert.Equal(120, curves[0].TimesDays[^1]);

        // And the volume curves hold the sphere volumes π d³ / 6 of the same lesions (30 mm → 14 137.2 mm³)
        var volumes = SimulationFigureData.LesionCurves(result, LesionMeasure.VolumeCubicMillimetres);
        Assert.Equal(Math.PI * 30 * 30 * 30 / 6, volumes[0].Values[0], 1e-6);
        for (int k = 0; k < volumes[1].Values.Length; k += 17)
        {
            double d = curves[1].Values[k];
            Assert.Equal(Math.PI * d * d * d / 6, volumes[1].Values[k], volumes[1].Values[k] * 1e-12);
        }
    }

    [Fact]
    public void Treatment_Marks_Are_The_Plans_Fraction_And_Dose_Days()
    {
        // Given SBRT 3 × 8 Gy on consecutive days and pembrolizumab every 21 days for 6 cycles
        // When the plan becomes treatment marks
        var marks = SimulationFigureData.TreatmentMarks(s_plan);

        // Then the fractions are on days 0, 1, 2 and the doses on days 0, 21, …, 105, labelled by schedule and drug
        Assert.Equal([0.0, 1, 2], marks.RtFractionDays);
        Assert.Equal([0.0, 21, 42, 63, 84, 105], marks.DrugDoseDays);
        Assert.Equal("RT 3 × 8 Gy", marks.RtLabel);
        Assert.Equal("pembrolizumab", marks.DrugLabel);
        Assert.True(SimulationFigureData.TreatmentMarks(null).IsEmpty);

        // And a murine antibody's id is shortened to fit the strip's label column: "murine-anti-ctla-4" → "anti-CTLA-4"
        var mouse = new TreatmentPlan(0.02, [new RtCourse("primary", 8, 3, 0, 1, false)], [new DrugRegimen("murine-anti-ctla-4", DrugDose.PerKg(10), [2.0, 5, 8])]);
        var mouseMarks = SimulationFigureData.TreatmentMarks(mouse);
        Assert.Equal("anti-CTLA-4", mouseMarks.DrugLabel);
        Assert.Equal([2.0, 5, 8], mouseMarks.DrugDoseDays);
    }

    [Fact]
    public void Immune_Panel_Sums_Effectors_Averages_PdL1_And_Carries_The_Alc()
    {
        // Given the simulated patient
        var result = s_result.Value;

        // When the immune panel data are taken
        var panel = SimulationFigureData.ImmunePanel(result)!;

        // Then effectors are E_liver1 + E_lung1, PD-L1 the mean of P_liver1 and P_lung1, and ALC the model's ALC,
        // which stays at the patient's baseline of 1500 cells/µL until the first fraction on day 7
        Assert.NotNull(panel);
        for (int k = 0; k < panel.TimesDays.Length; k += 10)
        {
            Assert.Equal(result.States["E_liver1"][k] + result.States["E_lung1"][k], panel.EffectorTCells[k]);
            Assert.Equal((result.States["P_liver1"][k] + result.States["P_lung1"][k]) / 2, panel.PdL1[k]);
        }

        Assert.Equal(1500, panel.AbsoluteLymphocyteCount[0], 1e-9);
        Assert.Equal(1500, panel.AbsoluteLymphocyteCount[6], 1e-6);
        Assert.Equal(result.AlcPerMicrolitre!, panel.AbsoluteLymphocyteCount);

        // And the RT course depletes lymphocytes below baseline (SCIENCE.md: circulating-lymphocyte dose), so the nadir lies under 1500, after day 7
        Assert.True(panel.AbsoluteLymphocyteCount.Min() < 1500);
        Assert.True(Array.IndexOf(panel.AbsoluteLymphocyteCount, panel.AbsoluteLymphocyteCount.Min()) >= 7);

        // And the panel renders, with the treatment strip under it
        var figure = Figures.ImmunePanel(panel, SimulationFigureData.TreatmentMarks(s_laterPlan));
        Assert.Equal(4, figure.PanelCount);
    }

    [Fact]
    public void A_Model_Without_Lymphocytes_Has_No_Immune_Panel()
    {
        // Given Kosinsky et al. 2018, whose states (TV, U, nTeff, dTeff, PDL1, TVd) include no ALC
        var result = Simulator.Run(SimulationRequest.For("kosinsky2018") with { Options = new SimulationOptions { Days = 10 } });

        // Then there is no immune panel, but there is the one tumour's curve
        Assert.Null(SimulationFigureData.ImmunePanel(result));
        Assert.Single(SimulationFigureData.LesionCurves(result, LesionMeasure.VolumeCubicMillimetres));
    }
}
