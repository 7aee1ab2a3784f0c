using Abscopal.Numerics.Ode;

namespace Abscopal.Testing.Problems;

/// <summary>
/// y' = A·y with A = V·B·V⁻¹, V = [[1,1,0],[1,2,1],[0,1,2]] (det 1, integer inverse) and B = [[−0.5, 2, 0], [−2, −0.5, 0], [0, 0, −3]]
/// (eigenvalues −0.5 ± 2i and −3), so y(t) = V·exp(B t)·V⁻¹·y0 with exp(B t) = blockdiag(e^(−t/2)·[[cos 2t, sin 2t], [−sin 2t, cos 2t]], e^(−3t))
/// (Moler &amp; Van Loan 2003, SIAM Rev. 45:3, "Nineteen dubious ways to compute the exponential of a matrix", method 14).
/// </summary>
public sealed class LinearThreeByThree : IOdeSystem, IOdeTimeDerivative
{
    private static readonly double[,] s_v = { { 1, 1, 0 }, { 1, 2, 1 }, { 0, 1, 2 } };
    private static readonly double[,] s_vInverse = { { 3, -2, 1 }, { -2, 2, -1 }, { 1, -1, 1 } };
    private readonly double[] _a = new double[9];

    /// <summary>Creates the system, forming A = V·B·V⁻¹.</summary>
    public LinearThreeByThree()
    {
        double[,] b = { { -0.5, 2, 0 }, { -2, -0.5, 0 }, { 0, 0, -3 } };
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                double sum = 0;
                for (int k = 0; k < 3; k++)
                {
                    for (int l = 0; l < 3; l++)
                    {
                        sum += s_v[i, k] * b[k, l] * s_vInverse[l, j];
                    }
                }

                _a[(i * 3) + j] = sum;
            }
        }
    }

    /// <summary>The matrix A, row-major.</summary>
    public ReadOnlySpan<double> Matrix => _a;

    /// <inheritdoc/>
    public int Dimension => 3;

    /// <inheritdoc/>
    public bool HasJacobian => true;

    /// <inheritdoc/>
    public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        for (int i = 0; i < 3; i++)
        {
            dydt[i] = (_a[i * 3] * y[0]) + (_a[(i * 3) + 1] * y[1]) + (_a[(i * 3) + 2] * y[2]);
        }
    }

    /// <inheritdoc/>
    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian) => _a.CopyTo(jacobian);

    /// <inheritdoc/>
    public void TimeDerivative(double t, ReadOnlySpan<double> y, Span<double> dfdt) => dfdt.Clear();

    /// <summary>Writes the exact y(t) = V·exp(B t)·V⁻¹·y0 into <paramref name="y"/>.</summary>
    public static void Exact(double t, ReadOnlySpan<double> y0, Span<double> y)
    {
        Span<double> z = stackalloc double[3];
        for (int i = 0; i < 3; i++)
        {
            z[i] = (s_vInverse[i, 0] * y0[0]) + (s_vInverse[i, 1] * y0[1]) + (s_vInverse[i, 2] * y0[2]);
        }

        double decay = Math.Exp(-0.5 * t), c = Math.Cos(2 * t), s = Math.Sin(2 * t);
        double w0 = decay * ((c * z[0]) + (s * z[1]));
        double w1 = decay * ((-s * z[0]) + (c * z[1]));
        double w2 = Math.Exp(-3 * t) * z[2];
        for (int i = 0; i < 3; i++)
        {
            y[i] = (s_v[i, 0] * w0) + (s_v[i, 1] * w1) + (s_v[i, 2] * w2);
        }
    }
}
