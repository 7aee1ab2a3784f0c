using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Drugs;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;

namespace Abscopal.Simulation.Tests.Core;

/// <summary>Patients, plans and read-outs shared by the abscopal-core mechanism tests.</summary>
internal static class CoreScenarios
{
    /// <summary>A 20 g mouse of <paramref name="line"/> with an irradiated flank tumour "primary" (100 mm³) and a contralateral "distant" one (50 mm³), as in two-tumour abscopal experiments.</summary>
    public static Patient TwoTumourMouse(MurineTumorLine line) => new(
        HostSpecies.Mouse,
        0.020,
        [new Lesion("primary", AnatomicSite.Flank, 100), new Lesion("distant", AnatomicSite.Flank, 50)],
        tumorLine: line);

    public static DrugRegimen Murine(CheckpointInhibitor drug, params double[] days) => new(drug.Name, DrugDose.PerKg(10), days);

    public static RtCourse Fractions(string target, double gy, params double[] days) => new(target, gy, days);

    public static PatientSimulation Run(Patient patient, TreatmentPlan? plan, double days = 60) =>
        Simulator.Run(SimulationRequest.For("abscopal-core") with
        {
            Patient = patient,
            Plan = plan,
            Options = new SimulationOptions { Days = days, OutputEveryDays = 1 },
        });

    public static TreatmentPlan Plan(Patient patient, IEnumerable<RtCourse> courses, IEnumerable<DrugRegimen> regimens) => new(patient.WeightKg, courses, regimens);

    /// <summary>Volume of a lesion on a day, in mm³.</summary>
    public static double VolumeOn(this PatientSimulation result, string lesion, int day) => result.Lesion(lesion).VolumeMm3[Array.IndexOf(result.Times, (double)day)];

    /// <summary>Mean volume of a lesion over the simulation (area under the curve ÷ span), in mm³.</summary>
    public static double MeanVolume(this PatientSimulation result, string lesion) => result.Lesion(lesion).VolumeMm3.Average();
}
