using System.Globalization;

namespace Abscopal.Numerics.Ode.Internal;

/// <summary>Builds the solver's exceptions with messages that name the time and the state.</summary>
internal static class OdeErrors
{
    public static OdeSolverException NonFinite(OdeOptions options, double t, int index, string what)
    {
        string name = options.StateNameOf(index);
        return new OdeSolverException(
            OdeFailure.NonFiniteState,
            t,
            index,
            name,
            Format($"The {what} of state '{name}' became NaN or infinite at t = {t:G17}, and reducing the step size did not help; check the model near this time (division by zero, overflow, a negative argument of a logarithm or root)."));
    }

    public static OdeSolverException Underflow(OdeOptions options, double t, double h, int index, string reason)
    {
        string? name = index >= 0 ? options.StateNameOf(index) : null;
        string which = name is null ? string.Empty : Format($" The largest error is in state '{name}'.");
        return new OdeSolverException(
            OdeFailure.StepSizeUnderflow,
            t,
            index >= 0 ? index : null,
            name,
            Format($"Step size underflow at t = {t:G17}: h = {h:G3} is below 16·eps·|t| while {reason}.{which} The solution may blow up or be discontinuous here."));
    }

    public static OdeSolverException TooManySteps(OdeOptions options, double t, double tLimit, bool looksStiff)
    {
        string hint = looksStiff ? " The problem appears stiff: use OdeAlgorithms.Stiff or OdeAlgorithms.Auto." : string.Empty;
        return new OdeSolverException(
            OdeFailure.TooManySteps,
            t,
            null,
            null,
            Format($"More than MaxSteps = {options.MaxSteps} steps were needed: stopped at t = {t:G17} on the way to t = {tLimit:G17}.{hint}"));
    }

    public static OdeSolverException Singular(double t, double h) => new(
        OdeFailure.SingularMatrix,
        t,
        null,
        null,
        Format($"The Rosenbrock iteration matrix I/(hγ) − J stayed singular at t = {t:G17} (last h = {h:G3}) after repeated step reductions."));

    public static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
