using System.Collections.ObjectModel;
using Abscopal.Models.Patients;

namespace Abscopal.Simulation.Readouts;

/// <summary>One target lesion's longest diameter over time, as a RECIST read-out takes it from any model's output.</summary>
public sealed record LesionSeries
{
    private readonly double[] _diametersMm;

    /// <summary>Creates a series.</summary>
    /// <param name="id">Lesion identifier (e.g. "liver1").</param>
    /// <param name="diametersMm">Longest diameter (short axis for a lymph node) at each assessment time, in mm; finite and ≥ 0.</param>
    /// <param name="irradiated">Whether the lesion is in a radiotherapy field (excluded from the abscopal response).</param>
    /// <param name="lymphNode">Whether the lesion is a lymph node (RECIST measures its short axis; normal below 10 mm).</param>
    public LesionSeries(string id, IEnumerable<double> diametersMm, bool irradiated, bool lymphNode = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(diametersMm);
        _diametersMm = [.. diametersMm];
        foreach (double d in _diametersMm)
        {
            if (!(d >= 0) || !double.IsFinite(d))
            {
                throw new ArgumentOutOfRangeException(nameof(diametersMm), d, $"Lesion {id}: every diameter must be finite and ≥ 0 mm.");
            }
        }

        Id = id;
        Irradiated = irradiated;
        LymphNode = lymphNode;
        DiametersMm = Array.AsReadOnly(_diametersMm);
    }

    /// <summary>Lesion identifier.</summary>
    public string Id { get; }

    /// <summary>Longest diameter (short axis for a node) at each assessment, in mm.</summary>
    public ReadOnlyCollection<double> DiametersMm { get; }

    /// <summary>Whether the lesion is irradiated.</summary>
    public bool Irradiated { get; }

    /// <summary>Whether the lesion is a lymph node.</summary>
    public bool LymphNode { get; }

    /// <summary>A series from volumes in mm³, each turned into the diameter of a sphere of that volume, V = π d³ / 6 (<see cref="LesionGeometry"/>).</summary>
    /// <param name="id">Lesion identifier.</param>
    /// <param name="volumesMm3">Volume at each assessment time, in mm³.</param>
    /// <param name="irradiated">Whether the lesion is irradiated.</param>
    /// <param name="lymphNode">Whether the lesion is a lymph node.</param>
    public static LesionSeries FromVolumes(string id, IEnumerable<double> volumesMm3, bool irradiated, bool lymphNode = false)
    {
        ArgumentNullException.ThrowIfNull(volumesMm3);
        return new LesionSeries(id, volumesMm3.Select(Diameter), irradiated, lymphNode);

        static double Diameter(double volumeMm3) => volumeMm3 >= 0 && double.IsFinite(volumeMm3)
            ? LesionGeometry.DiameterFromVolume(volumeMm3)
            : throw new ArgumentOutOfRangeException(nameof(volumesMm3), volumeMm3, "The volume must be finite and ≥ 0 mm³.");
    }
}
