using System.Text.RegularExpressions;

namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>A string: one of a fixed list of names, or any text matching a pattern.</summary>
internal sealed class StringShape(string description) : Shape(description)
{
    /// <summary>The allowed names (case-sensitive), or null for free text.</summary>
    public IReadOnlyList<string>? Enum { get; init; }

    /// <summary>An ECMAScript-compatible pattern the whole text must match, or null.</summary>
    public string? Pattern { get; init; }

    /// <summary>Words for the pattern in messages, e.g. "a letter followed by letters, digits or '_'".</summary>
    public string PatternWords { get; init; } = string.Empty;

    public override string Kind => "a string";

    public override string Allowed => Enum is not null ? string.Join(", ", Enum) : Pattern is not null ? PatternWords : "a non-empty string";

    public bool Accepts(string value) =>
        value.Length > 0
        && (Enum is null || Enum.Contains(value, StringComparer.Ordinal))
        && (Pattern is null || Regex.IsMatch(value, Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
}
