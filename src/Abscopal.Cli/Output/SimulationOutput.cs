using System.Globalization;
using System.Text;
using Abscopal.Modeling;
using Abscopal.Reporting;
using Abscopal.Reporting.Adapters;

namespace Abscopal.Cli.Output;

/// <summary>
/// Writes a simulate run to a folder: figures (PNG and SVG), data (states.csv, lesions.csv, result.json) and report.html.
/// Each file is written whole or not at all (<see cref="AtomicFile"/>); other files in the folder are left alone.
/// </summary>
internal static class SimulationOutput
{
    public const string ReportFile = "report.html";

    /// <summary>The figures of a run, by file stem, in report order.</summary>
    public static IReadOnlyList<(string Stem, Figure Figure)> Figures(SimulationRun run)
    {
        var marks = SimulationFigureData.TreatmentMarks(run.Request.Plan);
        var figures = new List<(string, Figure)>
        {
            ("lesions-volume", Reporting.Figures.LesionTrajectories(SimulationFigureData.LesionCurves(run.Result, LesionMeasure.VolumeCubicMillimetres), marks, LesionMeasure.VolumeCubicMillimetres, "Lesion volume")),
            ("lesions-diameter", Reporting.Figures.LesionTrajectories(SimulationFigureData.LesionCurves(run.Result, LesionMeasure.DiameterMillimetres), marks, LesionMeasure.DiameterMillimetres, "Lesion longest diameter")),
        };
        if (SimulationFigureData.ImmunePanel(run.Result) is { } immune)
        {
            figures.Add(("immune-panel", Reporting.Figures.ImmunePanel(immune, marks)));
        }

        return figures;
    }

    /// <summary>Writes the data files and figures into <paramref name="folder"/> (created if missing); returns the paths written, report.html last.</summary>
    /// <param name="run">The finished run.</param>
    /// <param name="folder">The output folder.</param>
    /// <param name="progress">Called with a phase name as each phase starts ("figures", "data", "report").</param>
    public static IReadOnlyList<string> Write(SimulationRun run, string folder, Action<string>? progress = null)
    {
        string root = Path.GetFullPath(folder);
        if (File.Exists(root))
        {
            throw new UsageException($"--out {folder}: a file of that name exists; give a folder.");
        }

        Directory.CreateDirectory(root);
        var written = new List<string>();
        void Save(string name, byte[] bytes)
        {
            string path = Path.Combine(root, name);
            AtomicFile.WriteAllBytes(path, bytes);
            written.Add(path);
        }

        var utf8 = new UTF8Encoding(false);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        progress?.Invoke("figures");
        var figures = Figures(run);
        foreach (var (stem, figure) in figures)
        {
            Save(stem + ".png", figure.ToPng());
            Save(stem + ".svg", utf8.GetBytes(figure.ToSvg()));
        }

        run.Timings.Add(("figures", clock.Elapsed.TotalSeconds));
        clock.Restart();
        progress?.Invoke("data");
        Save("states.csv", utf8.GetBytes(StatesCsv(run)));
        Save("lesions.csv", utf8.GetBytes(LesionsCsv(run)));
        using (var json = new StringWriter { NewLine = "\n" })
        {
            ResultJson.Write(json, run);
            Save("result.json", utf8.GetBytes(json.ToString()));
        }

        run.Timings.Add(("data", clock.Elapsed.TotalSeconds));
        clock.Restart();
        progress?.Invoke("report");
        string html = SimulationReport.Build(run, figures, [.. written.Select(Path.GetFileName).OfType<string>(), ReportFile]);
        Save(ReportFile, utf8.GetBytes(html));
        return written;
    }

    /// <summary>CSV of every state at every output time: header "time_days,&lt;state ids&gt;".</summary>
    public static string StatesCsv(SimulationRun run)
    {
        var result = run.Result;
        var sb = new StringBuilder("time_days");
        foreach (string id in result.StateIds)
        {
            sb.Append(',').Append(Quote(id));
        }

        sb.Append('\n');
        for (int k = 0; k < result.Times.Length; k++)
        {
            sb.Append(CsvTable.Number(result.Times[k]));
            foreach (string id in result.StateIds)
            {
                sb.Append(',').Append(CsvTable.Number(result.States[id][k]));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>CSV of each lesion at each output time (long format): "time_days,lesion,site,irradiated,volume_mm3,diameter_mm".</summary>
    public static string LesionsCsv(SimulationRun run)
    {
        var result = run.Result;
        var sb = new StringBuilder("time_days,lesion,site,irradiated,volume_mm3,diameter_mm\n");
        foreach (var lesion in result.Lesions)
        {
            for (int k = 0; k < result.Times.Length; k++)
            {
                sb.Append(CsvTable.Number(result.Times[k])).Append(',')
                    .Append(Quote(lesion.Id)).Append(',')
                    .Append(Models.Patients.PatientIds.Id(lesion.Site)).Append(',')
                    .Append(lesion.Irradiated ? "true" : "false").Append(',')
                    .Append(CsvTable.Number(lesion.VolumeMm3[k])).Append(',')
                    .Append(CsvTable.Number(lesion.DiameterMm[k])).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>The model's parameters with the values this run used, their units and sources.</summary>
    public static IReadOnlyList<string[]> ParameterRows(SimulationRun run)
    {
        var request = run.Request;
        Model model;
        IReadOnlyDictionary<string, double> bound;
        if (request.Builtin is { } builtin)
        {
            var setup = builtin.Prepare(request.Patient, request.Plan);
            model = setup.BuildModel();
            bound = setup.Values;
        }
        else
        {
            model = request.Model!;
            bound = new Dictionary<string, double>();
        }

        var rows = new List<string[]>();
        foreach (var p in model.Parameters)
        {
            double? value = p.Value;
            string source = p.Source ?? "—";
            if (request.Parameters.TryGetValue(p.Id, out double overridden))
            {
                source = $"scenario override (model: {Number(value ?? bound.GetValueOrDefault(p.Id, double.NaN))}); {source}";
                value = overridden;
            }
            else if (bound.TryGetValue(p.Id, out double fromPatient))
            {
                value = fromPatient;
            }

            rows.Add([p.Id, value is { } v ? Number(v) : "—", p.Units ?? "—", source]);
        }

        return rows;
    }

    /// <summary>A number for people: six significant digits, scientific (1.5e+06, 1e-09) only when very large or small.</summary>
    public static string Number(double value)
    {
        double magnitude = Math.Abs(value);
        return value.ToString(magnitude >= 1e5 || (magnitude > 0 && magnitude < 1e-3) ? "0.#####e+0" : "0.#####", CultureInfo.InvariantCulture);
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
