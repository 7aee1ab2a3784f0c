namespace Abscopal.Interop.Petab;

/// <summary>Conversions between a linear value and its value on a <see cref="PetabScale"/>.</summary>
public static class PetabScales
{
    /// <summary>The value of linear <paramref name="value"/> on <paramref name="scale"/> (ln or log10 of it, or itself).</summary>
    public static double ToScale(double value, PetabScale scale) => scale switch
    {
        PetabScale.Lin => value,
        PetabScale.Log => Math.Log(value),
        PetabScale.Log10 => Math.Log10(value),
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Unknown scale."),
    };

    /// <summary>The linear value of <paramref name="scaled"/> given on <paramref name="scale"/>.</summary>
    public static double FromScale(double scaled, PetabScale scale) => scale switch
    {
        PetabScale.Lin => scaled,
        PetabScale.Log => Math.Exp(scaled),
        PetabScale.Log10 => Math.Pow(10, scaled),
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Unknown scale."),
    };
}
