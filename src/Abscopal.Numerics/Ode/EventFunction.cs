namespace Abscopal.Numerics.Ode;

/// <summary>An event condition g(t, y) whose zero crossings trigger a <see cref="ContinuousEvent"/>; must not allocate.</summary>
/// <param name="t">Time, in the system's time unit.</param>
/// <param name="y">State at <paramref name="t"/>.</param>
public delegate double EventFunction(double t, ReadOnlySpan<double> y);
