using System.Collections.Immutable;

namespace Abscopal.Modeling.Text.Internal;

/// <summary>Parses the statements of a text model and hands each to the <see cref="ModelAssembler"/>; a malformed statement is reported and skipped.</summary>
internal sealed class StatementParser
{
    private readonly string _text;
    private readonly TokenCursor _cursor;
    private readonly ExpressionSyntaxParser _formulas;
    private readonly ParseErrors _errors;
    private readonly ModelAssembler _model;
    private int _sequence;
    private Token? _modelHeader;
    private bool _modelClosed;
    private SourcePosition? _firstStatementOutsideModel;

    private StatementParser(string text, List<Token> tokens, ParseErrors errors, ModelAssembler model)
    {
        _text = text;
        _cursor = new TokenCursor(tokens);
        _formulas = new ExpressionSyntaxParser(_cursor);
        _errors = errors;
        _model = model;
    }

    /// <summary>Parses every statement of <paramref name="tokens"/> into <paramref name="model"/>, recording problems in <paramref name="errors"/>.</summary>
    public static void Parse(string text, List<Token> tokens, ParseErrors errors, ModelAssembler model) =>
        new StatementParser(text, tokens, errors, model).ParseFile();

    private Token Current => _cursor.Current;

    private void ParseFile()
    {
        while (!_errors.IsFull)
        {
            while (Current.Kind is TokenKind.Newline or TokenKind.Semicolon)
            {
                _cursor.Next();
            }

            if (Current.Kind == TokenKind.EndOfFile)
            {
                break;
            }

            try
            {
                _sequence++;
                ParseItem();
            }
            catch (SyntaxErrorException e)
            {
                _errors.Add(e);
                _cursor.SkipToStatementEnd();
            }
        }

        if (_modelHeader is { } header && !_modelClosed)
        {
            _errors.Add(Current.Position, $"expected 'end' to close model '{_model.ModelId}' opened at {header.Position}, found end of file");
        }
    }

    private void ParseItem()
    {
        var token = Current;
        var next = _cursor.Peek();
        if (token.IsWord("function") && next.Kind == TokenKind.Identifier && _cursor.Peek(2).Kind == TokenKind.LeftParen)
        {
            ParseFunction();
            return;
        }

        if ((token.IsWord("model") || token.IsWord("module")) && next.Kind is TokenKind.Identifier or TokenKind.Star
            && !IsVerb(next) && _cursor.Peek(2).Kind is not (TokenKind.String or TokenKind.Dot))
        {
            ParseModelHeader();
            return;
        }

        if (token.IsWord("end") && next.EndsStatement)
        {
            if (_modelHeader is null || _modelClosed)
            {
                throw TokenCursor.Error(token, "unexpected 'end'; expected a statement, found 'end'");
            }

            _cursor.Next();
            _modelClosed = true;
            ExpectStatementEnd();
            return;
        }

        if (_modelClosed)
        {
            // Antimony writes the model's display name and annotations after its 'end': "m is "name"".
            if (token.Kind == TokenKind.Identifier && (token.Text == _model.ModelId || _model.IsFunction(token.Text)) && next.Kind is TokenKind.Dot or TokenKind.Identifier)
            {
                ParseAboutPath();
                return;
            }

            throw TokenCursor.Error(token, $"only one model per file; expected end of file after the 'end' of model '{_model.ModelId}', found {token.Describe()}");
        }

        if (_modelHeader is null)
        {
            // Antimony writes a function's display name and annotations next to it, outside any model.
            if (token.Kind == TokenKind.Identifier && _model.IsFunction(token.Text) && next.Kind is TokenKind.Dot or TokenKind.Identifier)
            {
                ParseAboutPath();
                return;
            }

            _firstStatementOutsideModel ??= token.Position;
        }

        ParseStatement();
    }

    private void ParseModelHeader()
    {
        var keyword = _cursor.Next();
        if (_modelHeader is { } previous)
        {
            throw TokenCursor.Error(keyword, _modelClosed
                ? $"only one model per file; expected end of file after the 'end' of model '{_model.ModelId}', found '{keyword.Text}'"
                : $"models cannot be nested (modules are not supported); expected 'end' to close model '{_model.ModelId}' opened at {previous.Position}, found '{keyword.Text}'");
        }

        _cursor.Accept(TokenKind.Star);
        var name = _cursor.Expect(TokenKind.Identifier, "the model's name");
        CheckName(name);

        // The model is open from here on, even if the rest of the header is wrong, so that its statements and 'end' read as such.
        _modelHeader = keyword;
        _model.SetModelId(name);
        if (_firstStatementOutsideModel is { } outside)
        {
            _errors.Add(outside, $"statements must be inside 'model {name.Text} ... end' (opened at {keyword.Position}); expected 'model' or 'function', found a statement");
        }

        if (Current.Kind == TokenKind.LeftParen)
        {
            var open = _cursor.Next();
            if (!_cursor.Accept(TokenKind.RightParen))
            {
                throw TokenCursor.Error(Current, $"model interfaces are not supported (modules are not); expected ')' after the '(' at {open.Position}, found {Current.Describe()}");
            }
        }

        ExpectStatementEnd();
    }

    private void ParseFunction()
    {
        try
        {
            ParseFunctionDefinition();
        }
        catch (SyntaxErrorException e)
        {
            // Skip the rest of the function, so that its 'end' does not close the model.
            _errors.Add(e);
            while (Current.Kind != TokenKind.EndOfFile
                && !(Current.IsWord("end") && _cursor.Previous.Kind is TokenKind.Newline or TokenKind.Semicolon && _cursor.Peek().EndsStatement))
            {
                _cursor.Next();
            }

            _cursor.AcceptWord("end");
        }
    }

    private void ParseFunctionDefinition()
    {
        var keyword = _cursor.Next();
        var name = _cursor.Next();
        CheckName(name);
        var open = _cursor.Next();
        var arguments = new List<string>();
        if (Current.Kind != TokenKind.RightParen)
        {
            do
            {
                var argument = _cursor.Expect(TokenKind.Identifier, "an argument name");
                CheckName(argument);
                arguments.Add(argument.Text);
            }
            while (_cursor.Accept(TokenKind.Comma));
        }

        _cursor.ExpectClosing(open);
        while (Current.Kind is TokenKind.Newline or TokenKind.Semicolon)
        {
            _cursor.Next();
        }

        var uses = new List<SymbolUse>();
        var body = _formulas.Parse(uses);
        while (Current.Kind is TokenKind.Newline or TokenKind.Semicolon)
        {
            _cursor.Next();
        }

        var function = new FunctionSyntax(name, [.. arguments], body, uses);
        if (!_cursor.AcceptWord("end"))
        {
            // Reported without skipping: what follows is most likely the next statement, worth checking too.
            _model.AddFunction(function);
            _errors.Add(Current.Position, $"expected 'end' to close function '{name.Text}' opened at {keyword.Position}, found {Current.Describe()}");
            return;
        }

        _model.AddFunction(function);
        ExpectStatementEnd();
    }

    private void ParseStatement()
    {
        var token = Current;
        var next = _cursor.Peek();
        if (token.Kind == TokenKind.Identifier)
        {
            switch (token.Text)
            {
                case "function" when next.Kind == TokenKind.Identifier && _cursor.Peek(2).Kind == TokenKind.LeftParen:
                    ParseFunction();
                    return;
                case "unit" when next.Kind == TokenKind.Identifier && _cursor.Peek(2).Kind == TokenKind.Equals:
                    ParseUnitDefinition();
                    return;
                case "at" when IsEventStart(next):
                    ParseEvent(null);
                    return;
                case "species" or "compartment" or "const" or "var" or "substanceOnly" or "formula"
                    when next.Kind is TokenKind.Dollar || (next.Kind == TokenKind.Identifier && !IsVerb(next)):
                    ParseDeclaration();
                    return;
                case "import" or "delete" when next.Kind is TokenKind.String or TokenKind.Identifier:
                    throw TokenCursor.Error(token, $"'{token.Text}' is not supported (the format holds one flat model per file); expected a statement, found '{token.Text}'");
                case "model" when next.Kind == TokenKind.Dot || IsVerb(next) || (next.Kind == TokenKind.Identifier && _cursor.Peek(2).Kind == TokenKind.String):
                    ParseAboutPath();
                    return;
            }

            if (next.Kind == TokenKind.Colon || (next.IsWord("in") && _cursor.Peek(2).Kind == TokenKind.Identifier && _cursor.Peek(3).Kind == TokenKind.Colon))
            {
                ParseLabelled();
                return;
            }
        }

        if (_cursor.StatementContains(TokenKind.Arrow, TokenKind.DoubleArrow))
        {
            ParseReaction(null, null);
            return;
        }

        if (token.Kind == TokenKind.Number && next.Kind == TokenKind.Equals)
        {
            ParseAlgebraicRule();
            return;
        }

        if (token.Kind == TokenKind.Identifier)
        {
            ParseAboutPath();
            return;
        }

        throw _cursor.Expected("a statement");
    }

    private static bool IsVerb(Token token) => token.Text is "is" or "has" or "in" or "notes";

    private static bool IsEventStart(Token next) =>
        next.Kind is not (TokenKind.Equals or TokenKind.ColonEquals or TokenKind.Prime or TokenKind.Dot or TokenKind.Colon
            or TokenKind.Comma or TokenKind.Semicolon or TokenKind.Newline or TokenKind.EndOfFile
            or TokenKind.Arrow or TokenKind.DoubleArrow or TokenKind.Plus)
        && !(next.Kind == TokenKind.Identifier && IsVerb(next));

    private void ParseLabelled()
    {
        var label = _cursor.Next();
        CheckName(label);
        Token? compartment = null;
        if (_cursor.AcceptWord("in"))
        {
            compartment = _cursor.Next();
        }

        _cursor.Next(); // ':'
        if (Current.IsWord("at") && IsEventStart(_cursor.Peek()))
        {
            ParseEvent(label);
            return;
        }

        if (!_cursor.StatementContains(TokenKind.Arrow, TokenKind.DoubleArrow))
        {
            throw _cursor.Expected($"a reaction (A -> B; rate) or an event (at ...) after '{label.Text}:'");
        }

        ParseReaction(label, compartment);
    }

    private void ParseReaction(Token? label, Token? compartment)
    {
        var reaction = new ReactionSyntax(label, (label ?? Current).Position, _sequence) { Compartment = compartment };
        ParseSide(reaction.Reactants);
        if (Current.Kind is not (TokenKind.Arrow or TokenKind.DoubleArrow))
        {
            throw _cursor.Expected("'+', '->' or '=>' in the reaction");
        }

        reaction.Reversible = _cursor.Next().Kind == TokenKind.Arrow;
        ParseSide(reaction.Products);
        if (_cursor.Accept(TokenKind.Semicolon))
        {
            if (Current.EndsStatement)
            {
                reaction.MissingRate = Current;
            }
            else
            {
                reaction.Rate = ParseFormula();
                if (_cursor.AcceptWord("in"))
                {
                    reaction.Compartment = _cursor.Expect(TokenKind.Identifier, "a compartment name after 'in'");
                }
            }
        }
        else if (!Current.EndsStatement)
        {
            throw _cursor.Expected("'+' or ';' before the rate law");
        }

        _model.AddReaction(reaction);
        ExpectStatementEnd();
    }

    private void ParseSide(List<ParticipantSyntax> side)
    {
        if (Current.Kind is TokenKind.Arrow or TokenKind.DoubleArrow or TokenKind.Semicolon || Current.EndsStatement)
        {
            return;
        }

        do
        {
            var stoichiometry = 1.0;
            Token? stoichiometryId = null;
            Token? number = null;
            if (Current.Kind == TokenKind.Number)
            {
                number = _cursor.Next();
                stoichiometry = number.Value.Value;
            }
            else if (Current.Kind == TokenKind.Identifier && _cursor.Peek().Kind is TokenKind.Identifier or TokenKind.Dollar)
            {
                stoichiometryId = _cursor.Next();
                CheckName(stoichiometryId.Value);
            }

            var boundary = _cursor.Accept(TokenKind.Dollar);
            var expected = number is { } n ? $"a species name after the stoichiometry {n.Text}" : "a species name";
            var species = _cursor.Expect(TokenKind.Identifier, expected);
            CheckName(species);
            side.Add(new ParticipantSyntax(species, stoichiometry, stoichiometryId, boundary));
        }
        while (_cursor.Accept(TokenKind.Plus));
    }

    private void ParseEvent(Token? label)
    {
        var keyword = _cursor.Next();
        var modelEvent = new EventSyntax(label, (label ?? keyword).Position);
        var first = ParseFormula();
        if (_cursor.AcceptWord("after"))
        {
            modelEvent.Delay = first;
            modelEvent.Trigger = ParseFormula();
        }
        else
        {
            modelEvent.Trigger = first;
        }

        while (_cursor.Accept(TokenKind.Comma))
        {
            ParseEventOption(modelEvent);
        }

        if (!_cursor.Accept(TokenKind.Colon))
        {
            throw _cursor.Expected("':' before the event assignments");
        }

        do
        {
            var variable = _cursor.Expect(TokenKind.Identifier, "an event assignment such as 'x = 1'");
            CheckName(variable);
            _cursor.Expect(TokenKind.Equals, $"'=' after '{variable.Text}' in the event assignment");
            modelEvent.Assignments.Add(new EventAssignmentSyntax(variable, ParseFormula()));
        }
        while (_cursor.Accept(TokenKind.Comma) || _cursor.Accept(TokenKind.Colon));

        _model.AddEvent(modelEvent);
        ExpectStatementEnd();
    }

    private void ParseEventOption(EventSyntax modelEvent)
    {
        var name = _cursor.Expect(TokenKind.Identifier, "an event option (t0, priority, persistent or fromTrigger)");
        _cursor.Expect(TokenKind.Equals, $"'=' after '{name.Text}'");
        var value = ParseFormula();

        // Antimony compares these option names without regard to case.
        switch (name.Text.ToUpperInvariant())
        {
            case "PRIORITY":
                modelEvent.Priority = value;
                break;
            case "T0":
                modelEvent.InitialValue = Truth(name, value);
                break;
            case "PERSISTENT":
                modelEvent.Persistent = Truth(name, value);
                break;
            case "FROMTRIGGER":
                modelEvent.UseValuesFromTriggerTime = Truth(name, value);
                break;
            default:
                throw TokenCursor.Error(name, $"unknown event option '{name.Text}'; expected t0, priority, persistent or fromTrigger, found '{name.Text}'");
        }
    }

    private static bool Truth(Token option, FormulaSyntax value) =>
        ModelAssembler.TryEvaluateConstant(value.Expr, out var x)
            ? x != 0.0
            : throw new SyntaxErrorException(value.Position, $"expected true or false for '{option.Text}', found '{value.Expr}'");

    private void ParseDeclaration()
    {
        bool? constant = null;
        if (Current.IsWord("const") || Current.IsWord("var"))
        {
            constant = _cursor.Next().Text == "const";
        }

        var substanceOnly = _cursor.AcceptWord("substanceOnly");
        var kind = SymbolKind.Undetermined;
        if (Current.Kind == TokenKind.Identifier && Current.Text is "species" or "compartment" or "formula"
            && _cursor.Peek().Kind is TokenKind.Identifier or TokenKind.Dollar)
        {
            kind = _cursor.Next().Text switch
            {
                "species" => SymbolKind.Species,
                "compartment" => SymbolKind.Compartment,
                _ => SymbolKind.Parameter,
            };
        }

        if (substanceOnly)
        {
            kind = kind is SymbolKind.Undetermined or SymbolKind.Species ? SymbolKind.Species
                : throw _cursor.Expected("'species' after 'substanceOnly'");
        }

        var declaration = new DeclarationSyntax(constant, substanceOnly, kind);
        do
        {
            var boundary = _cursor.Accept(TokenKind.Dollar);
            var name = _cursor.Expect(TokenKind.Identifier, "a name to declare");
            CheckName(name);
            Token? compartment = null;
            if (_cursor.AcceptWord("in"))
            {
                compartment = _cursor.Expect(TokenKind.Identifier, "a compartment name after 'in'");
                CheckName(compartment.Value);
            }

            FormulaSyntax? initial = null;
            var isRule = false;
            if (Current.Kind is TokenKind.Equals or TokenKind.ColonEquals)
            {
                isRule = _cursor.Next().Kind == TokenKind.ColonEquals;
                initial = ParseFormula();
            }

            _model.Declare(declaration, new DeclarationItemSyntax(name, boundary, compartment, initial, isRule));
        }
        while (_cursor.Accept(TokenKind.Comma));

        ExpectStatementEnd();
    }

    private void ParseUnitDefinition()
    {
        _cursor.Next();
        var name = _cursor.Next();
        CheckName(name);
        _cursor.Next(); // '='
        _model.AddUnit(new UnitDefinitionSyntax(name, ParseUnit()));
        ExpectStatementEnd();
    }

    private UnitSyntax ParseUnit() => new UnitSyntaxParser(_cursor, _text).Parse();

    private void ParseAlgebraicRule()
    {
        var zero = _cursor.Next();
        if (zero.Value != 0.0)
        {
            throw TokenCursor.Error(zero, $"expected 0 on the left of an algebraic rule '0 = formula', found '{zero.Text}'");
        }

        _cursor.Next(); // '='
        _model.AddRule(new RuleSyntax(RuleKind.Algebraic, null, ParseFormula(), zero.Position));
        ExpectStatementEnd();
    }

    private void ParseAboutPath()
    {
        var start = Current;
        var after = _cursor.Peek();
        var modelHead = start.IsWord("model")
            && (after.Kind == TokenKind.Dot || IsVerb(after) || (after.Kind == TokenKind.Identifier && _cursor.Peek(2).Kind == TokenKind.String));
        var path = new List<Token> { _cursor.Next() };
        while (_cursor.Accept(TokenKind.Dot))
        {
            path.Add(_cursor.Expect(TokenKind.Identifier, "a name after '.'"));
        }

        ImmutableArray<Token> segments = [.. path];
        var single = path.Count == 1 && !modelHead;
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Equals when single && _cursor.Peek().EndsStatement:
                // "x = ;" is how Antimony writes a symbol without a value; it also clears an earlier value.
                _cursor.Next();
                CheckName(start);
                _model.ClearInitial(start);
                break;
            case TokenKind.Equals when single:
                _cursor.Next();
                CheckName(start);
                _model.SetInitial(start, ParseFormula());
                break;
            case TokenKind.Equals when segments[^1].Text == "sboTerm":
                // An SBO term (x.sboTerm = 290 or SBO:0000290) is an annotation the IR has no place for: read and ignored.
                _cursor.SkipToStatementEnd();
                break;
            case TokenKind.Equals:
                _cursor.Next();
                _model.AddPathStatement(ParsePropertyValue(new PathStatement(PathStatementKind.Assign, segments, modelHead, start.Position)));
                break;
            case TokenKind.ColonEquals when single:
                _cursor.Next();
                CheckName(start);
                _model.AddRule(new RuleSyntax(RuleKind.Assignment, start, ParseFormula(), start.Position));
                break;
            case TokenKind.Prime when single:
                _cursor.Next();
                _cursor.Expect(TokenKind.Equals, "'=' after the ' of a rate rule");
                CheckName(start);
                _model.AddRule(new RuleSyntax(RuleKind.Rate, start, ParseFormula(), start.Position));
                break;
            case TokenKind.Identifier when token.Text == "is":
                _cursor.Next();
                var name = _cursor.Expect(TokenKind.String, "a display name in double quotes");
                _model.AddPathStatement(new PathStatement(PathStatementKind.DisplayName, segments, modelHead, start.Position) { Text = name.Text, ValuePosition = name.Position });
                break;
            case TokenKind.Identifier when token.Text == "notes":
                _cursor.Next();
                var notes = _cursor.Expect(TokenKind.String, "notes in double quotes");
                _model.AddPathStatement(new PathStatement(PathStatementKind.Notes, segments, modelHead, start.Position) { Text = notes.Text, ValuePosition = notes.Position });
                break;
            case TokenKind.Identifier when token.Text == "has":
                _cursor.Next();
                var unit = ParseUnit();
                _model.AddPathStatement(new PathStatement(PathStatementKind.Units, segments, modelHead, start.Position) { Units = unit, ValuePosition = unit.Position });
                break;
            case TokenKind.Identifier when token.Text == "in" && single:
                _cursor.Next();
                var compartment = _cursor.Expect(TokenKind.Identifier, "a compartment name after 'in'");
                CheckName(start);
                CheckName(compartment);
                _model.PlaceIn(start, compartment);
                if (Current.Kind is TokenKind.Equals or TokenKind.ColonEquals)
                {
                    var rule = _cursor.Next().Kind == TokenKind.ColonEquals;
                    var formula = ParseFormula();
                    if (rule)
                    {
                        _model.AddRule(new RuleSyntax(RuleKind.Assignment, start, formula, start.Position));
                    }
                    else
                    {
                        _model.SetInitial(start, formula);
                    }
                }

                break;
            case TokenKind.Identifier when IsAnnotation():
                // A CV term, date or creator (x identity "http://...", x created "2005-02-08"): read and ignored.
                SkipAnnotation();
                break;
            default:
                var what = single ? "'=', ':=', ''', 'is', 'has' or 'in'" : "'=', 'is' or 'has'";
                throw _cursor.Expected($"{what} after '{string.Join('.', path.Select(t => t.Text))}'");
        }

        ExpectStatementEnd();
    }

    /// <summary>Whether the cursor is at Antimony's annotation syntax: a qualifier (identity, hypernym, created, creator1.name, ...) then a string.</summary>
    private bool IsAnnotation()
    {
        var ahead = 1;
        while (_cursor.Peek(ahead).Kind == TokenKind.Dot && _cursor.Peek(ahead + 1).Kind == TokenKind.Identifier)
        {
            ahead += 2;
        }

        return _cursor.Peek(ahead).Kind == TokenKind.String;
    }

    private void SkipAnnotation()
    {
        while (Current.Kind != TokenKind.String)
        {
            _cursor.Next();
        }

        do
        {
            _cursor.Expect(TokenKind.String, "an annotation in double quotes");
        }
        while (_cursor.Accept(TokenKind.Comma));
    }

    private PathStatement ParsePropertyValue(PathStatement statement)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.String:
                _cursor.Next();
                return statement with { Text = token.Text, ValuePosition = token.Position };
            case TokenKind.LeftBrace:
                _cursor.Next();
                var ids = new List<Token>();
                if (Current.Kind != TokenKind.RightBrace)
                {
                    do
                    {
                        ids.Add(_cursor.Expect(TokenKind.Identifier, "a name in the list"));
                    }
                    while (_cursor.Accept(TokenKind.Comma));
                }

                _cursor.ExpectClosing(token, TokenKind.RightBrace);
                return statement with { Ids = [.. ids], ValuePosition = token.Position };
            default:
                var value = ParseFormula();
                return statement with { Value = value, ValuePosition = value.Position };
        }
    }

    private FormulaSyntax ParseFormula()
    {
        var start = Current.Position;
        var uses = new List<SymbolUse>();
        var expr = _formulas.Parse(uses);
        return new FormulaSyntax(expr, start, uses, _sequence);
    }

    private void ExpectStatementEnd()
    {
        if (!Current.EndsStatement)
        {
            throw _cursor.Expected("end of statement (a line end or ';')");
        }
    }

    private static void CheckName(Token name)
    {
        if (Keywords.Reserved.Contains(name.Text))
        {
            throw TokenCursor.Error(name, $"'{name.Text}' is reserved; expected a name, found '{name.Text}'");
        }
    }
}
