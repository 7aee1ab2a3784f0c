using System.Globalization;
using System.Text;
using Abscopal.Modeling;
using Abscopal.Modeling.Text;
using Abscopal.Testing;

namespace Abscopal.Benchmarks.Modeling;

/// <summary>The text models the benchmarks compile: the bundled examples and a generated 100-state network.</summary>
internal static class BenchmarkModels
{
    public static Model Example(string name) => TextModelParser.ParseFile(Path.Combine(RepositoryRoot.Find(), "examples", "models", name + ".ant"));

    /// <summary>
    /// A 100-species signalling cascade: S_i → S_{i+1} with Michaelis–Menten kinetics, first-order loss,
    /// and Hill-type feedback of the last species on the first step; 100 states, ~500 parameters.
    /// </summary>
    public static string Cascade(int states = 100)
    {
        var sb = new StringBuilder();
        sb.Append("model cascade()\n");
        sb.Append(CultureInfo.InvariantCulture, $"J0: -> S0; v0/(1 + (S{states - 1}/Ki)^h)\n");
        for (var i = 0; i < states - 1; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"J{i + 1}: S{i} -> S{i + 1}; Vm{i}*S{i}/(Km{i} + S{i})\n");
        }

        for (var i = 0; i < states; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"D{i}: S{i} -> ; kd{i}*S{i}\n");
        }

        sb.Append("v0 = 1; Ki = 0.5; h = 2\n");
        for (var i = 0; i < states; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"S{i} = {0.01 * (i % 7)}; Vm{i} = {1 + (0.01 * i)}; Km{i} = {0.5 + (0.003 * i)}; kd{i} = {0.05 + (0.001 * i)}\n");
        }

        sb.Append("end\n");
        return sb.ToString();
    }
}
