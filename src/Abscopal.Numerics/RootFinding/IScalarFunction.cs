namespace Abscopal.Numerics.RootFinding;

/// <summary>A real function of one real variable, implemented by a struct so that root finders call it without delegates or boxing.</summary>
public interface IScalarFunction
{
    /// <summary>Returns f(<paramref name="x"/>).</summary>
    double Evaluate(double x);
}
