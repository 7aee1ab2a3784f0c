using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Abscopal.Numerics.LinearAlgebra;

/// <summary>
/// LU factorisation of P·W·Pᵀ, W = σ·I − J, on a fixed sparsity pattern without row exchanges (P a fill-reducing symmetric
/// permutation or the identity), and the matching solve; one instance per integrator (it owns its values), the structure shared
/// through <see cref="SparsityPattern"/>.
/// </summary>
/// <remarks>
/// Row-oriented (up-looking) Doolittle elimination with a dense work row (Davis 2006, §6.2). A symmetric permutation keeps the
/// diagonal of W on the diagonal, so the pivots are still σ − J_ii modified by elimination. Without row exchanges nothing
/// bounds element growth, so a caller checks a solution with <see cref="BackwardError"/>, the componentwise backward error of
/// Oettli &amp; Prager (1964; Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed., 2002, Thm 7.3), and falls back
/// to the dense LU with partial pivoting when it is not small — the static-pivoting strategy of SuperLU_DIST (Li &amp; Demmel
/// 2003, ACM TOMS 29:110). The matrices it is meant for, I/(hγ) − J of a Rosenbrock step, are diagonally dominant for small h.
/// </remarks>
internal sealed class SparseLu
{
    /// <summary>Floor of the backward error's denominator: magnitudes far above the subnormal range, far below any state's scale.</summary>
    private const double TinySize = 1e-280;

    private readonly SparsityPattern _pattern;
    private readonly SparseLuStructure _structure;
    private readonly double[] _values;
    private readonly double[] _work;

    /// <summary>A factorisation on the pattern's least-fill structure (<see cref="SparsityPattern.Elimination"/>).</summary>
    public SparseLu(SparsityPattern pattern)
        : this(pattern, pattern?.Elimination!)
    {
    }

    /// <summary>A factorisation on a given structure of the pattern (natural or permuted order).</summary>
    public SparseLu(SparsityPattern pattern, SparseLuStructure structure)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(structure);
        if (structure.Dimension != pattern.Dimension)
        {
            throw new ArgumentException($"The structure is {structure.Dimension}×{structure.Dimension}; the pattern {pattern.Dimension}×{pattern.Dimension}.", nameof(structure));
        }

        _pattern = pattern;
        _structure = structure;
        _values = new double[_structure.NonZeros];
        _work = new double[pattern.Dimension];
    }

    /// <summary>Number of rows and columns.</summary>
    public int Dimension => _structure.Dimension;

    /// <summary>
    /// Factors W = <paramref name="shift"/>·I − J, J dense row-major (zero outside the pattern); false when a pivot is zero or a value
    /// is not finite (the factors are then unusable).
    /// </summary>
    public bool Factor(ReadOnlySpan<double> jacobian, double shift)
    {
        var s = _structure;
        var n = s.Dimension;
        if (jacobian.Length < n * n)
        {
            throw new ArgumentException($"The Jacobian has {jacobian.Length} entries; a {n}×{n} matrix needs {n * n}.", nameof(jacobian));
        }

        ref double j0 = ref MemoryMarshal.GetReference(jacobian);
        ref double v = ref MemoryMarshal.GetArrayDataReference(_values);
        ref double x = ref MemoryMarshal.GetArrayDataReference(_work);
        ref int columns = ref MemoryMarshal.GetArrayDataReference(s.Columns);
        ref int rowStart = ref MemoryMarshal.GetArrayDataReference(s.RowStart);
        ref int diagonal = ref MemoryMarshal.GetArrayDataReference(s.Diagonal);
        ref int source = ref MemoryMarshal.GetArrayDataReference(s.Source);
        for (var i = 0; i < n; i++)
        {
            int start = Unsafe.Add(ref rowStart, i), end = Unsafe.Add(ref rowStart, i + 1), d = Unsafe.Add(ref diagonal, i);

            // Scatter row i of P·W·Pᵀ (zero at fill-in positions) into the work row.
            for (var p = start; p < end; p++)
            {
                Unsafe.Add(ref x, Unsafe.Add(ref columns, p)) = -Unsafe.Add(ref j0, Unsafe.Add(ref source, p));
            }

            Unsafe.Add(ref x, i) += shift;

            // Eliminate with each earlier row k of the L part, in increasing k.
            for (var p = start; p < d; p++)
            {
                var k = Unsafe.Add(ref columns, p);
                var dk = Unsafe.Add(ref diagonal, k);
                var l = Unsafe.Add(ref x, k) / Unsafe.Add(ref v, dk);
                Unsafe.Add(ref x, k) = l;
                if (l != 0)
                {
                    var kEnd = Unsafe.Add(ref rowStart, k + 1);
                    for (var q = dk + 1; q < kEnd; q++)
                    {
                        Unsafe.Add(ref x, Unsafe.Add(ref columns, q)) -= l * Unsafe.Add(ref v, q);
                    }
                }
            }

            // Gather the finished row.
            var finite = true;
            for (var p = start; p < end; p++)
            {
                var value = Unsafe.Add(ref x, Unsafe.Add(ref columns, p));
                finite &= double.IsFinite(value);
                Unsafe.Add(ref v, p) = value;
            }

            if (!finite || Unsafe.Add(ref v, d) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Solves W·x = b in place (<paramref name="rhs"/> holds b on entry, x on exit) with the factors of the last successful <see cref="Factor"/>.</summary>
    public void Solve(Span<double> rhs)
    {
        var s = _structure;
        var n = s.Dimension;
        if (rhs.Length != n)
        {
            throw new ArgumentException($"rhs has length {rhs.Length} but n is {n}.", nameof(rhs));
        }

        if (s.Permutation is not { } permutation)
        {
            Substitute(ref MemoryMarshal.GetReference(rhs));
            return;
        }

        // P·W·Pᵀ·(P·x) = P·b: permute b into the work row, solve there, and scatter the solution back.
        ref double b = ref MemoryMarshal.GetReference(rhs);
        ref double y = ref MemoryMarshal.GetArrayDataReference(_work);
        ref int order = ref MemoryMarshal.GetArrayDataReference(permutation);
        for (var i = 0; i < n; i++)
        {
            Unsafe.Add(ref y, i) = Unsafe.Add(ref b, Unsafe.Add(ref order, i));
        }

        Substitute(ref y);
        for (var i = 0; i < n; i++)
        {
            Unsafe.Add(ref b, Unsafe.Add(ref order, i)) = Unsafe.Add(ref y, i);
        }
    }

    /// <summary>Forward substitution with the unit lower triangle L and back substitution with U, in place on the n values at <paramref name="b"/>.</summary>
    private void Substitute(ref double b)
    {
        var s = _structure;
        var n = s.Dimension;
        ref double v = ref MemoryMarshal.GetArrayDataReference(_values);
        ref int columns = ref MemoryMarshal.GetArrayDataReference(s.Columns);
        ref int rowStart = ref MemoryMarshal.GetArrayDataReference(s.RowStart);
        ref int diagonal = ref MemoryMarshal.GetArrayDataReference(s.Diagonal);

        for (var i = 0; i < n; i++)
        {
            var sum = Unsafe.Add(ref b, i);
            var d = Unsafe.Add(ref diagonal, i);
            for (var p = Unsafe.Add(ref rowStart, i); p < d; p++)
            {
                sum -= Unsafe.Add(ref v, p) * Unsafe.Add(ref b, Unsafe.Add(ref columns, p));
            }

            Unsafe.Add(ref b, i) = sum;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var sum = Unsafe.Add(ref b, i);
            var d = Unsafe.Add(ref diagonal, i);
            var end = Unsafe.Add(ref rowStart, i + 1);
            for (var p = d + 1; p < end; p++)
            {
                sum -= Unsafe.Add(ref v, p) * Unsafe.Add(ref b, Unsafe.Add(ref columns, p));
            }

            Unsafe.Add(ref b, i) = sum / Unsafe.Add(ref v, d);
        }
    }

    /// <summary>
    /// The componentwise backward error ω = max_i |W·x − b|_i / (|W|·|x| + |b|)_i of a solution x of W·x = b, W = σ·I − J
    /// (dimensionless; 0/0 counts as 0): x solves (W + δW)·x = b + δb exactly with |δW| ≤ ω|W|, |δb| ≤ ω|b| (Oettli &amp; Prager 1964).
    /// </summary>
    public double BackwardError(ReadOnlySpan<double> jacobian, double shift, ReadOnlySpan<double> x, ReadOnlySpan<double> b)
    {
        var n = Dimension;
        ReadOnlySpan<int> rowStart = _pattern.RowStart, columns = _pattern.Columns;
        var worst = 0.0;
        for (var i = 0; i < n; i++)
        {
            var residual = (shift * x[i]) - b[i];
            var size = Math.Abs(shift * x[i]) + Math.Abs(b[i]);
            for (var p = rowStart[i]; p < rowStart[i + 1]; p++)
            {
                var term = jacobian[(i * n) + columns[p]] * x[columns[p]];
                residual -= term;
                size += Math.Abs(term);
            }

            // The diagonal of J is inside the loop when it is in the pattern; |σ − J_ii|·|x_i| ≤ (|σ| + |J_ii|)·|x_i| only widens the denominator.
            if (residual != 0)
            {
                // Near the subnormal range (< 2.2e-308) rounding is no longer relative: such tiny rows count as exact to 1e-280.
                var ratio = Math.Abs(residual) / Math.Max(size, TinySize);
                if (!(ratio <= worst))
                {
                    worst = ratio;
                }
            }
        }

        return worst;
    }
}
