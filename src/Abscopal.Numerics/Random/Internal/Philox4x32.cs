using System.Runtime.CompilerServices;

namespace Abscopal.Numerics.Random.Internal;

/// <summary>The Philox4x32-10 counter-based bijection: four 32-bit counter words and a 64-bit key to four random words.</summary>
/// <remarks>
/// Salmon, Moraes, Dror &amp; Shaw (2011), "Parallel random numbers: as easy as 1, 2, 3", SC'11, doi:10.1145/2063384.2063405,
/// §4 and Table 2: each round multiplies counter words 0 and 2 by fixed 32-bit constants, swaps and xors the halves with the
/// key; the key is bumped by the Weyl constants (golden ratio and √3 − 1) between rounds. Ten rounds pass BigCrush.
/// </remarks>
internal static class Philox4x32
{
    private const uint Multiplier0 = 0xD2511F53;
    private const uint Multiplier1 = 0xCD9E8D57;
    private const uint Weyl0 = 0x9E3779B9;
    private const uint Weyl1 = 0xBB67AE85;

    /// <summary>Maps counter (c0, c1, c2, c3) under key (k0, k1) to four output words, in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Encrypt(ref uint c0, ref uint c1, ref uint c2, ref uint c3, uint k0, uint k1)
    {
        Round(ref c0, ref c1, ref c2, ref c3, k0, k1);
        for (int r = 1; r < 10; r++)
        {
            k0 += Weyl0;
            k1 += Weyl1;
            Round(ref c0, ref c1, ref c2, ref c3, k0, k1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(ref uint c0, ref uint c1, ref uint c2, ref uint c3, uint k0, uint k1)
    {
        ulong p0 = (ulong)Multiplier0 * c0;
        ulong p1 = (ulong)Multiplier1 * c2;
        uint n0 = (uint)(p1 >> 32) ^ c1 ^ k0;
        uint n2 = (uint)(p0 >> 32) ^ c3 ^ k1;
        c1 = (uint)p1;
        c3 = (uint)p0;
        c0 = n0;
        c2 = n2;
    }
}
