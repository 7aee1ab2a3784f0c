using System.Globalization;
using System.Text.Json;
using Abscopal.Cli.Output;
using Abscopal.Interop.Tables;
using Abscopal.Numerics.Statistics;
using Abscopal.Reporting;
using Abscopal.Reporting.Html;
using Abscopal.Trials.Designs;
using Abscopal.Trials.Preclinical;

namespace Abscopal.Cli.Commands;

/// <summary>The mouse-experiment part of <c>abscopal trial</c>: groups (responders with exact CIs, growth curves), Fisher comparisons and the group-size search, as JSON, text, growth.csv/.parquet and report sections.</summary>
internal static class TrialGroupsOutput
{
    public static void WriteJson(Utf8JsonWriter w, PreclinicalResult? groups, GroupSizeResult? size)
    {
        if (groups is not null)
        {
            if (groups.DaysAfterInoculation is { } offset)
            {
                w.Number("days_after_inoculation_at_start", offset);
            }

            w.WriteStartArray("groups");
            foreach (var g in groups.Groups)
            {
                w.WriteStartObject();
                w.WriteString("name", g.Name);
                w.WriteNumber("n", g.Animals);
                if (g.Responders is { } r)
                {
                    w.Proportion("responders", r, "clopper-pearson");
                }

                w.WriteStartArray("growth");
                foreach (var c in g.Growth)
                {
                    w.WriteStartObject();
                    w.WriteString("tumour", c.Lesion);
                    w.WriteBoolean("irradiated", c.Irradiated);
                    w.WriteNumber("n", c.Animals);
                    w.Numbers("days", c.Days);
                    w.Numbers("mean_mm3", c.MeanMm3);
                    w.Numbers("sd_mm3", c.SdMm3);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("responder_comparisons");
            foreach (var c in groups.Comparisons)
            {
                w.WriteStartObject();
                w.WriteStartArray("arms");
                w.WriteStringValue(c.Reference);
                w.WriteStringValue(c.Group);
                w.WriteEndArray();
                w.Number("fisher_p", c.Test.PValue);
                w.Number("odds_ratio", c.Test.SampleOddsRatio);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (size is not null)
        {
            w.WriteStartObject("group_size");
            w.Number("target_power", size.Spec.TargetPower);
            w.Number("alpha", size.Spec.Alpha);
            w.WriteNumber("replicates", size.Spec.Replicates);
            w.WriteStartArray("comparisons");
            for (var k = 0; k < size.Comparisons.Length; k++)
            {
                w.WriteStartObject();
                w.WriteStartArray("arms");
                w.WriteStringValue(size.Reference);
                w.WriteStringValue(size.Comparisons[k]);
                w.WriteEndArray();
                if (size.SmallestGroupSize[k] is { } n)
                {
                    w.WriteNumber("smallest_group_size", n);
                }
                else
                {
                    w.WriteNull("smallest_group_size");
                }

                w.WriteStartArray("power");
                foreach (var row in size.Rows)
                {
                    w.WriteStartObject();
                    w.WriteNumber("group_size", row.GroupSize);
                    w.Number("value", row.Power[k].Value);
                    w.Number("ci_low", row.Power[k].Lower);
                    w.Number("ci_high", row.Power[k].Upper);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
    }

    public static void WriteText(TextWriter stdout, PreclinicalResult? groups, GroupSizeResult? size)
    {
        if (groups is not null)
        {
            foreach (var g in groups.Groups)
            {
                var growth = string.Join("; ", g.Growth.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Lesion}{(c.Irradiated ? " (irradiated)" : string.Empty)} day {c.Days[^1]:0}: {c.MeanMm3[^1]:0.#} ± {c.SdMm3[^1]:0.#} mm³")));
                stdout.WriteLine($"  group {g.Name}: {(g.Responders is { } r ? $"responders {r.Successes}/{r.Trials} {Percent(r)} (exact 95% CI); " : string.Empty)}{growth}");
            }

            foreach (var c in groups.Comparisons)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  responders {c.Group} vs {c.Reference}: Fisher exact p {c.Test.PValue:0.####}"));
            }
        }

        if (size is not null)
        {
            for (var k = 0; k < size.Comparisons.Length; k++)
            {
                var found = size.SmallestGroupSize[k] is { } n
                    ? string.Create(CultureInfo.InvariantCulture, $"{n} animals per group reach power {size.Rows[n - size.Spec.MinGroupSize].Power[k].Value:0.00} (target {size.Spec.TargetPower:0.00})")
                    : string.Create(CultureInfo.InvariantCulture, $"no group size up to {size.Spec.MaxGroupSize} reaches power {size.Spec.TargetPower:0.00} (at {size.Spec.MaxGroupSize}: {size.Rows[^1].Power[k].Value:0.00})");
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  group size, {size.Comparisons[k]} vs {size.Reference} (Fisher α {size.Spec.Alpha}, {size.Spec.Replicates} simulated experiments): {found}"));
            }
        }
    }

    public static void WriteFiles(DirectoryInfo dir, PreclinicalResult groups)
    {
        var rows = groups.Groups.SelectMany(g => g.Growth.SelectMany(c => c.Days.Select((d, k) => (Group: g.Name, Curve: c, Day: d, K: k)))).ToArray();
        var table = new ResultTable(
        [
            TableColumn.Text("group", [.. rows.Select(r => (string?)r.Group)]),
            TableColumn.Text("tumour", [.. rows.Select(r => (string?)r.Curve.Lesion)]),
            TableColumn.Boolean("irradiated", [.. rows.Select(r => r.Curve.Irradiated)]),
            TableColumn.Real("day", [.. rows.Select(r => r.Day)]),
            TableColumn.Real("days_after_inoculation", [.. rows.Select(r => groups.DaysAfterInoculation is { } o ? (double?)(o + r.Day) : null)]),
            TableColumn.Integer32("n", [.. rows.Select(r => r.Curve.Animals)]),
            TableColumn.Real("mean_mm3", [.. rows.Select(r => r.Curve.MeanMm3[r.K])]),
            TableColumn.Real("sd_mm3", [.. rows.Select(r => r.Curve.SdMm3[r.K])]),
        ]);
        AtomicFile.WriteAllText(Path.Combine(dir.FullName, "growth.csv"), CsvTableWriter.ToCsv(table));
        AtomicFile.WriteAllBytes(Path.Combine(dir.FullName, "growth.parquet"), ParquetTableWriter.ToBytes(table));
    }

    /// <summary>One figure per group: mean volume of each tumour over the caliper days (irradiated solid), RT fractions and drug doses on the strip.</summary>
    public static IReadOnlyList<Figure> GrowthFigures(PreclinicalResult groups, TrialDesign design) =>
        [.. groups.Groups.Select((g, a) =>
        {
            var treatment = design.Arms[a].Treatment;
            var marks = new TreatmentMarks([.. treatment.Radiotherapy.SelectMany(r => r.For("tumour").Days).Order()], [.. treatment.Drugs.SelectMany(d => d.Days).Order()]);
            var curves = g.Growth.Select(c => new LesionCurve(c.Lesion, c.Irradiated, [.. c.Days], [.. c.MeanMm3])).ToArray();
            return Figures.LesionTrajectories(curves, marks, title: $"Mean tumour volume (n = {g.Animals}): {g.Name}");
        })];

    public static IEnumerable<ReportSection> Sections(PreclinicalResult groups, GroupSizeResult? size)
    {
        yield return new TableSection("Groups", ["group", "n", "responders (exact 95% CI)", "tumour volume at the last assessment, mean ± SD (mm³)"],
            [.. groups.Groups.Select(g => (IReadOnlyList<string>)[g.Name, g.Animals.ToString(CultureInfo.InvariantCulture), g.Responders is { } r ? $"{r.Successes}/{r.Trials} {Percent(r)}" : "–", string.Join("; ", g.Growth.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Lesion}: {c.MeanMm3[^1]:0.#} ± {c.SdMm3[^1]:0.#}")))])]);
        if (groups.Comparisons.Length > 0)
        {
            yield return new TableSection("Responders against the first group (Fisher's exact test, two-sided)", ["groups", "p"],
                [.. groups.Comparisons.Select(c => (IReadOnlyList<string>)[$"{c.Group} vs {c.Reference}", c.Test.PValue.ToString("0.####", CultureInfo.InvariantCulture)])]);
        }

        if (size is not null)
        {
            yield return new TableSection(string.Create(CultureInfo.InvariantCulture, $"Group size: power by simulation ({size.Spec.Replicates} experiments per size, Fisher α {size.Spec.Alpha}, target {size.Spec.TargetPower:0.00})"),
                ["animals per group", .. size.Comparisons.Select(c => $"{c} vs {size.Reference}")],
                [.. size.Rows.Select(row => (IReadOnlyList<string>)[row.GroupSize.ToString(CultureInfo.InvariantCulture), .. row.Power.Select(Percent)])]);
        }
    }

    private static string Percent(ProportionEstimate p) => p.Trials == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100 * p.Value:0.0}% ({100 * p.Lower:0.0}–{100 * p.Upper:0.0})");
}
