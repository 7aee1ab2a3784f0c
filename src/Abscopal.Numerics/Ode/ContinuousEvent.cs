namespace Abscopal.Numerics.Ode;

/// <summary>A state change triggered when <see cref="Condition"/> crosses zero; the crossing is located on the dense output.</summary>
/// <param name="Condition">The event function g(t, y).</param>
/// <param name="Action">The state change applied at the located root.</param>
/// <param name="Direction">Which crossings count.</param>
/// <param name="Terminal">Whether the solve ends at this event (after applying <paramref name="Action"/>).</param>
public sealed record ContinuousEvent(
    EventFunction Condition,
    StateAction Action,
    EventDirection Direction = EventDirection.Both,
    bool Terminal = false);
