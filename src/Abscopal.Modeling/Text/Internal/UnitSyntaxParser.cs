namespace Abscopal.Modeling.Text.Internal;

/// <summary>Parses a unit expression: products and quotients of [number] unit [^ exponent], with parentheses, or a quoted free text.</summary>
/// <remarks>
/// As in Antimony (and SBML's unit factors), a number written before a unit is that factor's multiplier and
/// an exponent applies to both: "1000 gram^2" is (1000 g)². A number on its own (the 1 of "1/day") is a
/// dimensionless factor, dropped when it is 1.
/// </remarks>
internal sealed class UnitSyntaxParser(TokenCursor cursor, string text)
{
    /// <summary>Parses the unit at the cursor.</summary>
    public UnitSyntax Parse()
    {
        var start = cursor.Current;
        if (start.Kind == TokenKind.String)
        {
            cursor.Next();
            return new UnitSyntax([], start.Text, start.Position, IsFreeText: true);
        }

        var factors = new List<UnitFactorSyntax>();
        ParseProduct(factors, 1);
        var last = cursor.Previous;
        return new UnitSyntax([.. factors], text[start.Offset..(last.Offset + last.Length)], start.Position);
    }

    private void ParseProduct(List<UnitFactorSyntax> factors, double sign)
    {
        ParseTerm(factors, sign);
        while (cursor.Current.Kind is TokenKind.Star or TokenKind.Slash)
        {
            var divide = cursor.Next().Kind == TokenKind.Slash;
            ParseTerm(factors, divide ? -sign : sign);
        }
    }

    private void ParseTerm(List<UnitFactorSyntax> factors, double sign)
    {
        var token = cursor.Current;
        switch (token.Kind)
        {
            case TokenKind.LeftParen:
                cursor.Next();
                var inner = new List<UnitFactorSyntax>();
                ParseProduct(inner, 1);
                cursor.ExpectClosing(token);
                var power = ParseExponent() * sign;
                factors.AddRange(inner.Select(f => f with { Exponent = f.Exponent * power }));
                return;
            case TokenKind.Number:
                cursor.Next();
                if (cursor.Current.Kind == TokenKind.Identifier)
                {
                    var unit = cursor.Next();
                    factors.Add(new UnitFactorSyntax(unit.Text, unit.Position, ParseExponent() * sign, token.Value));
                    return;
                }

                var exponent = ParseExponent() * sign;
                if (token.Value != 1.0)
                {
                    factors.Add(new UnitFactorSyntax("dimensionless", token.Position, exponent, token.Value));
                }

                return;
            case TokenKind.Identifier:
                cursor.Next();
                factors.Add(new UnitFactorSyntax(token.Text, token.Position, ParseExponent() * sign, 1));
                return;
            default:
                throw cursor.Expected("a unit such as 'second', '1e-3 litre' or a unit defined with 'unit'");
        }
    }

    private double ParseExponent()
    {
        if (!cursor.Accept(TokenKind.Caret))
        {
            return 1;
        }

        var negative = cursor.Accept(TokenKind.Minus);
        if (!negative)
        {
            cursor.Accept(TokenKind.Plus);
        }

        var number = cursor.Expect(TokenKind.Number, "a number as the exponent of a unit");
        return negative ? -number.Value : number.Value;
    }
}
