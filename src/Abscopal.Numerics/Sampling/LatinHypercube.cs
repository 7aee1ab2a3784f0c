using Abscopal.Numerics.Random;

namespace Abscopal.Numerics.Sampling;

/// <summary>Latin hypercube samples on [0, 1)^k: in every coordinate each of the n strata [i/n, (i + 1)/n) holds exactly one point.</summary>
/// <remarks>McKay, Beckman &amp; Conover (1979), doi:10.1080/00401706.1979.10489755: independent random permutations per coordinate, jittered uniformly within strata.</remarks>
public static class LatinHypercube
{
    private static readonly double s_belowOne = Math.BitDecrement(1.0);

    /// <summary>Writes n = destination.Length / k points as rows of the row-major <paramref name="destination"/>; allocation-free.</summary>
    public static void Sample(ref RandomStream random, int dimension, Span<double> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        if (destination.Length % dimension != 0)
        {
            throw new ArgumentException($"destination length {destination.Length} is not a multiple of the dimension {dimension}.", nameof(destination));
        }

        int n = destination.Length / dimension;
        for (int j = 0; j < dimension; j++)
        {
            for (int i = 0; i < n; i++)
            {
                // Rounding can carry (n − 1 + U)/n up to 1; keep the point inside [0, 1).
                destination[(i * dimension) + j] = Math.Min((i + random.NextDouble()) / n, s_belowOne);
            }

            // Fisher–Yates shuffle of column j in place.
            for (int i = n - 1; i > 0; i--)
            {
                int r = random.NextInt32(i + 1);
                (destination[(i * dimension) + j], destination[(r * dimension) + j]) = (destination[(r * dimension) + j], destination[(i * dimension) + j]);
            }
        }
    }
}
