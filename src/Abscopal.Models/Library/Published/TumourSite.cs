namespace Abscopal.Models.Library.Published;

/// <summary>One metastatic site of the multi-site model: its organ, the organ's share of cardiac output, and when the lesion is seeded or removed.</summary>
/// <param name="Name">Site name, used in ids (letters, digits, underscore), e.g. "breast", "lung".</param>
/// <param name="CardiacOutputShare">Fraction of cardiac output through the organ (lungs 1.0: all blood passes them).</param>
/// <param name="ShareSource">Where the share comes from.</param>
/// <param name="SeedDay">Day the lesion is seeded (T set to the seed size); +∞ for never.</param>
/// <param name="ResectionDay">Day the lesion is removed (T set to 0); +∞ for never.</param>
public sealed record TumourSite(string Name, double CardiacOutputShare, string ShareSource, double SeedDay = 0, double ResectionDay = double.PositiveInfinity);
