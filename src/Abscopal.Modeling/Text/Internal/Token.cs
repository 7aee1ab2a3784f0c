namespace Abscopal.Modeling.Text.Internal;

/// <summary>One token of a text model.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Text">Its text as written (for strings: the unescaped value).</param>
/// <param name="Position">Where it starts.</param>
/// <param name="Offset">Index of its first character in the text.</param>
/// <param name="Length">Number of characters it spans in the text.</param>
/// <param name="Value">The value of a number token (0 for others).</param>
internal readonly record struct Token(TokenKind Kind, string Text, SourcePosition Position, int Offset, int Length, double Value = 0)
{
    /// <summary>Whether this is the name <paramref name="word"/>.</summary>
    public bool IsWord(string word) => Kind == TokenKind.Identifier && string.Equals(Text, word, StringComparison.Ordinal);

    /// <summary>Whether this token ends a statement (end of line, ';' or end of text).</summary>
    public bool EndsStatement => Kind is TokenKind.Newline or TokenKind.Semicolon or TokenKind.EndOfFile;

    /// <summary>The token as error messages name it: 'x', end of line, end of file.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.Newline => "end of line",
        TokenKind.EndOfFile => "end of file",
        TokenKind.String => $"the string \"{Text}\"",
        _ => $"'{Text}'",
    };
}
