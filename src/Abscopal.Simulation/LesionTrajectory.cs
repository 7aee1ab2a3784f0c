using Abscopal.Models.Patients;

namespace Abscopal.Simulation;

/// <summary>One lesion over time: id, site, whether it was irradiated, volume (mm³) and longest diameter (mm, sphere) at each output time.</summary>
/// <param name="Id">Lesion id ("tumor" for single-tumour models).</param>
/// <param name="Site">Anatomic site.</param>
/// <param name="Irradiated">Whether the plan gives it any fraction.</param>
/// <param name="VolumeMm3">Volume (viable plus lethally damaged cells) at each output time, in mm³.</param>
/// <param name="DiameterMm">Longest diameter at each output time, in mm: (6V/π)^(1/3) (<see cref="LesionGeometry"/>).</param>
public sealed record LesionTrajectory(string Id, AnatomicSite Site, bool Irradiated, double[] VolumeMm3, double[] DiameterMm);
