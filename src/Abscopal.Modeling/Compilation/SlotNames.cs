using System.Globalization;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Compilation;

/// <summary>Internal symbol names for storage slots: "$y3" is state 3, "$p5" is parameter slot 5.</summary>
/// <remarks>'$' cannot occur in a model id, so these never clash with user symbols.</remarks>
internal static class SlotNames
{
    public static SymbolExpr State(int index) => Expr.Symbol("$y" + index.ToString(CultureInfo.InvariantCulture));

    public static SymbolExpr Parameter(int index) => Expr.Symbol("$p" + index.ToString(CultureInfo.InvariantCulture));

    public static bool TryParse(string name, out bool isState, out int index)
    {
        isState = false;
        index = -1;
        if (name.Length < 3 || name[0] != '$' || (name[1] != 'y' && name[1] != 'p'))
        {
            return false;
        }

        isState = name[1] == 'y';
        return int.TryParse(name.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
