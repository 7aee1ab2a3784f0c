using System.Numerics;
using Abscopal.Numerics.Random;
using Abscopal.Numerics.Sampling.Internal;

namespace Abscopal.Numerics.Sampling;

/// <summary>
/// The Sobol low-discrepancy sequence in up to 40 dimensions with Joe &amp; Kuo (2008) direction numbers (new-joe-kuo-6.21201),
/// 32-bit, in Gray-code order (Antonov &amp; Saleev 1979), optionally randomised by a linear matrix scramble and digital shift.
/// </summary>
/// <remarks>
/// Sobol (1967), doi:10.1016/0041-5553(67)90144-9; Bratley &amp; Fox (1988), "Algorithm 659", doi:10.1145/42288.214372; Joe &amp; Kuo,
/// doi:10.1137/070709359. Scrambling (Matoušek 1998, doi:10.1006/jcom.1998.0478): each dimension's direction numbers are multiplied by a
/// random lower-triangular binary matrix with unit diagonal and the points are xored with a random shift, which keeps the
/// (t, m, s)-net structure and makes every point uniform on [0, 1)^s. Unscrambled, point 0 is the origin.
/// </remarks>
public sealed class SobolSequence
{
    /// <summary>The largest supported dimension.</summary>
    public const int MaxDimension = 40;

    private const int Bits = 32;
    private const double Scale = 1.0 / 4294967296.0;

    private readonly uint[] _directions;
    private readonly uint[] _shift;
    private readonly uint[] _state;

    /// <summary>Creates the unscrambled sequence in <paramref name="dimension"/> (1–40) dimensions.</summary>
    public SobolSequence(int dimension)
        : this(dimension, scrambled: false, seed: 0)
    {
    }

    /// <summary>Creates the sequence; when <paramref name="scrambled"/>, the scramble is drawn from the random stream (<paramref name="seed"/>, 0).</summary>
    public SobolSequence(int dimension, bool scrambled, ulong seed)
    {
        if (dimension < 1 || dimension > MaxDimension)
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, $"The Sobol dimension must be in [1, {MaxDimension}].");
        }

        Dimension = dimension;
        Scrambled = scrambled;
        _directions = new uint[dimension * Bits];
        _shift = new uint[dimension];
        _state = new uint[dimension];
        for (int j = 0; j < dimension; j++)
        {
            FillDirections(j, _directions.AsSpan(j * Bits, Bits));
        }

        if (scrambled)
        {
            var random = new RandomStream(seed, 0, 0x50B0_1u);
            Span<uint> rows = stackalloc uint[Bits];
            for (int j = 0; j < dimension; j++)
            {
                // Row r of the lower-triangular matrix: digit r (bit 31 − r) of the output depends on digits 0…r of the input.
                for (int r = 0; r < Bits; r++)
                {
                    uint random32 = random.NextUInt32();
                    uint digitMask = r == Bits - 1 ? uint.MaxValue : ~(uint.MaxValue >> (r + 1));
                    rows[r] = (random32 & digitMask) | (1u << (Bits - 1 - r));
                }

                var v = _directions.AsSpan(j * Bits, Bits);
                for (int k = 0; k < Bits; k++)
                {
                    uint scrambledDirection = 0;
                    for (int r = 0; r < Bits; r++)
                    {
                        scrambledDirection |= (uint)(BitOperations.PopCount(rows[r] & v[k]) & 1) << (Bits - 1 - r);
                    }

                    v[k] = scrambledDirection;
                }

                _shift[j] = random.NextUInt32();
            }
        }

        Reset();
    }

    /// <summary>The number of coordinates per point.</summary>
    public int Dimension { get; }

    /// <summary>Whether the sequence is randomised.</summary>
    public bool Scrambled { get; }

    /// <summary>The index of the next point (0 after construction or <see cref="Reset"/>).</summary>
    public long Index { get; private set; }

    /// <summary>Restarts at point 0.</summary>
    public void Reset()
    {
        Index = 0;
        Array.Copy(_shift, _state, Dimension);
    }

    /// <summary>Jumps to point <paramref name="index"/> (0 ≤ index &lt; 2^32) directly from its Gray code.</summary>
    public void Seek(long index)
    {
        if (index < 0 || index >= (1L << Bits))
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "A 32-bit Sobol sequence has points 0 … 2^32 − 1.");
        }

        uint gray = (uint)(index ^ (index >> 1));
        for (int j = 0; j < Dimension; j++)
        {
            uint x = _shift[j];
            for (int k = 0; k < Bits; k++)
            {
                if ((gray & (1u << k)) != 0)
                {
                    x ^= _directions[(j * Bits) + k];
                }
            }

            _state[j] = x;
        }

        Index = index;
    }

    /// <summary>Writes the next point, in [0, 1)^d, into <paramref name="point"/> (length <see cref="Dimension"/>); allocation-free.</summary>
    public void Next(Span<double> point)
    {
        if (point.Length != Dimension)
        {
            throw new ArgumentException($"point has length {point.Length} but the dimension is {Dimension}.", nameof(point));
        }

        if (Index >= (1L << Bits))
        {
            throw new InvalidOperationException("All 2^32 points of the sequence have been used.");
        }

        for (int j = 0; j < Dimension; j++)
        {
            point[j] = _state[j] * Scale;
        }

        // Gray-code update to the following point: flip the direction number of the lowest zero bit of the current index.
        int c = BitOperations.TrailingZeroCount(~(ulong)Index);
        if (c < Bits)
        {
            for (int j = 0; j < Dimension; j++)
            {
                _state[j] ^= _directions[(j * Bits) + c];
            }
        }

        Index++;
    }

    /// <summary>Writes the next <paramref name="count"/> points as the rows of the row-major <paramref name="destination"/> (count × d).</summary>
    public void Fill(Span<double> destination, int count)
    {
        if (destination.Length != count * Dimension)
        {
            throw new ArgumentException($"destination must hold {count}×{Dimension} values.", nameof(destination));
        }

        for (int i = 0; i < count; i++)
        {
            Next(destination.Slice(i * Dimension, Dimension));
        }
    }

    /// <summary>Direction numbers v_k = m_k·2^(32−k) of one dimension (0-based), by the recurrence of Bratley &amp; Fox (1988), eq. 2.</summary>
    private static void FillDirections(int dimension, Span<uint> v)
    {
        if (dimension == 0)
        {
            for (int k = 0; k < Bits; k++)
            {
                v[k] = 1u << (Bits - 1 - k);
            }

            return;
        }

        var (s, a, m) = JoeKuoDirectionNumbers.Rows[dimension - 1];
        for (int k = 0; k < s; k++)
        {
            v[k] = m[k] << (Bits - 1 - k);
        }

        for (int k = s; k < Bits; k++)
        {
            uint value = v[k - s] ^ (v[k - s] >> s);
            for (int i = 1; i < s; i++)
            {
                if (((a >> (s - 1 - i)) & 1) != 0)
                {
                    value ^= v[k - i];
                }
            }

            v[k] = value;
        }
    }
}
