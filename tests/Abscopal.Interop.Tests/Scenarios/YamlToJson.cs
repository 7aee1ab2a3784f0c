using System.Text;
using System.Text.Json;
using Abscopal.Interop.Scenarios.Internal;
using YamlDotNet.RepresentationModel;

namespace Abscopal.Interop.Tests.Scenarios;

/// <summary>Turns a YAML document into JSON with the reader's scalar typing (YAML 1.2 core schema), so a JSON Schema validator can check it.</summary>
internal static class YamlToJson
{
    public static JsonDocument Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, stream.Documents[0].RootNode);
        }

        return JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    writer.WritePropertyName(((YamlScalarNode)key).Value!);
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                switch (YamlScalar.Resolve(scalar))
                {
                    case null:
                        writer.WriteNullValue();
                        break;
                    case bool b:
                        writer.WriteBooleanValue(b);
                        break;
                    case double d when double.IsFinite(d):
                        writer.WriteNumberValue(d);
                        break;
                    case double d:
                        // JSON has no ±∞ or NaN; a string is what a YAML-to-JSON converter would give, and the schema rejects it.
                        writer.WriteStringValue(d.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        break;
                    case string s:
                        writer.WriteStringValue(s);
                        break;
                }

                break;
        }
    }
}
