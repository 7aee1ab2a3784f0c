namespace Abscopal.Numerics.Ode;

/// <summary>The default algorithms, and lookup by name for command lines and scenario files.</summary>
public static class OdeAlgorithms
{
    /// <summary>Automatic stiffness switching between DP5 and Rodas4: the robust default.</summary>
    public static OdeAlgorithm Auto { get; } = new AutoSwitching();

    /// <summary>Dormand–Prince 5(4), for non-stiff problems.</summary>
    public static OdeAlgorithm NonStiff { get; } = new DormandPrince5();

    /// <summary>Rodas4, for stiff problems.</summary>
    public static OdeAlgorithm Stiff { get; } = new Rodas4();

    /// <summary>Returns the algorithm named "auto", "nonstiff", "stiff", "dp5" or "rodas4" (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The name is not one of these.</exception>
    public static OdeAlgorithm FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToUpperInvariant() switch
        {
            "AUTO" => Auto,
            "NONSTIFF" or "DP5" => NonStiff,
            "STIFF" or "RODAS4" => Stiff,
            _ => throw new ArgumentException(
                $"Unknown ODE algorithm '{name}'; expected one of: auto, nonstiff, stiff, dp5, rodas4.", nameof(name)),
        };
    }
}
