using Abscopal.Pharmacology.Kinetics;

namespace Abscopal.Pharmacology.Drugs;

/// <summary>A checkpoint-inhibitor antibody: target, species, molar mass, affinity and (for clinical antibodies) population PK.</summary>
/// <param name="Name">Lower-case name, e.g. "pembrolizumab" or "murine-anti-pd-l1".</param>
/// <param name="Target">The checkpoint blocked.</param>
/// <param name="ForMouse">Whether this is a murine (surrogate) antibody for mouse experiments.</param>
/// <param name="MolecularWeightKDa">Molar mass, in kDa (g/mol ÷ 1000).</param>
/// <param name="KdNanomolar">Equilibrium dissociation constant for the target, in nM.</param>
/// <param name="KdSource">Source of <paramref name="KdNanomolar"/> and <paramref name="MolecularWeightKDa"/>.</param>
/// <param name="Pk">Population two-compartment PK; null when none is in the library (murine antibodies).</param>
/// <param name="InfusionHours">Label infusion duration, in hours (0 = bolus).</param>
/// <param name="LabelHalfLifeDays">Terminal half-life stated by the label, in days.</param>
/// <param name="LabelSource">Label (or review) giving the half-life and infusion time.</param>
public sealed record CheckpointInhibitor(
    string Name,
    DrugTarget Target,
    bool ForMouse,
    double MolecularWeightKDa,
    double KdNanomolar,
    string KdSource,
    PopulationPk? Pk,
    double InfusionHours,
    double LabelHalfLifeDays,
    string LabelSource)
{
    /// <summary>Target occupancy C/(C + KD) (dimensionless) at a serum concentration of <paramref name="concentrationUgPerMl"/> µg/mL.</summary>
    public double Occupancy(double concentrationUgPerMl) =>
        ReceptorOccupancy.Of(concentrationUgPerMl, KdNanomolar, MolecularWeightKDa);
}
