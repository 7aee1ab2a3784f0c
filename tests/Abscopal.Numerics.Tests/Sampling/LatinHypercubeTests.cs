using Abscopal.Numerics.Random;
using Abscopal.Numerics.Sampling;

namespace Abscopal.Numerics.Tests.Sampling;

/// <summary>Latin hypercube samples are stratified in every coordinate (McKay, Beckman &amp; Conover 1979) and reproducible.</summary>
public sealed class LatinHypercubeTests
{
    [Fact]
    public void Every_Stratum_Of_Every_Coordinate_Holds_Exactly_One_Point()
    {
        // Given 1000 points in 6 dimensions from stream (9, 0)
        const int n = 1000, k = 6;
        var x = new double[n * k];
        var rng = new RandomStream(9, 0);
        LatinHypercube.Sample(ref rng, k, x);

        // Then each column has one point in each [i/n, (i+1)/n)
        for (int j = 0; j < k; j++)
        {
            var strata = Enumerable.Range(0, n).Select(i => (int)(x[(i * k) + j] * n)).Order().ToArray();
            Assert.Equal(Enumerable.Range(0, n), strata);
        }

        // And the columns are not in the same order (the permutations are independent)
        Assert.NotEqual(Enumerable.Range(0, n).Select(i => (int)(x[i * k] * n)), Enumerable.Range(0, n).Select(i => (int)(x[(i * k) + 1] * n)));
    }

    [Fact]
    public void The_Same_Stream_Gives_The_Same_Design()
    {
        var a = new double[300];
        var b = new double[300];
        var r1 = new RandomStream(4, 2);
        var r2 = new RandomStream(4, 2);
        LatinHypercube.Sample(ref r1, 3, a);
        LatinHypercube.Sample(ref r2, 3, b);
        Assert.Equal(a, b);
    }
}
