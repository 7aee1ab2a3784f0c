namespace Abscopal.Numerics.Random.Internal;

/// <summary>In-place Cholesky factorisation A = L·Lᵀ of a row-major symmetric positive-definite matrix (Golub &amp; Van Loan, 4th ed., Alg. 4.2.2).</summary>
internal static class Cholesky
{
    /// <summary>Overwrites the lower triangle with L and zeroes the strict upper triangle; false when A is not positive definite.</summary>
    public static bool Factor(Span<double> a, int n)
    {
        for (int j = 0; j < n; j++)
        {
            double diagonal = a[(j * n) + j];
            for (int k = 0; k < j; k++)
            {
                diagonal -= a[(j * n) + k] * a[(j * n) + k];
            }

            if (!(diagonal > 0))
            {
                return false;
            }

            double ljj = Math.Sqrt(diagonal);
            a[(j * n) + j] = ljj;
            for (int i = j + 1; i < n; i++)
            {
                double sum = a[(i * n) + j];
                for (int k = 0; k < j; k++)
                {
                    sum -= a[(i * n) + k] * a[(j * n) + k];
                }

                a[(i * n) + j] = sum / ljj;
            }

            for (int i = 0; i < j; i++)
            {
                a[(i * n) + j] = 0;
            }
        }

        return true;
    }
}
