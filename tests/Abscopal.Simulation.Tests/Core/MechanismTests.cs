using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Drugs;
using Abscopal.Radiobiology.Plans;
using static Abscopal.Simulation.Tests.Core.CoreScenarios;

namespace Abscopal.Simulation.Tests.Core;

/// <summary>
/// Mechanisms of SCIENCE.md §1 on abscopal-core, each checked in the direction its source reports. The model is not fitted to
/// these experiments; where it disagrees, docs/models/abscopal-core-design.md says so.
/// </summary>
public class MechanismTests
{
    [Fact]
    public void Concurrent_Anti_Pd_L1_Beats_Sequential_After_Fractionated_Rt()
    {
        // Given a mouse tumour given 5 × 2 Gy on days 0–4 and murine anti-PD-L1 10 mg/kg three times a week for three weeks,
        // starting with the first fraction (concurrent) or 12 days later (sequential) — Dovedi 2014 Cancer Res 74:5458, Fig 1b
        // (days 7–11 RT, anti-PD-L1 from day 7 vs day 19 after inoculation): concurrent controlled tumours, sequential did not.
        var mouse = new Patient(HostSpecies.Mouse, 0.020, [new Lesion("tumor", AnatomicSite.Flank, 100)], tumorLine: MurineTumorLine.FourT1);
        var rt = new RtCourse("tumor", 2, 5, startDay: 0, intervalDays: 1, skipWeekends: false);
        double[] Schedule(double start) => [start, start + 2, start + 4, start + 7, start + 9, start + 11, start + 14, start + 16, start + 18];

        // When both schedules are simulated for 40 days
        var concurrent = Run(mouse, Plan(mouse, [rt], [Murine(DrugLibrary.MurineAntiPdL1, Schedule(0))]), 40);
        var sequential = Run(mouse, Plan(mouse, [rt], [Murine(DrugLibrary.MurineAntiPdL1, Schedule(12))]), 40);
        var rtOnly = Run(mouse, Plan(mouse, [rt], []), 40);

        // Then the concurrent arm keeps the tumour smaller, and both beat RT alone
        Assert.True(concurrent.MeanVolume("tumor") < sequential.MeanVolume("tumor"), $"concurrent {concurrent.MeanVolume("tumor"):F1} vs sequential {sequential.MeanVolume("tumor"):F1} mm³");
        Assert.True(sequential.MeanVolume("tumor") <= rtOnly.MeanVolume("tumor"), $"sequential {sequential.MeanVolume("tumor"):F1} vs RT alone {rtOnly.MeanVolume("tumor"):F1} mm³");
    }

    [Fact]
    public void A_Single_Fraction_Above_The_Trex1_Threshold_Loses_The_Interferon_Boost()
    {
        // Given TSA two-tumour mice: 20 Gy × 1 or 8 Gy × 3 to the primary, each with anti-CTLA-4 (days 2, 5, 8) —
        // Vanpouille-Box 2017 Nat Commun 8:15618: Trex1 is induced above 12–18 Gy and 20 Gy × 1 lost the IFN-β response.
        var (single, fractionated) = VanpouilleBoxArms();

        // Then the interferon signal right after 20 Gy is under 5% of that after the first 8 Gy fraction
        var afterSingle = single.States["I_primary"][0];
        var afterFirst8 = fractionated.States["I_primary"][0];
        Assert.True(afterSingle < 0.05 * afterFirst8, $"I after 20 Gy {afterSingle:F3} vs after 8 Gy {afterFirst8:F3}");
    }

    [Fact(Skip = "Model disagrees with Vanpouille-Box 2017: the larger kill of 20 Gy releases more antigen than the interferon boost of 8 Gy × 3 adds, so the distant tumours end up the same (docs/models/abscopal-core-design.md, 'Disagreements').")]
    public void Eight_Gy_Times_Three_Gives_A_Better_Abscopal_Response_Than_Twenty_Gy_Once()
    {
        // Given the same arms (Vanpouille-Box 2017: 8 Gy × 3 + anti-CTLA-4 gave abscopal responses, 20 Gy × 1 did not)
        var (single, fractionated) = VanpouilleBoxArms();

        // Then the non-irradiated tumour is smaller after 8 Gy × 3 than after 20 Gy × 1
        Assert.True(fractionated.MeanVolume("distant") < single.MeanVolume("distant"), $"distant mean volume 8x3 {fractionated.MeanVolume("distant"):F1} vs 20x1 {single.MeanVolume("distant"):F1} mm³");
    }

    private static (PatientSimulation Single, PatientSimulation Fractionated) VanpouilleBoxArms()
    {
        var mouse = TwoTumourMouse(MurineTumorLine.Tsa);
        var ctla4 = Murine(DrugLibrary.MurineAntiCtla4, 2, 5, 8);
        return (Run(mouse, Plan(mouse, [Fractions("primary", 20, 0)], [ctla4]), 40), Run(mouse, Plan(mouse, [Fractions("primary", 8, 0, 1, 2)], [ctla4]), 40));
    }

    [Fact]
    public void Rt_Plus_Anti_Ctla_4_Beats_Either_Alone_In_4T1()
    {
        // Given 4T1 mice with a primary tumour; RT 12 Gy × 2 (days 0, 1) to it and/or anti-CTLA-4 on days 1, 4, 7 —
        // Demaria 2005 Clin Cancer Res 11:728: only the combination slowed the primary (and cut lung metastases, see below).
        var mouse = DemariaMouse();

        // When each arm is simulated for 40 days
        var (rtOnly, drugOnly, both) = DemariaArms(mouse);

        // Then the combination keeps the primary smaller than either alone
        Assert.True(both.MeanVolume("primary") < Math.Min(rtOnly.MeanVolume("primary"), drugOnly.MeanVolume("primary")),
            $"primary: both {both.MeanVolume("primary"):F1}, RT {rtOnly.MeanVolume("primary"):F1}, anti-CTLA-4 {drugOnly.MeanVolume("primary"):F1} mm³");
    }

    [Fact(Skip = "Model disagrees with Demaria 2005: a 1 mm³ lung metastasis outgrows immune control in every arm and reaches the carrying capacity by day ~20 (docs/models/abscopal-core-design.md, 'Disagreements').")]
    public void Rt_Plus_Anti_Ctla_4_Reduces_Lung_Metastases_In_4T1()
    {
        // Given the Demaria 2005 arms with a 1 mm³ lung metastasis (Clin Cancer Res 11:728: fewer lung metastases with the combination)
        var (rtOnly, drugOnly, both) = DemariaArms(DemariaMouse());

        // Then the combination leaves the smallest metastasis on day 40
        Assert.True(both.VolumeOn("lung", 40) < Math.Min(rtOnly.VolumeOn("lung", 40), drugOnly.VolumeOn("lung", 40)),
            $"lung day 40: both {both.VolumeOn("lung", 40):F2}, RT {rtOnly.VolumeOn("lung", 40):F2}, anti-CTLA-4 {drugOnly.VolumeOn("lung", 40):F2} mm³");
    }

    private static Patient DemariaMouse() =>
        new(HostSpecies.Mouse, 0.020, [new Lesion("primary", AnatomicSite.Flank, 100), new Lesion("lung", AnatomicSite.Lung, 1)], tumorLine: MurineTumorLine.FourT1);

    private static (PatientSimulation RtOnly, PatientSimulation DrugOnly, PatientSimulation Both) DemariaArms(Patient mouse)
    {
        var rt = Fractions("primary", 12, 0, 1);
        var ctla4 = Murine(DrugLibrary.MurineAntiCtla4, 1, 4, 7);
        return (Run(mouse, Plan(mouse, [rt], []), 40), Run(mouse, Plan(mouse, [], [ctla4]), 40), Run(mouse, Plan(mouse, [rt], [ctla4]), 40));
    }

    [Fact]
    public void More_Fractions_And_Larger_Fields_Deepen_Lymphopenia()
    {
        // Given a patient with one liver lesion of 30 or 60 mm (the field is the lesion plus a 10 mm margin), irradiated
        // with 3 Gy per fraction, 5 or 15 fractions — lymphopenia grows with the blood dose, which grows with the number of
        // fractions and the field (Yovino 2013; HEDOS, Shin 2021; breast EDIC, Chen 2022; SCIENCE.md §2)
        static Patient Liver(double mm) => new(HostSpecies.Human, 70, [Lesion.FromDiameter("liver1", AnatomicSite.Liver, mm)], BreastCancerSubtype.TripleNegative);
        static double Nadir(Patient p, int fractions) =>
            Run(p, Plan(p, [new RtCourse("liver1", 3, fractions, 0, 1, skipWeekends: true)], []), 60).AlcPerMicrolitre!.Min();

        // When simulated
        var small5 = Nadir(Liver(30), 5);
        var small15 = Nadir(Liver(30), 15);
        var large15 = Nadir(Liver(60), 15);

        // Then the nadir falls with more fractions and with the larger field, and stays above zero
        Assert.True(small15 < small5, $"ALC nadir 15 fx {small15:F0} vs 5 fx {small5:F0} /µL");
        Assert.True(large15 < small15, $"ALC nadir 60 mm {large15:F0} vs 30 mm {small15:F0} /µL");
        Assert.True(large15 > 0);
    }

    [Fact]
    public void The_Irradiated_Site_Changes_The_Abscopal_Response()
    {
        // Given a patient with a breast, a lung and a liver lesion of 20 mm; 8 Gy × 3 to the lung lesion or to the breast
        // lesion, with pembrolizumab — Poleszczuk 2016 Cancer Res 76:1009 and Walker 2018 Sci Rep 8:9474: T-cell trafficking
        // follows blood flow, and irradiating a high-flow (lung) lesion gave a longer abscopal response than a breast lesion.
        var patient = new Patient(HostSpecies.Human, 70,
            [Lesion.FromDiameter("breast1", AnatomicSite.Breast, 20), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 20), Lesion.FromDiameter("liver1", AnatomicSite.Liver, 20)],
            BreastCancerSubtype.TripleNegative);
        var pembro = new Pharmacology.Regimens.DrugRegimen("pembrolizumab", Pharmacology.Regimens.DrugDose.Flat(200), 0, 21, 4);

        // When simulated for 90 days
        var lung = Run(patient, Plan(patient, [Fractions("lung1", 8, 0, 1, 2)], [pembro]), 90);
        var breast = Run(patient, Plan(patient, [Fractions("breast1", 8, 0, 1, 2)], [pembro]), 90);

        // Then the unirradiated liver lesion responds differently (by more than 10% in mean volume), better after lung RT
        var afterLung = lung.MeanVolume("liver1");
        var afterBreast = breast.MeanVolume("liver1");
        Assert.True(Math.Abs(afterLung - afterBreast) > 0.1 * afterBreast, $"liver mean volume: lung RT {afterLung:F0}, breast RT {afterBreast:F0} mm³");
        Assert.True(afterLung < afterBreast, $"liver mean volume: lung RT {afterLung:F0}, breast RT {afterBreast:F0} mm³");
    }
}
