using Abscopal.Numerics.Sampling;
using Abscopal.Numerics.Sampling.Internal;

namespace Abscopal.Numerics.Tests.Sampling;

/// <summary>The Sobol sequence against published first points, the net property and the quasi-Monte Carlo convergence rate.</summary>
public sealed class SobolSequenceTests
{
    [Fact]
    public void First_Points_Match_The_Published_Ones()
    {
        // Given the first ten 3-D points of the Joe–Kuo sequence in Gray-code order, as printed by Joe & Kuo's sobol.cc for
        // new-joe-kuo-6.21201 (and, for the first two coordinates, SciPy's documented qmc.Sobol(d=2, scramble=False) output)
        double[,] expected =
        {
            { 0, 0, 0 }, { 0.5, 0.5, 0.5 }, { 0.75, 0.25, 0.25 }, { 0.25, 0.75, 0.75 }, { 0.375, 0.375, 0.625 },
            { 0.875, 0.875, 0.125 }, { 0.625, 0.125, 0.875 }, { 0.125, 0.625, 0.375 }, { 0.1875, 0.3125, 0.9375 }, { 0.6875, 0.8125, 0.4375 },
        };
        var sobol = new SobolSequence(3);
        var point = new double[3];

        // When generated, Then each point is exact
        for (int i = 0; i < 10; i++)
        {
            sobol.Next(point);
            Assert.Equal([expected[i, 0], expected[i, 1], expected[i, 2]], point);
        }
    }

    [Fact]
    public void Seek_Gives_The_Same_Point_As_Stepping()
    {
        var a = new SobolSequence(40);
        var b = new SobolSequence(40);
        var pa = new double[40];
        var pb = new double[40];
        for (int i = 0; i < 1000; i++)
        {
            a.Next(pa);
        }

        b.Seek(999);
        a.Seek(999);
        a.Next(pa);
        b.Next(pb);
        Assert.Equal(pa, pb);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_Coordinate_Of_The_First_2_Power_M_Points_Is_Stratified(bool scrambled)
    {
        // Given all 40 dimensions (each coordinate of a Sobol sequence is a (0, m, 1)-net in base 2; Matoušek's scramble keeps this)
        var sobol = new SobolSequence(SobolSequence.MaxDimension, scrambled, seed: 5);
        const int m = 12, n = 1 << m;
        var points = new double[n * SobolSequence.MaxDimension];
        sobol.Fill(points, n);

        // Then for every m' ≤ 12 each interval [k/2^m', (k+1)/2^m') holds exactly one of the first 2^m' points
        for (int mm = 1; mm <= m; mm++)
        {
            int count = 1 << mm;
            for (int j = 0; j < SobolSequence.MaxDimension; j++)
            {
                var seen = new bool[count];
                for (int i = 0; i < count; i++)
                {
                    int cell = (int)(points[(i * SobolSequence.MaxDimension) + j] * count);
                    Assert.False(seen[cell], $"dimension {j + 1}, m = {mm}: two points in cell {cell}");
                    seen[cell] = true;
                }
            }
        }
    }

    [Fact]
    public void The_First_Two_Dimensions_Form_A_0_M_2_Net()
    {
        // Given 2^10 points in dimensions 1 and 2, Then every elementary box of area 2^-10 holds exactly one point (Sobol 1967)
        var sobol = new SobolSequence(2);
        const int m = 10, n = 1 << m;
        var points = new double[2 * n];
        sobol.Fill(points, n);
        for (int bx = 0; bx <= m; bx++)
        {
            int nx = 1 << bx, ny = 1 << (m - bx);
            var counts = new int[nx * ny];
            for (int i = 0; i < n; i++)
            {
                counts[((int)(points[2 * i] * nx) * ny) + (int)(points[(2 * i) + 1] * ny)]++;
            }

            Assert.All(counts, c => Assert.Equal(1, c));
        }
    }

    [Fact]
    public void The_Table_Lists_The_Primitive_Polynomials_In_Order_With_Valid_Initial_Numbers()
    {
        // Given the Joe–Kuo ordering (by degree, then by the coefficient bits a), derive the primitive polynomials over GF(2) independently
        var derived = new List<(int S, uint A)>();
        for (int s = 1; derived.Count < JoeKuoDirectionNumbers.Rows.Length; s++)
        {
            for (uint a = 0; a < (1u << (s - 1)) && derived.Count < JoeKuoDirectionNumbers.Rows.Length; a++)
            {
                if (IsPrimitive(s, a))
                {
                    derived.Add((s, a));
                }
            }
        }

        // Then the table's (s, a) are exactly these, and every m_i is odd and below 2^i
        for (int d = 0; d < derived.Count; d++)
        {
            var (s, a, mi) = JoeKuoDirectionNumbers.Rows[d];
            Assert.Equal(derived[d], (s, a));
            Assert.Equal(s, mi.Length);
            for (int i = 0; i < s; i++)
            {
                Assert.True(mi[i] % 2 == 1 && mi[i] < (1u << (i + 1)), $"dimension {d + 2}, m_{i + 1} = {mi[i]}");
            }
        }
    }

    [Fact]
    public void Quasi_Monte_Carlo_Error_Decays_Nearly_Like_One_Over_N()
    {
        // Given f(x) = Π_{i=1..5} (1 + (x_i − ½)/2 + (x_i − ½)²), whose integral over [0, 1]^5 is (1 + 1/12)^5
        const int d = 5;
        double exact = Math.Pow(1 + (1.0 / 12), d);
        var sobol = new SobolSequence(d);
        var x = new double[d];
        var logN = new List<double>();
        var logError = new List<double>();
        double sum = 0;
        long n = 0;

        // When integrated with the first 2^8 … 2^16 points
        for (int m = 8; m <= 16; m++)
        {
            for (; n < (1L << m); n++)
            {
                sobol.Next(x);
                double f = 1;
                foreach (double xi in x)
                {
                    f *= 1 + ((xi - 0.5) / 2) + ((xi - 0.5) * (xi - 0.5));
                }

                sum += f;
            }

            logN.Add(Math.Log(n));
            logError.Add(Math.Log(Math.Abs((sum / n) - exact)));
        }

        // Then the least-squares slope of log error against log N is below −0.8 (QMC: O(N⁻¹ logᵈ N); plain Monte Carlo: −0.5)
        double mx = logN.Average(), my = logError.Average();
        double slope = logN.Zip(logError).Sum(p => (p.First - mx) * (p.Second - my)) / logN.Sum(v => (v - mx) * (v - mx));
        Assert.True(slope < -0.8, $"slope {slope}");
    }

    [Fact]
    public void Scrambling_Is_Deterministic_In_The_Seed()
    {
        var a = new double[8 * 64];
        var b = new double[8 * 64];
        var c = new double[8 * 64];
        new SobolSequence(8, true, 1).Fill(a, 64);
        new SobolSequence(8, true, 1).Fill(b, 64);
        new SobolSequence(8, true, 2).Fill(c, 64);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    /// <summary>x^s + a_1 x^(s−1) + … + a_(s−1) x + 1 is primitive iff x has multiplicative order 2^s − 1 modulo it.</summary>
    private static bool IsPrimitive(int s, uint a)
    {
        uint poly = (1u << s) | (a << 1) | 1u;
        uint order = (1u << s) - 1;
        uint x = 1;
        for (uint k = 1; k <= order; k++)
        {
            x <<= 1;
            if ((x & (1u << s)) != 0)
            {
                x ^= poly;
            }

            if (x == 1)
            {
                return k == order;
            }
        }

        return false;
    }
}
