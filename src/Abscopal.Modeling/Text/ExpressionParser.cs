using Abscopal.Modeling.Expressions;
using Abscopal.Modeling.Text.Internal;

namespace Abscopal.Modeling.Text;

/// <summary>Reads one formula in the syntax of the text model format (see docs/model-format.md), for C# users of <see cref="ModelBuilder"/>.</summary>
/// <example>
/// <code>
/// var rate = ExpressionParser.Parse("kmax*S^n/(K^n + S^n)");
/// </code>
/// </example>
public static class ExpressionParser
{
    /// <summary>The expression tree of <paramref name="text"/>; "pi" and "exponentiale" become numbers, and calls of unknown names become user-function calls.</summary>
    /// <exception cref="ModelParseException">The text is not a formula; the error gives the column (file "&lt;expression&gt;").</exception>
    public static Expr Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new ParseErrors("<expression>");
        var tokens = Lexer.Tokenize(text, errors);
        errors.ThrowIfAny();
        var cursor = new TokenCursor(tokens);
        try
        {
            var expr = new ExpressionSyntaxParser(cursor) { BindNamedConstants = true }.Parse(uses: null);
            return cursor.Current.Kind == TokenKind.EndOfFile ? expr : throw cursor.Expected("end of the formula");
        }
        catch (SyntaxErrorException e)
        {
            errors.Add(e);
            errors.ThrowIfAny();
            throw;
        }
    }
}
