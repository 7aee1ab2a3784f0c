namespace Abscopal.Trials.Designs;

/// <summary>A preclinical responder: every tumour of the animal at most <see cref="MaxVolumeMm3"/> mm³ on day <see cref="Day"/> (e.g. ≤ 10 mm³, tumour-free by calipers).</summary>
/// <param name="MaxVolumeMm3">Largest volume of a responding tumour, in mm³.</param>
/// <param name="Day">Day of the read-out, in days.</param>
public sealed record ResponderRule(double MaxVolumeMm3, double Day);
