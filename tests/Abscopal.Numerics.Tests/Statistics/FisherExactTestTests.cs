using System.Numerics;
using Abscopal.Numerics.Statistics;

namespace Abscopal.Numerics.Tests.Statistics;

/// <summary>Fisher's exact test against published tables and an exact rational enumeration of the hypergeometric law.</summary>
public sealed class FisherExactTestTests
{
    [Fact]
    public void Tea_Tasting_Matches_Agresti()
    {
        // Given Fisher's tea-tasting table (Agresti 2002, Table 3.8): 3 of 4 milk-first cups guessed right
        // When tested
        var r = FisherExactTest.Test(3, 1, 1, 3);

        // Then P(A ≥ 3) = 17/70 = 0.243 and the two-sided p = 34/70 = 0.486 (Agresti §3.5.2; R fisher.test p-value = 0.4857)
        Assert.Equal(17.0 / 70, r.PGreater, 1e-13);
        Assert.Equal(34.0 / 70, r.PValue, 1e-13);
        Assert.Equal(9.0, r.SampleOddsRatio, 1e-15);
    }

    [Fact]
    public void Dieting_Example_Matches_The_Published_Values()
    {
        // Given the textbook table of dieting by sex [[1, 9], [11, 3]] (the worked example of Fisher's exact test on Wikipedia)
        // When tested
        var r = FisherExactTest.Test(1, 9, 11, 3);

        // Then the observed table has probability 0.001346 and the one more extreme 0.000034, so the one-sided p is 0.001380;
        // the two-sided p is 0.002759 (to the published digits)
        Assert.Equal(0.001380, r.PLess, 5e-7);
        Assert.Equal(0.002759, r.PValue, 5e-7);
    }

    [Fact]
    public void Three_Of_Seven_Mice_Against_None_Is_Not_Significant()
    {
        // Given 3/7 tumour-free mice after RT + anti-CTLA-4 against 0/7 (Vanpouille-Box 2017 group size)
        var r = FisherExactTest.Test(3, 4, 0, 7);

        // Then P(A ≥ 3) = C(7,3)/C(14,3) = 35/364 and the two-sided p doubles it (the table is symmetric): 70/364
        Assert.Equal(35.0 / 364, r.PGreater, 1e-14);
        Assert.Equal(70.0 / 364, r.PValue, 1e-14);
        Assert.True(double.IsPositiveInfinity(r.SampleOddsRatio));
    }

    [Theory]
    [InlineData(0, 5, 5, 0)]
    [InlineData(2, 7, 8, 1)]
    [InlineData(10, 2, 3, 15)]
    [InlineData(4, 16, 9, 11)]
    [InlineData(25, 35, 40, 20)]
    [InlineData(0, 0, 3, 4)]
    public void Matches_Exact_Rational_Enumeration(long a, long b, long c, long d)
    {
        // Given the hypergeometric law of A with the table's margins, computed with exact integer binomials
        long row1 = a + b, row2 = c + d, column1 = a + c;
        long low = Math.Max(0, column1 - row2), high = Math.Min(row1, column1);
        var weights = new List<BigInteger>();
        for (var x = low; x <= high; x++)
        {
            weights.Add(Choose(row1, x) * Choose(row2, column1 - x));
        }

        var total = weights.Aggregate(BigInteger.Zero, (s, w) => s + w);
        var observed = weights[(int)(a - low)];
        var twoSided = weights.Where(w => w <= observed).Aggregate(BigInteger.Zero, (s, w) => s + w);
        var less = weights.Take((int)(a - low) + 1).Aggregate(BigInteger.Zero, (s, w) => s + w);
        var greater = weights.Skip((int)(a - low)).Aggregate(BigInteger.Zero, (s, w) => s + w);

        // When tested
        var r = FisherExactTest.Test(a, b, c, d);

        // Then the p-values equal the exact ratios to rounding
        Assert.Equal(Ratio(twoSided, total), r.PValue, 1e-12);
        Assert.Equal(Ratio(less, total), r.PLess, 1e-12);
        Assert.Equal(Ratio(greater, total), r.PGreater, 1e-12);
    }

    [Fact]
    public void Negative_Counts_Are_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FisherExactTest.Test(1, -1, 2, 3));

    private static BigInteger Choose(long n, long k)
    {
        BigInteger r = BigInteger.One;
        for (long i = 1; i <= k; i++)
        {
            r = r * (n - k + i) / i;
        }

        return r;
    }

    private static double Ratio(BigInteger x, BigInteger y) => Math.Exp(BigInteger.Log(x) - BigInteger.Log(y));
}
