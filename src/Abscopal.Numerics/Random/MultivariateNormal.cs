using Abscopal.Numerics.Random.Internal;

namespace Abscopal.Numerics.Random;

/// <summary>
/// The multivariate normal with given means, standard deviations and correlation matrix, sampled as μ + diag(σ)·L·z
/// with L the Cholesky factor of the correlation matrix and z standard normal (Gentle, <i>Random Number Generation and
/// Monte Carlo Methods</i>, 2nd ed., §5.3.1).
/// </summary>
public sealed class MultivariateNormal
{
    private readonly double[] _means;
    private readonly double[] _standardDeviations;
    private readonly double[] _cholesky;

    /// <summary>Creates the distribution; <paramref name="correlation"/> is row-major k×k, symmetric, unit diagonal, positive definite.</summary>
    public MultivariateNormal(ReadOnlySpan<double> means, ReadOnlySpan<double> standardDeviations, ReadOnlySpan<double> correlation)
    {
        int k = means.Length;
        if (k == 0)
        {
            throw new ArgumentException("At least one variable is needed.", nameof(means));
        }

        if (standardDeviations.Length != k || correlation.Length != k * k)
        {
            throw new ArgumentException($"With {k} means, give {k} standard deviations and a {k}×{k} correlation matrix ({k * k} entries).", nameof(correlation));
        }

        for (int i = 0; i < k; i++)
        {
            DistributionChecks.Finite(means[i], nameof(means));
            if (!(standardDeviations[i] >= 0) || !double.IsFinite(standardDeviations[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(standardDeviations), standardDeviations[i], $"standardDeviations[{i}] must be in [0, +∞).");
            }

            if (correlation[(i * k) + i] != 1)
            {
                throw new ArgumentException($"The correlation matrix must have a unit diagonal; entry ({i}, {i}) is {correlation[(i * k) + i]}.", nameof(correlation));
            }

            for (int j = 0; j < i; j++)
            {
                double r = correlation[(i * k) + j];
                if (r != correlation[(j * k) + i] || !(Math.Abs(r) <= 1))
                {
                    throw new ArgumentException($"The correlation matrix must be symmetric with entries in [−1, 1]; see entries ({i}, {j}) and ({j}, {i}).", nameof(correlation));
                }
            }
        }

        _means = means.ToArray();
        _standardDeviations = standardDeviations.ToArray();
        _cholesky = correlation.ToArray();
        if (!Cholesky.Factor(_cholesky, k))
        {
            throw new ArgumentException("The correlation matrix is not positive definite.", nameof(correlation));
        }
    }

    /// <summary>The number of variables k.</summary>
    public int Dimension => _means.Length;

    /// <summary>Writes one draw into <paramref name="destination"/> (length k); allocation-free.</summary>
    public void Sample(ref RandomStream random, Span<double> destination)
    {
        int k = _means.Length;
        if (destination.Length != k)
        {
            throw new ArgumentException($"destination has length {destination.Length} but the dimension is {k}.", nameof(destination));
        }

        // Fill z first, then overwrite from the last row up: row i of L·z uses z[0..i] only.
        random.FillStandardNormal(destination);
        for (int i = k - 1; i >= 0; i--)
        {
            double sum = 0;
            int row = i * k;
            for (int j = 0; j <= i; j++)
            {
                sum += _cholesky[row + j] * destination[j];
            }

            destination[i] = _means[i] + (_standardDeviations[i] * sum);
        }
    }
}
