using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Drugs;
using Abscopal.Pharmacology.Kinetics;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;

namespace Abscopal.Simulation.Tests.Core;

/// <summary>The drug PK inside abscopal-core against closed forms.</summary>
public class DrugExposureTests
{
    [Fact]
    public void Atezolizumab_In_The_Model_Follows_The_Pharmacology_Closed_Form()
    {
        // Given a 60 kg patient given atezolizumab 1200 mg q3w × 3 as boluses (the model neglects the 1 h infusion)
        var patient = new Patient(HostSpecies.Human, 60, [Lesion.FromDiameter("lung1", AnatomicSite.Lung, 20)]);
        var regimen = new DrugRegimen("atezolizumab", DrugDose.Flat(1200), 0, 21, 3);
        var result = Simulator.Run(SimulationRequest.For("abscopal-core") with
        {
            Patient = patient,
            Plan = new TreatmentPlan(60, [], [regimen]),
            Options = new SimulationOptions { Days = 70, RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 },
        });

        // Then the central concentration Xc/Vc (mg/L) equals the two-compartment closed form of Abscopal.Pharmacology
        var pk = DrugLibrary.Atezolizumab.Pk!.ForWeight(60);
        var doses = regimen.ToInfusions(60, 0);
        foreach (var day in new[] { 1, 10, 21, 30, 63, 70 })
        {
            var expected = TwoCompartmentPk.ClosedForm(pk, doses, day);
            var actual = result.States["Xc_atezolizumab"][day] / pk.CentralVolumeLitres;
            Assert.Equal(expected, actual, 1e-7 * expected);
        }
    }

    [Fact]
    public void A_Murine_Antibody_Follows_The_Kosinsky_Absorption_Closed_Form()
    {
        // Given one 10 mg/kg i.p. injection (0.2 mg) of murine anti-PD-L1 at day 0 in a 20 g mouse; Kosinsky 2018 Table 1: ka 8 /d, kel 0.15 /d
        var mouse = Patient.Mouse(MurineTumorLine.Tubo, 100);
        var result = Simulator.Run(SimulationRequest.For("abscopal-core") with
        {
            Patient = mouse,
            Plan = new TreatmentPlan(0.02, [], [new DrugRegimen(DrugLibrary.MurineAntiPdL1.Name, DrugDose.PerKg(10), [0])]),
            Options = new SimulationOptions { Days = 10, RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-14 },
        });

        // Then the plasma amount is D·ka/(ka − kel)·(e^(−kel·t) − e^(−ka·t)) (Bateman function)
        foreach (var day in new[] { 1, 3, 10 })
        {
            var expected = 0.2 * 8 / (8 - 0.15) * (Math.Exp(-0.15 * day) - Math.Exp(-8.0 * day));
            Assert.Equal(expected, result.States["Xc_murine_anti_pd_l1"][day], 1e-8 * expected);
        }
    }
}
