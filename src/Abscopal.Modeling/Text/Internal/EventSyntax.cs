namespace Abscopal.Modeling.Text.Internal;

/// <summary>One assignment of an event: variable = formula.</summary>
/// <param name="Variable">The assigned name.</param>
/// <param name="Math">The new value.</param>
internal sealed record EventAssignmentSyntax(Token Variable, FormulaSyntax Math);

/// <summary>An event statement: [id:] at [delay after] trigger [, option = value]...: assignments.</summary>
internal sealed class EventSyntax(Token? id, SourcePosition position)
{
    /// <summary>The id token, when the event is named.</summary>
    public Token? Id { get; } = id;

    /// <summary>Where the statement starts.</summary>
    public SourcePosition Position { get; } = position;

    /// <summary>The trigger condition.</summary>
    public FormulaSyntax? Trigger { get; set; }

    /// <summary>The delay before 'after', if any.</summary>
    public FormulaSyntax? Delay { get; set; }

    /// <summary>The priority option, if any.</summary>
    public FormulaSyntax? Priority { get; set; }

    /// <summary>The t0 option: the trigger's value just before the start (Antimony's default, true, keeps an event from firing at t0).</summary>
    public bool InitialValue { get; set; } = true;

    /// <summary>The persistent option (default true).</summary>
    public bool Persistent { get; set; } = true;

    /// <summary>The fromTrigger option: assignments use the values at trigger time (default true).</summary>
    public bool UseValuesFromTriggerTime { get; set; } = true;

    /// <summary>The assignments, in order.</summary>
    public List<EventAssignmentSyntax> Assignments { get; } = [];
}
