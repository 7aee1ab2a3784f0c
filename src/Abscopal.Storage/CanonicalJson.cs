using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Abscopal.Storage;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785, Rundgren, Jordan and Erdtman 2020): members sorted by UTF-16 code units,
/// no whitespace, numbers as ECMAScript prints them, minimal string escapes; so equal inputs hash equal.
/// </summary>
public static class CanonicalJson
{
    /// <summary>The canonical form of the JSON document <paramref name="json"/>.</summary>
    /// <exception cref="ArgumentException">The text is not JSON, has a duplicate member name or a number outside the double range.</exception>
    public static string Canonicalize(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The input is not valid JSON: {ex.Message}", nameof(json), ex);
        }

        using (document)
        {
            var text = new StringBuilder(json.Length);
            Write(document.RootElement, text);
            return text.ToString();
        }
    }

    /// <summary>SHA-256 of the canonical form of <paramref name="json"/> (UTF-8), as 64 lower-case hex digits.</summary>
    /// <exception cref="ArgumentException">The text is not canonicalisable JSON.</exception>
    public static string Sha256(string json) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonicalize(json))));

    /// <summary>A finite double as ECMAScript's Number.prototype.toString prints it (RFC 8785 §3.2.2.3).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static string FormatNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "JSON has no NaN or infinity.");
        }

        if (value == 0)
        {
            return "0";
        }

        if (value < 0)
        {
            return "-" + FormatNumber(-value);
        }

        // Shortest round-trip digits d1..dk and n with value = 0.d1..dk × 10^n, from .NET's shortest "R" form.
        string shortest = value.ToString("R", CultureInfo.InvariantCulture);
        int e = shortest.IndexOf('E', StringComparison.Ordinal);
        int exponent = e < 0 ? 0 : int.Parse(shortest.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string mantissa = e < 0 ? shortest : shortest[..e];
        int point = mantissa.IndexOf('.', StringComparison.Ordinal);
        string integer = point < 0 ? mantissa : mantissa[..point];
        string fraction = point < 0 ? string.Empty : mantissa[(point + 1)..];
        string all = integer + fraction;
        string digits = all.TrimStart('0');
        int n = integer.Length - (all.Length - digits.Length) + exponent;
        digits = digits.TrimEnd('0');
        int k = digits.Length;

        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        int power = n - 1;
        string head = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return head + "e" + (power < 0 ? "-" : "+") + Math.Abs(power).ToString(CultureInfo.InvariantCulture);
    }

    private static void Write(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var members = element.EnumerateObject().ToList();
                members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
                text.Append('{');
                for (int i = 0; i < members.Count; i++)
                {
                    if (i > 0)
                    {
                        if (members[i].Name == members[i - 1].Name)
                        {
                            throw new ArgumentException($"The input has the member \"{members[i].Name}\" twice in one object.");
                        }

                        text.Append(',');
                    }

                    WriteString(members[i].Name, text);
                    text.Append(':');
                    Write(members[i].Value, text);
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                bool first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        text.Append(',');
                    }

                    first = false;
                    Write(item, text);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(element.GetString()!, text);
                break;
            case JsonValueKind.Number:
                double number = element.GetDouble();
                if (!double.IsFinite(number))
                {
                    throw new ArgumentException($"The number {element.GetRawText()} is outside the double range.");
                }

                text.Append(FormatNumber(number));
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            default:
                text.Append("null");
                break;
        }
    }

    private static void WriteString(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\b':
                    text.Append("\\b");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\f':
                    text.Append("\\f");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                default:
                    if (c < 0x20)
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }
}
