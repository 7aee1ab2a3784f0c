namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>A rule about which keys of an object go together; each has a reader check and a JSON Schema form.</summary>
internal abstract record KeyRule
{
    /// <summary>The rule in words, for the reference docs.</summary>
    public abstract string Words { get; }
}

/// <summary>Exactly one of <paramref name="Keys"/> is present.</summary>
internal sealed record ExactlyOneRule(IReadOnlyList<string> Keys) : KeyRule
{
    public override string Words => "exactly one of " + string.Join(", ", Keys);
}

/// <summary>When <paramref name="Key"/> is present, none of <paramref name="Others"/> may be; <paramref name="Hint"/> says what to do instead.</summary>
internal sealed record ExcludesRule(string Key, IReadOnlyList<string> Others, string Hint = "give explicit days, or a regular schedule") : KeyRule
{
    public override string Words => $"{Key} excludes {string.Join(", ", Others)}";
}

/// <summary><paramref name="Needed"/> is required when the number at <paramref name="Key"/> is at least <paramref name="AtLeast"/>.</summary>
internal sealed record RequiredWhenAtLeastRule(string Needed, string Key, double AtLeast) : KeyRule
{
    public override string Words => $"{Needed} is required when {Key} ≥ {AtLeast}";
}

/// <summary>When the string at <paramref name="Key"/> equals <paramref name="Value"/>, <paramref name="Require"/> must be present and <paramref name="Forbid"/> absent.</summary>
internal sealed record WhenEqualsRule(string Key, string Value, IReadOnlyList<string> Require, IReadOnlyList<string> Forbid) : KeyRule
{
    public override string Words =>
        $"when {Key} is {Value}: " + string.Join("; ", new[]
        {
            Require.Count > 0 ? "requires " + string.Join(", ", Require) : null,
            Forbid.Count > 0 ? "forbids " + string.Join(", ", Forbid) : null,
        }.Where(s => s is not null));
}
