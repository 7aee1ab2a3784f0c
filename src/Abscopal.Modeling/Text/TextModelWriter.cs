using Abscopal.Modeling.Text.Internal;

namespace Abscopal.Modeling.Text;

/// <summary>Writes any model of the IR in the text model format, so that <see cref="TextModelParser.Parse"/> of the text gives an equivalent model (same ids, values, rules, reactions, events, functions, units, sources and names).</summary>
/// <remarks>
/// Formulas are written with <see cref="Expressions.ExprFormatter"/>. What the format cannot name is said in a
/// comment (the name, source or notes of an algebraic rule or of an unnamed event), and a model the format
/// cannot hold at all (an id that is reserved such as "inf" or a word of the syntax such as "is", SBML
/// Level 2 stoichiometryMath, a local parameter without a value or named like a property) is refused with
/// <see cref="NotSupportedException"/>.
/// </remarks>
public static class TextModelWriter
{
    /// <summary>The text of <paramref name="model"/>: functions first, then 'model id', units, compartments, species, parameters, initial assignments, rules, reactions, events and 'end'.</summary>
    /// <exception cref="NotSupportedException">The model has something the text format cannot hold (see remarks).</exception>
    public static string Write(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new ModelTextEmitter(model).Write();
    }
}
