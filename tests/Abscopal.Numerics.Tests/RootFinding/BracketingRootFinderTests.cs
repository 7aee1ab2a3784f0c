using Abscopal.Numerics.RootFinding;

namespace Abscopal.Numerics.Tests.RootFinding;

/// <summary>
/// Anderson–Björck on known roots, counting evaluations. A safeguarded bracketing method needs at most about
/// 3·log2((b − a)/tol) evaluations (our bisection fallback every third step); for smooth simple roots Anderson &amp;
/// Björck (1973, BIT 13:253) report superlinear convergence (order ≈ 1.7), i.e. far fewer than bisection's log2((b − a)/tol).
/// </summary>
public sealed class BracketingRootFinderTests
{
    private struct Counted<TF>(TF inner) : IScalarFunction
        where TF : struct, IScalarFunction
    {
        public int Evaluations { get; private set; }

        public double Evaluate(double x)
        {
            Evaluations++;
            return inner.Evaluate(x);
        }
    }

    private readonly struct Wallis : IScalarFunction
    {
        // x³ − 2x − 5: Wallis's example (Newton's method, 1685), root 2.0945514815423265...
        public double Evaluate(double x) => (((x * x) - 2) * x) - 5;
    }

    private readonly struct CosineMinusX : IScalarFunction
    {
        // cos x − x: root is the Dottie number 0.7390851332151607...
        public double Evaluate(double x) => Math.Cos(x) - x;
    }

    private readonly struct Shifted : IScalarFunction
    {
        public double Evaluate(double x) => x - 0.5;
    }

    private readonly struct Step : IScalarFunction
    {
        // A jump from −1 to +1 at x = 1/3: the worst case for secant methods, only bisection helps
        public double Evaluate(double x) => x < 1.0 / 3.0 ? -1 : 1;
    }

    private readonly struct FlatZero : IScalarFunction
    {
        // (x − 0.5)^9: a root of multiplicity 9, where regula falsi without modification stalls
        public double Evaluate(double x) => Math.Pow(x - 0.5, 9);
    }

    private static (double Root, int Evaluations) Find<TF>(TF f, double a, double b, double tol)
        where TF : struct, IScalarFunction
    {
        var counted = new Counted<TF>(f);
        double root = BracketingRootFinder.FindRoot(ref counted, a, f.Evaluate(a), b, f.Evaluate(b), tol);
        return (root, counted.Evaluations);
    }

    [Fact]
    public void Finds_Wallis_Root_Superlinearly()
    {
        // Given x³ − 2x − 5 on [2, 3], tolerance 1e-14 (bisection would need log2(1e14) ≈ 47 evaluations)
        (double root, int evaluations) = Find(new Wallis(), 2, 3, 1e-14);

        // Then the right end of the final bracket is within 1e-14 of 2.0945514815423265 and took under half of bisection's count
        Assert.Equal(2.0945514815423265, root, 1e-14);
        Assert.True(new Wallis().Evaluate(root) >= 0);
        Assert.InRange(evaluations, 1, 23);
    }

    [Fact]
    public void Finds_The_Dottie_Number_Superlinearly()
    {
        (double root, int evaluations) = Find(new CosineMinusX(), 0, 1, 1e-14);
        Assert.Equal(0.7390851332151607, root, 1e-14);
        Assert.True(new CosineMinusX().Evaluate(root) <= 0);
        Assert.InRange(evaluations, 1, 23);
    }

    [Fact]
    public void Finds_A_Jump_Within_The_Bisection_Bound()
    {
        // Given a discontinuity at 1/3 on [0, 1] and tolerance 1e-12: bisection needs log2(1e12) ≈ 40 evaluations
        (double root, int evaluations) = Find(new Step(), 0, 1, 1e-12);

        // Then the returned point is on the "after" side within 1e-12, within 3·40 evaluations
        Assert.InRange(root, 1.0 / 3.0, (1.0 / 3.0) + 1e-12);
        Assert.InRange(evaluations, 1, 120);
    }

    [Fact]
    public void Finds_A_Multiple_Root_Within_The_Bisection_Bound()
    {
        // Given (x − 0.5)^9 on [0, 0.8], tolerance 1e-10: bisection needs ≈ 33 evaluations
        (double root, int evaluations) = Find(new FlatZero(), 0, 0.8, 1e-10);

        // Then the bracket closed on 0.5 (the values there are tiny, ~1e-90, but keep their sign) within 3·33 evaluations
        Assert.InRange(root, 0.5, 0.5 + 1e-10);
        Assert.InRange(evaluations, 1, 99);
    }

    [Fact]
    public void Returns_The_Left_End_When_It_Is_Already_A_Root()
    {
        // Given f(x) = x − 0.5 on [0.5, 1], zero exactly at the left end
        (double root, int evaluations) = Find(new Shifted(), 0.5, 1, 1e-14);

        // Then that end is returned without further evaluations
        Assert.Equal(0.5, root);
        Assert.Equal(0, evaluations);
    }

    [Fact]
    public void Rejects_An_Interval_Without_A_Sign_Change()
    {
        var f = new Wallis();
        Assert.Throws<ArgumentException>(() => BracketingRootFinder.FindRoot(ref f, 3, f.Evaluate(3), 4, f.Evaluate(4), 1e-12));
    }

    [Fact]
    public void Finding_A_Root_Does_Not_Allocate()
    {
        Find(new Wallis(), 2, 3, 1e-14);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Find(new Wallis(), 2, 3, 1e-14);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
