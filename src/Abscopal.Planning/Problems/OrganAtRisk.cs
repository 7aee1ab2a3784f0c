namespace Abscopal.Planning.Problems;

/// <summary>
/// The organ at risk that limits the dose to one irradiated lesion, and the share of the prescription it receives at its
/// maximum point (Dmax = share × n × d, in Gy).
/// </summary>
/// <param name="LesionId">The lesion whose field this organ limits.</param>
/// <param name="Organ">Organ key of the normal-tissue table (Abscopal.Radiobiology.Constraints.NormalTissueConstraints), e.g. "spinal-cord".</param>
/// <param name="DoseShare">Dmax of the organ as a share of the prescribed dose, in (0, 1]; 1 means the organ abuts the target.</param>
/// <param name="Source">Why this organ and share: the file, or the default with its reason.</param>
public sealed record OrganAtRisk(string LesionId, string Organ, double DoseShare, string Source);
