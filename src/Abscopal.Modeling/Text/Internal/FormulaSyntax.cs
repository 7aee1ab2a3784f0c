using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Text.Internal;

/// <summary>A formula as written: its tree, where it starts, the names it uses and the number of the statement it belongs to.</summary>
/// <param name="Expr">The parsed tree (named constants such as pi still symbols).</param>
/// <param name="Position">Where the formula starts.</param>
/// <param name="Uses">The symbols and user-function calls it contains, with their places.</param>
/// <param name="Sequence">The statement's number in the file, so that later definitions can replace earlier ones.</param>
internal sealed record FormulaSyntax(Expr Expr, SourcePosition Position, List<SymbolUse> Uses, int Sequence);
