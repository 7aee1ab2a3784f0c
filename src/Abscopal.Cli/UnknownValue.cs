using Abscopal.Modeling.Text;

namespace Abscopal.Cli;

/// <summary>The usage message for an option value that names nothing known, with a "did you mean" hint (<see cref="NameSuggestion"/>).</summary>
internal static class UnknownValue
{
    public static string Message(string what, string option, string typed, IReadOnlyCollection<string> known)
    {
        string? nearest = NameSuggestion.Nearest(typed, known);
        string hint = nearest is null ? string.Empty : $" Did you mean '{nearest}'?";
        return $"{option}: unknown {what} '{typed}'.{hint} Known: {string.Join(", ", known)}.";
    }
}
