using System.Globalization;
using System.Text;

namespace Abscopal.Modeling.Text.Internal;

/// <summary>Turns text into tokens: skips white space and comments (//, #, /* */), and keeps only the line ends that end a statement.</summary>
/// <remarks>
/// A line end is dropped (the statement goes on) when the line ends with an operator, '(', ',', ':' or '='
/// (not an arrow: "A =>" may end a reaction without products), or when the next line starts with a binary
/// operator, ')', '}' or ','. So a formula may span lines inside parentheses or when broken at an operator,
/// while two operands on separate lines (an unclosed parenthesis) still meet a line end and the parser
/// reports it there.
/// </remarks>
internal sealed class Lexer
{
    private readonly string _text;
    private readonly ParseErrors _errors;
    private readonly List<Token> _tokens = [];
    private int _offset;
    private int _line = 1;
    private int _column = 1;
    private SourcePosition _lastEnd = SourcePosition.Start;

    private Lexer(string text, ParseErrors errors)
    {
        _text = text;
        _errors = errors;
    }

    /// <summary>The tokens of <paramref name="text"/>, ending with an end-of-file token; problems go to <paramref name="errors"/>.</summary>
    public static List<Token> Tokenize(string text, ParseErrors errors)
    {
        var lexer = new Lexer(text, errors);
        lexer.Run();
        return JoinLines(lexer._tokens);
    }

    private SourcePosition Here => new(_line, _column);

    private char Peek(int ahead = 0) => _offset + ahead < _text.Length ? _text[_offset + ahead] : '\0';

    private void Advance(int count = 1)
    {
        for (var i = 0; i < count && _offset < _text.Length; i++)
        {
            if (_text[_offset] == '\n')
            {
                _line++;
                _column = 1;
            }
            else
            {
                _column++;
            }

            _offset++;
        }
    }

    private void Run()
    {
        if (Peek() == '\uFEFF')
        {
            _offset++;
        }

        while (_offset < _text.Length)
        {
            var c = Peek();
            switch (c)
            {
                case '\n':
                    EmitNewline();
                    Advance();
                    break;
                case ' ' or '\t' or '\r' or '\f' or '\v':
                    Advance();
                    break;
                case '#':
                    SkipLineComment();
                    break;
                case '/' when Peek(1) == '/':
                    SkipLineComment();
                    break;
                case '/' when Peek(1) == '*':
                    if (!SkipBlockComment())
                    {
                        return;
                    }

                    break;
                case '"':
                    ReadString();
                    break;
                case '.' when char.IsAsciiDigit(Peek(1)):
                    ReadNumber();
                    break;
                default:
                    if (char.IsAsciiDigit(c))
                    {
                        ReadNumber();
                    }
                    else if (char.IsAsciiLetter(c) || c == '_')
                    {
                        ReadIdentifier();
                    }
                    else
                    {
                        ReadOperator();
                    }

                    break;
            }
        }

        _tokens.Add(new Token(TokenKind.EndOfFile, string.Empty, _tokens.Count == 0 ? SourcePosition.Start : _lastEnd, _text.Length, 0));
    }

    private void Emit(TokenKind kind, string text, SourcePosition start, int startOffset, double value = 0)
    {
        _tokens.Add(new Token(kind, text, start, startOffset, _offset - startOffset, value));
        _lastEnd = Here;
    }

    private void EmitNewline()
    {
        // The line end is reported just after the last token of its line, where a missing ')' or rate belongs.
        var at = _tokens.Count > 0 && _tokens[^1].Position.Line == _lastEnd.Line && _lastEnd.Line == _line ? _lastEnd : Here;
        if (_tokens.Count > 0 && _tokens[^1].Kind != TokenKind.Newline)
        {
            _tokens.Add(new Token(TokenKind.Newline, "\n", at, _offset, 0));
        }
    }

    private void SkipLineComment()
    {
        while (_offset < _text.Length && Peek() != '\n')
        {
            Advance();
        }
    }

    private bool SkipBlockComment()
    {
        var start = Here;
        var startLine = _line;
        Advance(2);
        while (_offset < _text.Length)
        {
            if (Peek() == '*' && Peek(1) == '/')
            {
                Advance(2);
                if (_line != startLine)
                {
                    // A comment that spans lines ends the statement like the line ends it contains.
                    var saved = (_line, _column);
                    (_line, _column) = (startLine, start.Column);
                    EmitNewline();
                    (_line, _column) = saved;
                }

                return true;
            }

            Advance();
        }

        _errors.Add(start, "unterminated block comment; expected '*/' to close the '/*' opened here, found end of file");
        _tokens.Add(new Token(TokenKind.Invalid, "/*", start, _offset, 0));
        _tokens.Add(new Token(TokenKind.EndOfFile, string.Empty, start, _text.Length, 0));
        return false;
    }

    private void ReadString()
    {
        var start = Here;
        var startOffset = _offset;
        Advance();
        var value = new StringBuilder();
        while (true)
        {
            var c = Peek();
            if (_offset >= _text.Length || c == '\n')
            {
                _errors.Add(start, $"unterminated string; expected '\"' to close the string opened here, found {(c == '\n' ? "end of line" : "end of file")}");
                Emit(TokenKind.Invalid, "\"", start, startOffset);
                return;
            }

            Advance();
            if (c == '"')
            {
                break;
            }

            if (c == '\\')
            {
                var escaped = Peek();
                Advance();
                value.Append(escaped switch
                {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    _ => escaped, // \" and \\ (and any other character stands for itself)
                });
            }
            else
            {
                value.Append(c);
            }
        }

        Emit(TokenKind.String, value.ToString(), start, startOffset);
    }

    private void ReadNumber()
    {
        var start = Here;
        var startOffset = _offset;
        while (char.IsAsciiDigit(Peek()))
        {
            Advance();
        }

        if (Peek() == '.')
        {
            Advance();
            while (char.IsAsciiDigit(Peek()))
            {
                Advance();
            }
        }

        if (Peek() is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            Advance(2);
            while (char.IsAsciiDigit(Peek()))
            {
                Advance();
            }
        }

        if (Peek() == '.')
        {
            // 1.2.3: a number followed by more number-like text.
            while (char.IsAsciiLetterOrDigit(Peek()) || Peek() is '.' or '_')
            {
                Advance();
            }

            var bad = _text[startOffset.._offset];
            _errors.Add(start, $"malformed number '{bad}'; expected a number such as 2, 1.5, .5 or 2.5e-3, found '{bad}'");
            Emit(TokenKind.Invalid, bad, start, startOffset);
            return;
        }

        var text = _text[startOffset.._offset];
        Emit(TokenKind.Number, text, start, startOffset, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private void ReadIdentifier()
    {
        var start = Here;
        var startOffset = _offset;
        while (char.IsAsciiLetterOrDigit(Peek()) || Peek() == '_')
        {
            Advance();
        }

        Emit(TokenKind.Identifier, _text[startOffset.._offset], start, startOffset);
    }

    private void ReadOperator()
    {
        var start = Here;
        var startOffset = _offset;
        var c = Peek();
        var next = Peek(1);
        (TokenKind Kind, int Length)? op = (c, next) switch
        {
            ('-', '>') => (TokenKind.Arrow, 2),
            ('=', '>') => (TokenKind.DoubleArrow, 2),
            (':', '=') => (TokenKind.ColonEquals, 2),
            ('=', '=') => (TokenKind.EqualsEquals, 2),
            ('!', '=') => (TokenKind.NotEquals, 2),
            ('<', '=') => (TokenKind.LessOrEqual, 2),
            ('>', '=') => (TokenKind.GreaterOrEqual, 2),
            ('&', '&') => (TokenKind.AndAnd, 2),
            ('|', '|') => (TokenKind.OrOr, 2),
            ('*', '*') => (TokenKind.Caret, 2),
            ('+', _) => (TokenKind.Plus, 1),
            ('-', _) => (TokenKind.Minus, 1),
            ('*', _) => (TokenKind.Star, 1),
            ('/', _) => (TokenKind.Slash, 1),
            ('%', _) => (TokenKind.Percent, 1),
            ('^', _) => (TokenKind.Caret, 1),
            ('(', _) => (TokenKind.LeftParen, 1),
            (')', _) => (TokenKind.RightParen, 1),
            ('{', _) => (TokenKind.LeftBrace, 1),
            ('}', _) => (TokenKind.RightBrace, 1),
            (',', _) => (TokenKind.Comma, 1),
            (';', _) => (TokenKind.Semicolon, 1),
            (':', _) => (TokenKind.Colon, 1),
            ('\'', _) => (TokenKind.Prime, 1),
            ('=', _) => (TokenKind.Equals, 1),
            ('<', _) => (TokenKind.Less, 1),
            ('>', _) => (TokenKind.Greater, 1),
            ('!', _) => (TokenKind.Bang, 1),
            ('$', _) => (TokenKind.Dollar, 1),
            ('.', _) => (TokenKind.Dot, 1),
            _ => null,
        };

        if (op is { } found)
        {
            Advance(found.Length);
            Emit(found.Kind, _text[startOffset.._offset], start, startOffset);
            return;
        }

        Advance();
        var shown = char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
        var message = c switch
        {
            '|' when _tokens.Count > 0 && _tokens[^1].Kind == TokenKind.Minus && _tokens[^1].Offset == startOffset - 1 =>
                "interactions ('-|', '-o', '-(') are not supported; expected a formula, found '-|'",
            _ => $"unexpected character '{shown}'; expected a name, a number, an operator or a string, found '{shown}'",
        };
        var at = c == '|' && message.StartsWith("interactions", StringComparison.Ordinal) ? _tokens[^1].Position : start;
        _errors.Add(at, message);
        Emit(TokenKind.Invalid, c.ToString(), start, startOffset);
    }

    private static List<Token> JoinLines(List<Token> tokens)
    {
        var result = new List<Token>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Newline)
            {
                result.Add(token);
                continue;
            }

            if (result.Count == 0 || result[^1].Kind == TokenKind.Newline)
            {
                continue;
            }

            var next = tokens[i + 1]; // never a newline: consecutive line ends are merged when emitted
            if (next.Kind == TokenKind.EndOfFile || ExpectsOperand(result[^1]) || ContinuesLine(next))
            {
                continue;
            }

            result.Add(token);
        }

        return result;
    }

    private static bool ExpectsOperand(Token previous) => previous.Kind switch
    {
        TokenKind.Plus or TokenKind.Minus or TokenKind.Star or TokenKind.Slash or TokenKind.Percent or TokenKind.Caret => true,
        TokenKind.LeftParen or TokenKind.LeftBrace or TokenKind.Comma or TokenKind.Colon => true,
        TokenKind.Equals or TokenKind.ColonEquals or TokenKind.EqualsEquals or TokenKind.NotEquals => true,
        TokenKind.Less or TokenKind.LessOrEqual or TokenKind.Greater or TokenKind.GreaterOrEqual => true,
        TokenKind.AndAnd or TokenKind.OrOr or TokenKind.Bang => true,
        TokenKind.Identifier => previous.Text is "and" or "or" or "not",
        _ => false,
    };

    private static bool ContinuesLine(Token next) => next.Kind switch
    {
        TokenKind.Plus or TokenKind.Minus or TokenKind.Star or TokenKind.Slash or TokenKind.Percent or TokenKind.Caret => true,
        TokenKind.RightParen or TokenKind.RightBrace or TokenKind.Comma => true,
        TokenKind.EqualsEquals or TokenKind.NotEquals => true,
        TokenKind.Less or TokenKind.LessOrEqual or TokenKind.Greater or TokenKind.GreaterOrEqual => true,
        TokenKind.AndAnd or TokenKind.OrOr => true,
        TokenKind.Identifier => next.Text is "and" or "or",
        _ => false,
    };
}
