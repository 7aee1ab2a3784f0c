namespace Abscopal.Numerics.Ode;

/// <summary>A state change at a preset time (a dose); the integrator lands exactly on <see cref="Time"/> and never steps across it.</summary>
/// <param name="Time">When the action is applied, in the system's time unit.</param>
/// <param name="Action">The state change.</param>
public sealed record ScheduledEvent(double Time, StateAction Action);
