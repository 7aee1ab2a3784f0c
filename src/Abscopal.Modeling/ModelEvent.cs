using System.Collections.Immutable;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling;

/// <summary>An instantaneous change of variables when a condition becomes true (a dose, an RT fraction, a threshold).</summary>
/// <param name="Trigger">When it fires.</param>
public sealed record ModelEvent(EventTrigger Trigger) : ModelComponent
{
    /// <summary>Optional id.</summary>
    public string? Id { get; init; }

    /// <summary>Time from firing to execution, evaluated when it fires; null for none.</summary>
    public Expr? Delay { get; init; }

    /// <summary>Among events executing at the same time, higher priority goes first; null for none.</summary>
    public Expr? Priority { get; init; }

    /// <summary>Whether assignments are computed with the values at trigger time (else at execution time).</summary>
    public bool UseValuesFromTriggerTime { get; init; } = true;

    /// <summary>What changes, in order.</summary>
    public ImmutableArray<EventAssignment> Assignments { get; init; } = [];
}

/// <summary>The condition of an event; the event fires when it goes from false to true.</summary>
/// <param name="Math">A truth-valued formula.</param>
public sealed record EventTrigger(Expr Math)
{
    /// <summary>The value the trigger is taken to have just before the start time (false lets an event fire at t0).</summary>
    public bool InitialValue { get; init; } = true;

    /// <summary>Whether a delayed event still executes when its trigger turns false before then.</summary>
    public bool Persistent { get; init; } = true;
}

/// <summary>variable = math, applied when an event executes.</summary>
/// <param name="Variable">Id of the variable assigned.</param>
/// <param name="Math">The new value.</param>
public sealed record EventAssignment(string Variable, Expr Math) : ModelComponent;
