using Abscopal.Models.Patients;

namespace Abscopal.Interop.Scenarios;

/// <summary>A lesion at day 0; the size is given as a diameter or a volume and the other follows by treating the lesion as a sphere.</summary>
/// <param name="Id">Lesion identifier, unique in the scenario.</param>
/// <param name="Site">Organ or site.</param>
/// <param name="DiameterMm">Longest diameter (short axis for a lymph node), in mm.</param>
/// <param name="VolumeMm3">Volume, in mm³.</param>
/// <param name="GivenAsVolume">Whether the file gave the volume (else the diameter).</param>
public sealed record ScenarioLesion(string Id, AnatomicSite Site, double DiameterMm, double VolumeMm3, bool GivenAsVolume)
{
    /// <summary>The lesion of the model library (volume in mm³).</summary>
    /// <exception cref="ArgumentException">The id or volume is outside what <see cref="Lesion"/> accepts; the message names the field.</exception>
    public Lesion ToLesion() => new(Id, Site, VolumeMm3);
}
