using System.Collections.Immutable;

namespace Abscopal.Modeling.Text.Internal;

/// <summary>The kinds of statements about a named element or a part of one.</summary>
internal enum PathStatementKind
{
    /// <summary>path = value: a property (x.source = "..."), or a local parameter of a reaction (J0.k = 0.3).</summary>
    Assign,

    /// <summary>path is "name".</summary>
    DisplayName,

    /// <summary>path has unit.</summary>
    Units,

    /// <summary>path notes "text" (Antimony's notes syntax).</summary>
    Notes,
}

/// <summary>A statement about an element named by a dotted path (x, J0.k, x.rule, E1.x, model), resolved once the whole model is read.</summary>
/// <param name="Kind">What it sets.</param>
/// <param name="Path">The path's names, including a trailing property name for <see cref="PathStatementKind.Assign"/>.</param>
/// <param name="ModelHead">Whether the path starts with the keyword 'model' (the model itself).</param>
/// <param name="Position">Where the statement starts.</param>
internal sealed record PathStatement(PathStatementKind Kind, ImmutableArray<Token> Path, bool ModelHead, SourcePosition Position)
{
    /// <summary>A string value (names, notes, sources).</summary>
    public string? Text { get; init; }

    /// <summary>A list of names in braces ({A, B}).</summary>
    public ImmutableArray<Token>? Ids { get; init; }

    /// <summary>A formula value.</summary>
    public FormulaSyntax? Value { get; init; }

    /// <summary>A unit (for 'has').</summary>
    public UnitSyntax? Units { get; init; }

    /// <summary>Where the value starts.</summary>
    public SourcePosition ValuePosition { get; init; }

    /// <summary>The path as written, a.b.c.</summary>
    public string PathText => string.Join('.', Path.Select(t => t.Text));
}
