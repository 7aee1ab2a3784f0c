using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>The type of a YAML scalar under the YAML 1.2 core schema: quoted text is a string; plain text may be null, a boolean or a number.</summary>
internal static partial class YamlScalar
{
    /// <summary>null, a bool, a double (possibly ±∞ or NaN) or a string.</summary>
    public static object? Resolve(YamlScalarNode node)
    {
        string text = node.Value ?? string.Empty;
        if (node.Style is not ScalarStyle.Plain and not ScalarStyle.Any || (!node.Tag.IsEmpty && node.Tag.Value == "tag:yaml.org,2002:str"))
        {
            return text;
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => true,
            "false" or "False" or "FALSE" => false,
            ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" => double.PositiveInfinity,
            "-.inf" or "-.Inf" or "-.INF" => double.NegativeInfinity,
            ".nan" or ".NaN" or ".NAN" => double.NaN,
            _ when NumberPattern().IsMatch(text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => text,
        };
    }

    /// <summary>How a resolved value is named in messages: "string 'abc'", "number 3", "true", "null".</summary>
    public static string Describe(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        double d => "number " + NumberShape.Format(d),
        string s => $"string '{s}'",
        _ => value.ToString() ?? string.Empty,
    };

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
