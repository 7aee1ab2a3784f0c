using System.Globalization;

namespace Abscopal.Trials.Populations;

/// <summary>One inoculated flank tumour of a mouse cohort: its name (the lesion id) and its volume at treatment start (log-normal between animals).</summary>
public sealed record InoculatedTumour
{
    /// <summary>Creates a tumour.</summary>
    /// <param name="name">Lesion id, a letter then letters, digits or '_' (e.g. "primary").</param>
    /// <param name="volumeMm3">Median volume at treatment start (day 0), in mm³; in (0, 5000].</param>
    /// <param name="sdLog">Between-animal standard deviation of ln(volume); in [0, 2].</param>
    /// <exception cref="ArgumentException">A bad name or value; the message starts with the field.</exception>
    public InoculatedTumour(string name, double volumeMm3, double sdLog = 0)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"name: '{name}' is not a tumour name; allowed: a letter then letters, digits or '_'.", nameof(name));
        }

        if (!(volumeMm3 > 0 && volumeMm3 <= 5000))
        {
            throw new ArgumentOutOfRangeException(nameof(volumeMm3), volumeMm3, string.Create(CultureInfo.InvariantCulture, $"volume_mm3: {volumeMm3} is impossible; allowed: (0, 5000] mm³."));
        }

        if (!(sdLog >= 0 && sdLog <= 2))
        {
            throw new ArgumentOutOfRangeException(nameof(sdLog), sdLog, string.Create(CultureInfo.InvariantCulture, $"sd_log: {sdLog} is impossible; allowed: [0, 2]."));
        }

        Name = name;
        VolumeMm3 = volumeMm3;
        SdLog = sdLog;
    }

    /// <summary>Lesion id of the tumour in every animal.</summary>
    public string Name { get; }

    /// <summary>Median volume at treatment start, in mm³.</summary>
    public double VolumeMm3 { get; }

    /// <summary>Between-animal standard deviation of ln(volume at treatment start).</summary>
    public double SdLog { get; }
}
