namespace Abscopal.Numerics.Ode;

/// <summary>Changes the state in place at an event (a dose, a reset); <paramref name="t"/> is the event time.</summary>
/// <param name="t">Event time, in the system's time unit.</param>
/// <param name="y">State just before the event, to be overwritten with the state just after it.</param>
public delegate void StateAction(double t, Span<double> y);
