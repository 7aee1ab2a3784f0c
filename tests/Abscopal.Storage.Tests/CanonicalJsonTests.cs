namespace Abscopal.Storage.Tests;

public class CanonicalJsonTests
{
    [Fact]
    public void The_Rfc_8785_Example_Canonicalizes_As_Published()
    {
        // RFC 8785 §3.2.3 (JSON Canonicalization Scheme): the sample input and its canonical form.
        string input = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50,
                          2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;
        string expected = "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
        Assert.Equal(expected, CanonicalJson.Canonicalize(input));
    }

    [Theory]
    // RFC 8785 Appendix B: IEEE 754 bit patterns and their ECMAScript serialisation (digits checked against CPython repr, an independent shortest round-trip printer).
    [InlineData(0x0000000000000000L, "0")]
    [InlineData(unchecked((long)0x8000000000000000UL), "0")]
    [InlineData(0x0000000000000001L, "5e-324")]
    [InlineData(0x7fefffffffffffffL, "1.7976931348623157e+308")]
    [InlineData(0x4340000000000000L, "9007199254740992")]
    [InlineData(unchecked((long)0xc340000000000000UL), "-9007199254740992")]
    [InlineData(0x4430000000000000L, "295147905179352830000")]
    [InlineData(0x44b52d02c7e14af5L, "9.999999999999997e+22")]
    [InlineData(0x44b52d02c7e14af6L, "1e+23")]
    [InlineData(0x44b52d02c7e14af7L, "1.0000000000000001e+23")]
    [InlineData(0x444b1ae4d6e2ef4eL, "999999999999999700000")]
    [InlineData(0x444b1ae4d6e2ef50L, "1e+21")]
    [InlineData(0x3eb0c6f7a0b5ed8cL, "9.999999999999997e-7")]
    [InlineData(0x3eb0c6f7a0b5ed8dL, "0.000001")]
    [InlineData(0x41b3de4355555553L, "333333333.3333332")]
    [InlineData(0x41b3de4355555555L, "333333333.3333333")]
    public void Numbers_Print_As_Ecmascript_Does(long bits, string expected)
    {
        Assert.Equal(expected, CanonicalJson.FormatNumber(BitConverter.Int64BitsToDouble(bits)));
    }

    [Fact]
    public void The_Hash_Is_Sha256_Of_The_Canonical_Utf8_Bytes()
    {
        // Reference digests of the canonical texts "[1,2]" and "{\"a\":1}" from coreutils sha256sum.
        Assert.Equal("49a64717d5d4cb19952e6eac2946415cf6879adacf9908e7d872332d32c6e684", CanonicalJson.Sha256("[ 1.0, 2E0 ]"));
        Assert.Equal("015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862", CanonicalJson.Sha256("{ \"a\" : 1 }"));
    }

    [Fact]
    public void Members_Sort_By_Utf16_Code_Units()
    {
        // RFC 8785 §3.2.3: "\r" < "1" < "\u0080" < "\u00f6" < "\u20ac" < "\ud83d\ude00" < "\ufb33" by UTF-16 code units.
        string input = "{\"\\u20ac\":5,\"\\r\":1,\"\\ufb33\":7,\"1\":2,\"\\ud83d\\ude00\":6,\"\\u0080\":3,\"\\u00f6\":4}";
        Assert.Equal("{\"\\r\":1,\"1\":2,\"\u0080\":3,\"ö\":4,\"€\":5,\"😀\":6,\"\ufb33\":7}", CanonicalJson.Canonicalize(input));
    }

    [Fact]
    public void Duplicate_Members_And_Non_Json_Are_Refused()
    {
        Assert.Throws<ArgumentException>(() => CanonicalJson.Canonicalize("""{"a":1,"a":2}"""));
        Assert.Throws<ArgumentException>(() => CanonicalJson.Canonicalize("{"));
        Assert.Throws<ArgumentException>(() => CanonicalJson.Canonicalize("[1e400]"));
    }
}
