namespace Abscopal.Modeling;

/// <summary>A problem found in a model, naming the element it concerns.</summary>
/// <param name="Element">Description of the element, e.g. "rate rule for 'TV'" or "species 'A'".</param>
/// <param name="Message">What is wrong and what is allowed.</param>
/// <param name="Subject">The offending component, when there is one (lets a parser point at its line).</param>
public sealed record ModelDiagnostic(string Element, string Message, ModelComponent? Subject = null)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Element}: {Message}";
}
