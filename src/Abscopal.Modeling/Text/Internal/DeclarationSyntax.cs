namespace Abscopal.Modeling.Text.Internal;

/// <summary>What a declaration's keywords say: const or var, substanceOnly, species/compartment/formula.</summary>
/// <param name="Constant">True for 'const', false for 'var', null for neither.</param>
/// <param name="SubstanceOnly">Whether 'substanceOnly' was written (makes a species).</param>
/// <param name="Kind">Species, Compartment or Parameter ('formula'), or Undetermined when only const/var was written.</param>
internal sealed record DeclarationSyntax(bool? Constant, bool SubstanceOnly, SymbolKind Kind);

/// <summary>One declared name: [$]name [in C] [= formula | := formula].</summary>
/// <param name="Name">The name token.</param>
/// <param name="Boundary">Whether it is marked '$'.</param>
/// <param name="Compartment">The compartment after 'in', if any.</param>
/// <param name="Initial">The formula after '=' or ':=', if any.</param>
/// <param name="InitialIsRule">Whether it was ':=' (an assignment rule).</param>
internal sealed record DeclarationItemSyntax(Token Name, bool Boundary, Token? Compartment, FormulaSyntax? Initial, bool InitialIsRule);
