using System.Collections.Immutable;

namespace Abscopal.Modeling.Compilation;

/// <summary>An event of a compiled model: where its assignments write, plus its SBML flags.</summary>
/// <param name="Id">The event's id, or a generated "event#k".</param>
/// <param name="Index">Position among the model's events.</param>
/// <param name="Targets">The symbols its assignments write, in order.</param>
/// <param name="HasDelay">Whether it has a delay.</param>
/// <param name="HasPriority">Whether it has a priority.</param>
/// <param name="InitialValue">Trigger value taken before the start time.</param>
/// <param name="Persistent">Whether a pending execution survives its trigger turning false.</param>
/// <param name="UseValuesFromTriggerTime">Whether assignment values are computed at trigger time.</param>
public sealed record CompiledEvent(
    string Id,
    int Index,
    ImmutableArray<SymbolInfo> Targets,
    bool HasDelay,
    bool HasPriority,
    bool InitialValue,
    bool Persistent,
    bool UseValuesFromTriggerTime)
{
    internal Kernel Assignments { get; init; } = null!;

    /// <summary>Factor turning each assigned value into what its slot stores (the compartment size for species stored as amounts, else 1).</summary>
    internal Kernel TargetScales { get; init; } = null!;
}
