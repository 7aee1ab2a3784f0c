using System.Collections.ObjectModel;

namespace Abscopal.Planning.Problems;

/// <summary>The file names of the planning objectives.</summary>
public static class PlanningObjectives
{
    private static readonly (string Name, PlanningObjective Value)[] s_names =
    [
        ("abscopal_response_probability", PlanningObjective.AbscopalResponseProbability),
        ("objective_response_probability", PlanningObjective.ObjectiveResponseProbability),
        ("progression_free_days", PlanningObjective.ProgressionFreeDays),
    ];

    /// <summary>Every objective name, in enum order.</summary>
    public static ReadOnlyCollection<string> Names { get; } = Array.AsReadOnly(s_names.Select(n => n.Name).ToArray());

    /// <summary>The file name of <paramref name="objective"/>.</summary>
    public static string NameOf(PlanningObjective objective) => s_names.First(n => n.Value == objective).Name;

    /// <summary>The objective called <paramref name="name"/>, or null.</summary>
    public static PlanningObjective? Find(string name) => s_names.FirstOrDefault(n => n.Name == name).Name is null ? null : s_names.First(n => n.Name == name).Value;

    /// <summary>Whether the objective is a probability (reported with a Wilson interval) rather than a mean in days.</summary>
    public static bool IsProbability(PlanningObjective objective) => objective != PlanningObjective.ProgressionFreeDays;
}
