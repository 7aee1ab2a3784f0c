namespace Abscopal.Interop.Petab;

/// <summary>The scale of a parameter (PEtab parameterScale) or of an observable and its measurements (observableTransformation).</summary>
public enum PetabScale
{
    /// <summary>Linear: the value itself ("lin").</summary>
    Lin,

    /// <summary>Natural logarithm of the value ("log").</summary>
    Log,

    /// <summary>Decimal logarithm of the value ("log10").</summary>
    Log10,
}
