using System.Globalization;

namespace Abscopal.Numerics.RootFinding;

/// <summary>Allocation-free root finding on a sign-change bracket (Anderson–Björck regula falsi, safeguarded by bisection).</summary>
/// <remarks>
/// Anderson &amp; Björck (1973), "A new high order method of regula falsi type for computing a root of an equation",
/// BIT 13:253–264, doi:10.1007/BF01951936: the secant step through the bracket ends, with the stale end's value scaled
/// by m = 1 − f(c)/f(b) (or ½ when m ≤ 0), converges superlinearly (order ≈ 1.7) for simple roots. Two safeguards make
/// the bracket width provably reach the tolerance: every trial point is kept at least tolerance/2 inside the bracket,
/// and a bisection step is forced when two consecutive steps fail to halve the bracket, so at most about
/// 3·log2((b − a)/tolerance) evaluations are needed even for discontinuous functions.
/// </remarks>
public static class BracketingRootFinder
{
    /// <summary>
    /// Finds where f changes sign in [<paramref name="a"/>, <paramref name="b"/>] and returns the right end of a final bracket
    /// of width ≤ <paramref name="xTolerance"/>, so that f there already has the sign of f(b) (or is zero).
    /// </summary>
    /// <param name="f">The function; passed by reference so a stateful struct keeps its state (e.g. an evaluation counter).</param>
    /// <param name="a">Left end of the bracket.</param>
    /// <param name="fa">f(a), non-zero, with the opposite sign to fb (or fb zero).</param>
    /// <param name="b">Right end of the bracket, ≥ a.</param>
    /// <param name="fb">f(b): opposite in sign to fa, or zero.</param>
    /// <param name="xTolerance">Largest width of the final bracket, &gt; 0, in units of x.</param>
    /// <returns>The smallest point found at which f no longer has the sign of f(a); <paramref name="a"/> when fa is zero.</returns>
    public static double FindRoot<TF>(ref TF f, double a, double fa, double b, double fb, double xTolerance)
        where TF : struct, IScalarFunction
    {
        if (!double.IsFinite(a) || !double.IsFinite(b) || !(a <= b))
        {
            throw new ArgumentException(Format($"The bracket [{a}, {b}] must be finite with a ≤ b."), nameof(b));
        }

        if (!(xTolerance > 0) || !double.IsFinite(xTolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(xTolerance), xTolerance, "xTolerance must be in (0, +∞).");
        }

        if (double.IsNaN(fa) || double.IsNaN(fb))
        {
            throw new ArgumentException("f(a) and f(b) must not be NaN.", nameof(fa));
        }

        if (fa == 0)
        {
            return a;
        }

        bool positiveBefore = fa > 0;
        if (positiveBefore ? fb > 0 : fb < 0)
        {
            throw new ArgumentException(Format($"f(a) = {fa} and f(b) = {fb} do not bracket a sign change."), nameof(fb));
        }

        // (x0, f0) and (x1, f1) bracket the change; x1 is the latest iterate. "Before" means f still has the sign of f(a).
        double x0 = a, f0 = fa, x1 = b, f1 = fb;
        double width = b - a;
        int slowSteps = 0;
        while (width > xTolerance)
        {
            double lo = Math.Min(x0, x1);
            double hi = Math.Max(x0, x1);
            double c;
            if (slowSteps >= 2)
            {
                c = 0.5 * (lo + hi);
                slowSteps = 0;
            }
            else
            {
                double denominator = f1 - f0;
                c = denominator != 0 ? x1 - (f1 * ((x1 - x0) / denominator)) : double.NaN;
                if (!double.IsFinite(c))
                {
                    c = 0.5 * (lo + hi);
                }
            }

            // Keep the trial point at least tolerance/2 inside, so a converging side still moves the other end.
            double margin = 0.5 * xTolerance;
            if (c < lo + margin)
            {
                c = lo + margin;
            }

            if (c > hi - margin)
            {
                c = hi - margin;
            }

            double fc = f.Evaluate(c);
            if (double.IsNaN(fc))
            {
                throw new ArgumentException(Format($"f returned NaN at x = {c}."), nameof(f));
            }

            bool cBefore = positiveBefore ? fc > 0 : fc < 0;
            bool x1Before = positiveBefore ? f1 > 0 : f1 < 0;
            if (cBefore != x1Before)
            {
                // c and x1 bracket the change: x1 becomes the other end, unmodified.
                x0 = x1;
                f0 = f1;
            }
            else
            {
                // x0 is kept a second time: scale its value (Anderson–Björck).
                double m = f1 != 0 ? 1.0 - (fc / f1) : 0.5;
                f0 *= m > 0 ? m : 0.5;
            }

            x1 = c;
            f1 = fc;
            double newWidth = Math.Abs(x1 - x0);
            slowSteps = newWidth > 0.5 * width ? slowSteps + 1 : 0;
            width = newWidth;
        }

        bool lastBefore = positiveBefore ? f1 > 0 : f1 < 0;
        return lastBefore ? x0 : x1;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
