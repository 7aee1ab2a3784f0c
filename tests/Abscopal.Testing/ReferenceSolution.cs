using System.Globalization;

namespace Abscopal.Testing;

/// <summary>
/// A reference solution from data/reference/&lt;name&gt;.csv: '#' comment lines, a header "t,&lt;state names&gt;", then one row
/// per reference time (values printed with %.17g). Written by the peer-solver scripts; see data/reference/PROVENANCE.md.
/// </summary>
public sealed class ReferenceSolution
{
    private ReferenceSolution(string name, string path, string[] stateNames, double[] times, double[][] values)
    {
        Name = name;
        Path = path;
        StateNames = stateNames;
        Times = times;
        Values = values;
    }

    /// <summary>Problem name (file name without extension).</summary>
    public string Name { get; }

    /// <summary>Full path of the CSV file.</summary>
    public string Path { get; }

    /// <summary>State names from the header, after "t".</summary>
    public IReadOnlyList<string> StateNames { get; }

    /// <summary>Reference times, in the problem's time unit.</summary>
    public IReadOnlyList<double> Times { get; }

    /// <summary>Values[k][i]: state i at Times[k].</summary>
    public IReadOnlyList<double[]> Values { get; }

    /// <summary>Path where the reference for <paramref name="name"/> is expected.</summary>
    public static string PathOf(string name) => System.IO.Path.Combine(RepositoryRoot.Find(), "data", "reference", name + ".csv");

    /// <summary>Loads data/reference/&lt;name&gt;.csv.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist (yet).</exception>
    /// <exception cref="FormatException">The file does not follow the format.</exception>
    public static ReferenceSolution Load(string name) => LoadFile(PathOf(name));

    /// <summary>Loads a reference solution from any file of the same format.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist (yet).</exception>
    /// <exception cref="FormatException">The file does not follow the format.</exception>
    public static ReferenceSolution LoadFile(string path)
    {
        string name = System.IO.Path.GetFileNameWithoutExtension(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Reference solution '{name}' not found at {path}.", path);
        }

        string[]? header = null;
        var times = new List<double>();
        var rows = new List<double[]>();
        int lineNumber = 0;
        foreach (string raw in File.ReadLines(path))
        {
            lineNumber++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] fields = line.Split(',');
            if (header is null)
            {
                if (fields.Length < 2 || fields[0].Trim() != "t")
                {
                    throw new FormatException($"{path}:{lineNumber}: expected a header 't,<state names>', got '{line}'.");
                }

                header = fields;
                continue;
            }

            if (fields.Length != header.Length)
            {
                throw new FormatException($"{path}:{lineNumber}: {fields.Length} fields, header has {header.Length}.");
            }

            times.Add(double.Parse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture));
            double[] values = new double[fields.Length - 1];
            for (int i = 1; i < fields.Length; i++)
            {
                values[i - 1] = double.Parse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            rows.Add(values);
        }

        if (header is null || rows.Count == 0)
        {
            throw new FormatException($"{path}: no header or no data rows.");
        }

        return new ReferenceSolution(name, path, [.. header.Skip(1).Select(s => s.Trim())], [.. times], [.. rows]);
    }

    /// <summary>
    /// The error measure of docs/problems.md: max over rows k and states i of |y_i(t_k) − ref_i(t_k)| / (|ref_i(t_k)| + 1e-6·max_k |ref_i(t_k)|),
    /// with 0/0 (a state that is zero in the reference and in the solution) counted as 0.
    /// </summary>
    /// <param name="states">states[k][i] at the reference times, in the reference's row order.</param>
    public (double Error, int Row, int State) MaxError(IReadOnlyList<double[]> states)
    {
        if (states.Count != Values.Count)
        {
            throw new ArgumentException($"Expected {Values.Count} rows, got {states.Count}.", nameof(states));
        }

        int n = StateNames.Count;
        double worst = -1;
        int worstRow = -1, worstState = -1;
        for (int i = 0; i < n; i++)
        {
            double scale = 0;
            for (int k = 0; k < Values.Count; k++)
            {
                scale = Math.Max(scale, Math.Abs(Values[k][i]));
            }

            for (int k = 0; k < Values.Count; k++)
            {
                double reference = Values[k][i];
                double difference = Math.Abs(states[k][i] - reference);

                // A state that is zero in every row (e.g. the antibody of an untreated arm) counts as exact when reproduced.
                double e = difference == 0 ? 0 : difference / (Math.Abs(reference) + (1e-6 * scale));
                if (e > worst || double.IsNaN(e))
                {
                    worst = double.IsNaN(e) ? double.PositiveInfinity : e;
                    worstRow = k;
                    worstState = i;
                }
            }
        }

        return (worst, worstRow, worstState);
    }
}
