using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Text.Internal;

/// <summary>Recursive-descent parser of formulas, shared by model files and <see cref="ExpressionParser"/>.</summary>
/// <remarks>
/// Precedence, lowest first: or (||, or); and (&amp;&amp;, and); equality (==, !=); relational (&lt; &lt;= &gt; &gt;=);
/// additive (+ -); multiplicative (* / %, where a % b is rem(a, b)); unary (- + ! not); power (^ or **, right-associative, its exponent may
/// carry a sign: 2^-1). Binary operators of one level associate to the left. As libSBML does for Antimony
/// (its "collapse minus" setting), a minus directly before a number literal that is not raised to a power
/// makes a negative constant: "-3" is the number −3, while "-x", "-(3)" and "-3^2" are negations. That is also
/// how <see cref="ExprFormatter"/> writes the two, so formatting and parsing round-trip.
/// </remarks>
internal sealed class ExpressionSyntaxParser(TokenCursor cursor)
{
    private List<SymbolUse>? _uses;

    /// <summary>Whether "pi" and "exponentiale" become numbers at once (a lone formula); in a model they stay symbols until the model shows it has no symbol of that id.</summary>
    public bool BindNamedConstants { get; init; }

    /// <summary>Parses one formula at the cursor, appending the names it uses to <paramref name="uses"/>.</summary>
    public Expr Parse(List<SymbolUse>? uses)
    {
        _uses = uses;
        return ParseOr();
    }

    private Expr ParseOr()
    {
        var left = ParseAnd();
        while (cursor.Current.Kind == TokenKind.OrOr || cursor.Current.IsWord("or"))
        {
            cursor.Next();
            left = Expr.Binary(BinaryOperator.Or, left, ParseAnd());
        }

        return left;
    }

    private Expr ParseAnd()
    {
        var left = ParseEquality();
        while (cursor.Current.Kind == TokenKind.AndAnd || cursor.Current.IsWord("and"))
        {
            cursor.Next();
            left = Expr.Binary(BinaryOperator.And, left, ParseEquality());
        }

        return left;
    }

    private Expr ParseEquality()
    {
        var left = ParseRelational();
        while (cursor.Current.Kind is TokenKind.EqualsEquals or TokenKind.NotEquals)
        {
            var op = cursor.Next().Kind == TokenKind.EqualsEquals ? BinaryOperator.Equal : BinaryOperator.NotEqual;
            left = Expr.Binary(op, left, ParseRelational());
        }

        return left;
    }

    private Expr ParseRelational()
    {
        var left = ParseAdditive();
        while (true)
        {
            BinaryOperator? op = cursor.Current.Kind switch
            {
                TokenKind.Less => BinaryOperator.Less,
                TokenKind.LessOrEqual => BinaryOperator.LessOrEqual,
                TokenKind.Greater => BinaryOperator.Greater,
                TokenKind.GreaterOrEqual => BinaryOperator.GreaterOrEqual,
                _ => null,
            };
            if (op is null)
            {
                return left;
            }

            cursor.Next();
            left = Expr.Binary(op.Value, left, ParseAdditive());
        }
    }

    private Expr ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (cursor.Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = cursor.Next().Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract;
            left = Expr.Binary(op, left, ParseMultiplicative());
        }

        return left;
    }

    private Expr ParseMultiplicative()
    {
        var left = ParseUnary();
        while (cursor.Current.Kind is TokenKind.Star or TokenKind.Slash or TokenKind.Percent)
        {
            left = cursor.Next().Kind switch
            {
                TokenKind.Star => Expr.Multiply(left, ParseUnary()),
                TokenKind.Slash => Expr.Divide(left, ParseUnary()),

                // libSBML turns a % b into piecewise(a - b*ceil(a/b), xor(a < 0, b < 0), a - b*floor(a/b)): the truncated remainder, rem(a, b).
                _ => Expr.Call(MathFunction.Rem, left, ParseUnary()),
            };
        }

        return left;
    }

    private Expr ParseUnary()
    {
        var token = cursor.Current;
        switch (token.Kind)
        {
            case TokenKind.Minus:
                cursor.Next();
                if (NumberLiteral(cursor.Current) is { } value && cursor.Peek().Kind != TokenKind.Caret)
                {
                    cursor.Next();
                    return Expr.Constant(-value);
                }

                return Expr.Negate(ParseUnary());
            case TokenKind.Plus:
                cursor.Next();
                return ParseUnary();
            case TokenKind.Bang:
                cursor.Next();
                return Expr.Not(ParseUnary());
            case TokenKind.Identifier when token.Text == "not":
                cursor.Next();
                return Expr.Not(ParseUnary());
            default:
                return ParsePower();
        }
    }

    private Expr ParsePower()
    {
        var operand = ParsePrimary();
        if (cursor.Current.Kind == TokenKind.Caret)
        {
            cursor.Next();
            return Expr.Power(operand, ParseUnary());
        }

        return operand;
    }

    private Expr ParsePrimary()
    {
        var token = cursor.Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                cursor.Next();
                return Expr.Constant(token.Value);
            case TokenKind.LeftParen:
                cursor.Next();
                var inner = ParseOr();
                cursor.ExpectClosing(token);
                return inner;
            case TokenKind.Identifier:
                return ParseName(token);
            default:
                throw cursor.Expected("a number, a name or '('");
        }
    }

    private Expr ParseName(Token token)
    {
        if (token.Text == "time")
        {
            cursor.Next();
            return Expr.Time;
        }

        if (LiteralName(token.Text) is { } literal)
        {
            cursor.Next();
            return literal;
        }

        if (token.Text is "and" or "or" or "not")
        {
            throw cursor.Expected("a number, a name or '('");
        }

        if (cursor.Peek().Kind == TokenKind.LeftParen)
        {
            return ParseCall(token);
        }

        cursor.Next();
        if (BindNamedConstants && Keywords.NamedConstants.TryGetValue(token.Text, out var constant))
        {
            return Expr.Constant(constant);
        }

        _uses?.Add(new SymbolUse(token.Text, token.Position));
        return Expr.Symbol(token.Text);
    }

    private Expr ParseCall(Token name)
    {
        cursor.Next();
        var open = cursor.Next();
        var args = new List<Expr>();
        if (cursor.Current.Kind != TokenKind.RightParen)
        {
            do
            {
                args.Add(ParseOr());
            }
            while (cursor.Accept(TokenKind.Comma));
        }

        cursor.ExpectClosing(open);
        return BuildCall(name, args);
    }

    private Expr BuildCall(Token name, List<Expr> args)
    {
        switch (name.Text)
        {
            case "piecewise":
                CheckArity(name, args.Count, 1, int.MaxValue, "at least 1 argument(s)");
                var pieces = new List<PiecewisePiece>();
                for (var i = 0; i + 1 < args.Count; i += 2)
                {
                    pieces.Add(new PiecewisePiece(args[i], args[i + 1]));
                }

                return Expr.Piecewise(pieces, args.Count % 2 == 1 ? args[^1] : null);
            case "xor":
                CheckArity(name, args.Count, 2, int.MaxValue, "at least 2 argument(s)");
                return args.Skip(1).Aggregate(args[0], (acc, next) => Expr.Binary(BinaryOperator.Xor, acc, next));
            case "pow" or "power":
                CheckArity(name, args.Count, 2, 2, "2 argument(s)");
                return Expr.Power(args[0], args[1]);
            case "log":
                // Antimony parses formulas with libSBML's L3 parser set to L3P_PARSE_LOG_AS_LN: log(x) is ln(x).
                CheckArity(name, args.Count, 1, 2, "1 or 2 argument(s)");
                return args.Count == 1 ? Expr.Call(MathFunction.Ln, args[0]) : Expr.Call(MathFunction.Log, args[0], args[1]);
        }

        if (MathFunctions.TryParse(name.Text, out var function))
        {
            var (min, max) = MathFunctions.Arity(function);
            CheckArity(name, args.Count, min, max, MathFunctions.DescribeArity(function));
            return Expr.Call(function, [.. args]);
        }

        _uses?.Add(new SymbolUse(name.Text, name.Position, args.Count));
        return Expr.Call(name.Text, [.. args]);
    }

    private static void CheckArity(Token name, int count, int min, int max, string expected)
    {
        if (count < min || count > max)
        {
            throw TokenCursor.Error(name, $"wrong number of arguments for '{name.Text}'; expected {expected}, found {count}");
        }
    }

    private static double? NumberLiteral(Token token) => token.Kind switch
    {
        TokenKind.Number => token.Value,
        TokenKind.Identifier when token.Text is "inf" or "infinity" => double.PositiveInfinity,
        _ => null,
    };

    private static ConstantExpr? LiteralName(string name) => name switch
    {
        "true" => Expr.One,
        "false" => Expr.Zero,
        "inf" or "infinity" => Expr.Constant(double.PositiveInfinity),
        "NaN" or "notanumber" => Expr.Constant(double.NaN),
        _ => null,
    };
}
