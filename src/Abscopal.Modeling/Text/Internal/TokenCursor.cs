namespace Abscopal.Modeling.Text.Internal;

/// <summary>Reads a token list front to back, with the error helpers every parser of the format shares.</summary>
internal sealed class TokenCursor(List<Token> tokens)
{
    private int _index;

    /// <summary>The token under the cursor.</summary>
    public Token Current => tokens[_index];

    /// <summary>The token just consumed (the first token when nothing was consumed yet).</summary>
    public Token Previous => tokens[Math.Max(_index - 1, 0)];

    /// <summary>The token <paramref name="ahead"/> places after the current one (the end-of-file token past the end).</summary>
    public Token Peek(int ahead = 1) => tokens[Math.Min(_index + ahead, tokens.Count - 1)];

    /// <summary>Consumes and returns the current token (stays on end of file).</summary>
    public Token Next()
    {
        var token = tokens[_index];
        if (_index < tokens.Count - 1)
        {
            _index++;
        }

        return token;
    }

    /// <summary>Consumes the current token when it is of <paramref name="kind"/>.</summary>
    public bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        Next();
        return true;
    }

    /// <summary>Consumes the current token when it is the name <paramref name="word"/>.</summary>
    public bool AcceptWord(string word)
    {
        if (!Current.IsWord(word))
        {
            return false;
        }

        Next();
        return true;
    }

    /// <summary>Consumes a token of <paramref name="kind"/>, or throws "expected <paramref name="expected"/>, found ...".</summary>
    public Token Expect(TokenKind kind, string expected) => Current.Kind == kind ? Next() : throw Expected(expected);

    /// <summary>Consumes the ')' matching <paramref name="open"/>, or throws naming where it was opened.</summary>
    public void ExpectClosing(Token open, TokenKind close = TokenKind.RightParen)
    {
        if (!Accept(close))
        {
            var (o, c) = close == TokenKind.RightBrace ? ("{", "}") : ("(", ")");
            throw Error(Current, $"expected '{c}' to close '{o}' opened at {open.Position}, found {Current.Describe()}");
        }
    }

    /// <summary>Whether any token before the end of the current statement (line end or end of file) is of <paramref name="kind"/> or <paramref name="other"/>.</summary>
    public bool StatementContains(TokenKind kind, TokenKind other)
    {
        for (var i = _index; i < tokens.Count; i++)
        {
            var k = tokens[i].Kind;
            if (k is TokenKind.Newline or TokenKind.EndOfFile or TokenKind.Semicolon)
            {
                return false;
            }

            if (k == kind || k == other)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The problem "expected <paramref name="expected"/>, found (current token)".</summary>
    public SyntaxErrorException Expected(string expected) => Error(Current, $"expected {expected}, found {Current.Describe()}");

    /// <summary>A problem at <paramref name="at"/>; silent when that token is one the lexer already reported.</summary>
    public static SyntaxErrorException Error(Token at, string message) =>
        new(at.Position, at.Kind == TokenKind.Invalid ? null : message);

    /// <summary>Skips to the end of the current statement (the line end, ';' or end of file), without consuming it.</summary>
    public void SkipToStatementEnd()
    {
        while (!Current.EndsStatement)
        {
            Next();
        }
    }
}
