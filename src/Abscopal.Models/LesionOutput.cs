using Abscopal.Models.Patients;

namespace Abscopal.Models;

/// <summary>How to read one lesion out of a simulation: its id, site, whether the plan irradiates it, and the model symbol of its volume.</summary>
/// <param name="Id">Lesion id ("tumor" for single-tumour models).</param>
/// <param name="Site">Anatomic site.</param>
/// <param name="Irradiated">Whether any fraction of the plan targets it.</param>
/// <param name="VolumeSymbol">Model symbol holding its volume.</param>
/// <param name="VolumeScaleToMm3">Factor turning the symbol's value into mm³ (1 when it is in mm³ or µL).</param>
public sealed record LesionOutput(string Id, AnatomicSite Site, bool Irradiated, string VolumeSymbol, double VolumeScaleToMm3 = 1.0);
