namespace Abscopal.Modeling.Text.Internal;

/// <summary>The kinds of tokens of the text model format.</summary>
internal enum TokenKind
{
    /// <summary>A name: letters, digits and '_', not starting with a digit (keywords are names too; their meaning depends on where they stand).</summary>
    Identifier,

    /// <summary>A number literal such as 1, 1.5, .5, 1e-3.</summary>
    Number,

    /// <summary>A double-quoted string; the token's text is the unescaped value.</summary>
    String,

    /// <summary>'+'.</summary>
    Plus,

    /// <summary>'-'.</summary>
    Minus,

    /// <summary>'*'.</summary>
    Star,

    /// <summary>'/'.</summary>
    Slash,

    /// <summary>'%', the remainder (libSBML's modulo, which equals rem(a, b)).</summary>
    Percent,

    /// <summary>'^' or '**'.</summary>
    Caret,

    /// <summary>'('.</summary>
    LeftParen,

    /// <summary>')'.</summary>
    RightParen,

    /// <summary>'{'.</summary>
    LeftBrace,

    /// <summary>'}'.</summary>
    RightBrace,

    /// <summary>','.</summary>
    Comma,

    /// <summary>';'.</summary>
    Semicolon,

    /// <summary>':'.</summary>
    Colon,

    /// <summary>':='.</summary>
    ColonEquals,

    /// <summary>The prime of a rate rule, x'.</summary>
    Prime,

    /// <summary>'='.</summary>
    Equals,

    /// <summary>'=='.</summary>
    EqualsEquals,

    /// <summary>'!='.</summary>
    NotEquals,

    /// <summary>'&lt;'.</summary>
    Less,

    /// <summary>'&lt;='.</summary>
    LessOrEqual,

    /// <summary>'&gt;'.</summary>
    Greater,

    /// <summary>'&gt;='.</summary>
    GreaterOrEqual,

    /// <summary>'&amp;&amp;'.</summary>
    AndAnd,

    /// <summary>'||'.</summary>
    OrOr,

    /// <summary>'!'.</summary>
    Bang,

    /// <summary>'$', marking a boundary species.</summary>
    Dollar,

    /// <summary>'-&gt;', a reversible reaction.</summary>
    Arrow,

    /// <summary>'=&gt;', an irreversible reaction.</summary>
    DoubleArrow,

    /// <summary>'.', in dotted paths such as x.source.</summary>
    Dot,

    /// <summary>The end of a line that ends a statement.</summary>
    Newline,

    /// <summary>Text the lexer could not read; its error is already reported.</summary>
    Invalid,

    /// <summary>The end of the text.</summary>
    EndOfFile,
}
