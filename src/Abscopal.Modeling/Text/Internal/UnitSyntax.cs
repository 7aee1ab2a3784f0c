using System.Collections.Immutable;

namespace Abscopal.Modeling.Text.Internal;

/// <summary>One factor of a unit expression as written: (multiplier·name)^exponent.</summary>
/// <param name="Name">The unit name as written (a base kind, a plural or spelling of one, or a defined unit); "dimensionless" for a bare number.</param>
/// <param name="Position">Where it is written.</param>
/// <param name="Exponent">Its power, negative after '/'.</param>
/// <param name="Multiplier">The number written before it (1 when none).</param>
internal sealed record UnitFactorSyntax(string Name, SourcePosition Position, double Exponent, double Multiplier);

/// <summary>A unit expression such as "86400 second" or "mole/litre", with its text as written.</summary>
/// <param name="Factors">The factors.</param>
/// <param name="Text">The text as written (a quoted string's value for free-text units).</param>
/// <param name="Position">Where it starts.</param>
/// <param name="IsFreeText">Whether it was a quoted string, kept verbatim and not checked.</param>
internal sealed record UnitSyntax(ImmutableArray<UnitFactorSyntax> Factors, string Text, SourcePosition Position, bool IsFreeText = false);

/// <summary>A unit definition statement: unit name = unit expression.</summary>
/// <param name="Name">The unit's name token.</param>
/// <param name="Unit">Its definition.</param>
internal sealed record UnitDefinitionSyntax(Token Name, UnitSyntax Unit);
