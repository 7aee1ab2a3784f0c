namespace Abscopal.Radiobiology.Lymphocytes;

/// <summary>
/// A body site a field can cover, described by the share of cardiac output that perfuses it and the mean transit time of
/// blood through it (the blood held in the site is share × cardiac output × transit time).
/// </summary>
/// <param name="Name">Site key, e.g. "liver".</param>
/// <param name="CardiacOutputShare">Fraction of cardiac output through the whole site (dimensionless, in (0, 1]).</param>
/// <param name="TransitSeconds">Mean transit time of blood through the site, in seconds.</param>
/// <param name="Source">Where the two numbers come from ("[check]" marks recalled or assumed values).</param>
public sealed record IrradiatedSite(string Name, double CardiacOutputShare, double TransitSeconds, string Source);
