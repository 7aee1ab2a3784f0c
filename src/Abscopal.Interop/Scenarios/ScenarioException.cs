using System.Collections.ObjectModel;

namespace Abscopal.Interop.Scenarios;

/// <summary>Thrown by <see cref="ScenarioReader.Read"/> for an invalid scenario; <see cref="Errors"/> lists every problem, the first being the message.</summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception from the errors found (at least one).</summary>
    public ScenarioException(IReadOnlyList<ScenarioError> errors)
        : base(errors is { Count: > 0 } ? errors[0].ToString() : "The scenario is invalid.")
    {
        Errors = Array.AsReadOnly(errors?.ToArray() ?? []);
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ScenarioException(string message)
        : base(message) => Errors = Array.AsReadOnly(Array.Empty<ScenarioError>());

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public ScenarioException(string message, Exception innerException)
        : base(message, innerException) => Errors = Array.AsReadOnly(Array.Empty<ScenarioError>());

    /// <summary>Creates an exception without details.</summary>
    public ScenarioException()
        : this("The scenario is invalid.")
    {
    }

    /// <summary>Every problem found, in file order.</summary>
    public ReadOnlyCollection<ScenarioError> Errors { get; }
}
