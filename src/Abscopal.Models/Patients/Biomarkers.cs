using System.Globalization;

namespace Abscopal.Models.Patients;

/// <summary>Measured biomarkers of a patient; each is optional (null = not measured, the subtype default applies).</summary>
public sealed record Biomarkers
{
    /// <summary>No biomarker measured.</summary>
    public static Biomarkers None { get; } = new();

    /// <summary>PD-L1 combined positive score (22C3), dimensionless in [0, 100].</summary>
    public double? PdL1Cps { get; init => field = Check(value, 0, 100, "pdl1_cps"); }

    /// <summary>Stromal tumour-infiltrating lymphocytes, in percent [0, 100].</summary>
    public double? TilsPercent { get; init => field = Check(value, 0, 100, "tils_percent"); }

    /// <summary>Radiosensitivity index (surviving fraction at 2 Gy), dimensionless in (0, 1).</summary>
    public double? Rsi { get; init => field = Check(value, 1e-6, 1 - 1e-6, "rsi"); }

    /// <summary>Baseline absolute lymphocyte count, in cells/µL [1, 20000].</summary>
    public double? AlcPerMicrolitre { get; init => field = Check(value, 1, 20000, "alc_per_uL"); }

    private static double? Check(double? value, double low, double high, string field) =>
        value is null || (value >= low && value <= high)
            ? value
            : throw new ArgumentOutOfRangeException(field, value, string.Create(CultureInfo.InvariantCulture, $"{field} must be in [{low}, {high}]; got {value}."));
}
