using System.Text;
using System.Text.Json;

namespace Abscopal.Cli;

/// <summary>Writes one JSON document to a text writer (numbers in shortest round-trip form, NaN and ±∞ as null).</summary>
internal static class JsonOutput
{
    public static void Write(TextWriter writer, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            body(json);
        }

        writer.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        writer.Write('\n');
    }

    public static void Number(this Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>A proportion as {value, ci_low, ci_high, [ci_method,] responders, n}.</summary>
    public static void Proportion(this Utf8JsonWriter json, string name, Abscopal.Numerics.Statistics.ProportionEstimate p, string? ciMethod = null)
    {
        json.WriteStartObject(name);
        json.Number("value", p.Value);
        json.Number("ci_low", p.Lower);
        json.Number("ci_high", p.Upper);
        if (ciMethod is not null)
        {
            json.WriteString("ci_method", ciMethod);
        }

        json.WriteNumber("responders", p.Successes);
        json.WriteNumber("n", p.Trials);
        json.WriteEndObject();
    }

    public static void Numbers(this Utf8JsonWriter json, string name, IEnumerable<double> values)
    {
        json.WriteStartArray(name);
        foreach (double value in values)
        {
            if (double.IsFinite(value))
            {
                json.WriteNumberValue(value);
            }
            else
            {
                json.WriteNullValue();
            }
        }

        json.WriteEndArray();
    }
}
