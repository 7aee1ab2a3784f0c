namespace Abscopal.Interop.Petab;

/// <summary>A prior of an estimated parameter, as PEtab v1's objectivePriorType and objectivePriorParameters "a;b".</summary>
/// <param name="Type">The distribution.</param>
/// <param name="A">First parameter: lower bound, mean or location.</param>
/// <param name="B">Second parameter: upper bound, standard deviation or scale.</param>
public sealed record PetabPrior(PetabPriorType Type, double A, double B)
{
    private static readonly double s_logSqrtTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <summary>The log density of the prior at linear value <paramref name="value"/> of a parameter on <paramref name="scale"/>; for parameterScale priors the density is of the scaled value (PEtab v1 convention, no Jacobian of the transformation).</summary>
    public double LogDensity(double value, PetabScale scale)
    {
        double x = Type is PetabPriorType.ParameterScaleUniform or PetabPriorType.ParameterScaleNormal or PetabPriorType.ParameterScaleLaplace
            ? PetabScales.ToScale(value, scale)
            : value;
        return Type switch
        {
            PetabPriorType.Uniform or PetabPriorType.ParameterScaleUniform => x >= A && x <= B ? -Math.Log(B - A) : double.NegativeInfinity,
            PetabPriorType.Normal or PetabPriorType.ParameterScaleNormal => -s_logSqrtTwoPi - Math.Log(B) - (0.5 * Square((x - A) / B)),
            PetabPriorType.Laplace or PetabPriorType.ParameterScaleLaplace => -Math.Log(2 * B) - (Math.Abs(x - A) / B),
            PetabPriorType.LogNormal => x > 0 ? -s_logSqrtTwoPi - Math.Log(B * x) - (0.5 * Square((Math.Log(x) - A) / B)) : double.NegativeInfinity,
            PetabPriorType.LogLaplace => x > 0 ? -Math.Log(2 * B * x) - (Math.Abs(Math.Log(x) - A) / B) : double.NegativeInfinity,
            _ => throw new InvalidOperationException($"Unknown prior type {Type}."),
        };
    }

    private static double Square(double x) => x * x;
}
