namespace Abscopal.Interop.Petab;

/// <summary>The PEtab v1 prior distributions (objectivePriorType); "parameterScale" ones apply to the parameter on its scale.</summary>
public enum PetabPriorType
{
    /// <summary>Uniform on [a, b] of the linear value.</summary>
    Uniform,

    /// <summary>Normal (mean a, standard deviation b) of the linear value.</summary>
    Normal,

    /// <summary>Laplace (location a, scale b) of the linear value.</summary>
    Laplace,

    /// <summary>Log-normal: ln x normal with mean a and standard deviation b.</summary>
    LogNormal,

    /// <summary>Log-Laplace: ln x Laplace with location a and scale b.</summary>
    LogLaplace,

    /// <summary>Uniform on [a, b] of the value on the parameter's scale.</summary>
    ParameterScaleUniform,

    /// <summary>Normal (mean a, standard deviation b) of the value on the parameter's scale.</summary>
    ParameterScaleNormal,

    /// <summary>Laplace (location a, scale b) of the value on the parameter's scale.</summary>
    ParameterScaleLaplace,
}
