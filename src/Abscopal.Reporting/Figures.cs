using Abscopal.Reporting.Internal;
using ScottPlot;

namespace Abscopal.Reporting;

/// <summary>
/// The one entry point for figures, each a recipe in the field's conventions: clean defaults (axis labels with units,
/// Okabe–Ito colours, a legible sans-serif font) and output as PNG or SVG through <see cref="Figure"/>.
/// </summary>
public static class Figures
{
    /// <summary>Default figure width, in pixels.</summary>
    public const int DefaultWidth = 1000;

    /// <summary>Default figure height, in pixels.</summary>
    public const int DefaultHeight = 600;

    // Stacked panels share these paddings (pixels) so their data areas line up on the time axis.
    private const float StackLeft = 125;
    private const float StackRight = 235;
    private const float StackRightNoLegend = 40;

    /// <summary>Lesion size over time, one line per lesion (irradiated solid and thick, others dashed), with RT fractions and drug doses on a strip under the time axis.</summary>
    public static Figure LesionTrajectories(IReadOnlyList<LesionCurve> lesions, TreatmentMarks marks, LesionMeasure measure = LesionMeasure.VolumeCubicMillimetres, string title = "Lesion size over time")
    {
        Check.NotEmpty(lesions, "lesions");
        foreach (var lesion in lesions)
        {
            Check.SameLength(lesion.Id, lesion.TimesDays, lesion.Values);
            Check.Increasing(lesion.Id, lesion.TimesDays);
        }

        var (start, end) = TimeRange(lesions.SelectMany(l => l.TimesDays).Concat(marks.RtFractionDays).Concat(marks.DrugDoseDays));
        string yLabel = measure == LesionMeasure.VolumeCubicMillimetres ? "Tumour volume (mm³)" : "Longest diameter (mm)";
        bool strip = !marks.IsEmpty;
        var main = new Panel(
            () =>
            {
                var plot = Style.NewPlot(title, strip ? null : "Time (days)", yLabel);
                for (int i = 0; i < lesions.Count; i++)
                {
                    var lesion = lesions[i];
                    var line = plot.Add.ScatterLine(lesion.TimesDays, lesion.Values, Style.SeriesColour(i));
                    line.LineWidth = lesion.Irradiated ? 3.5f : 2f;
                    line.LinePattern = lesion.Irradiated ? LinePattern.Solid : LinePattern.Dashed;
                    line.LegendText = lesion.Irradiated ? $"{lesion.Id} (irradiated)" : lesion.Id;
                }

                double top = lesions.SelectMany(l => l.Values).Where(double.IsFinite).DefaultIfEmpty(1).Max();
                plot.Axes.SetLimits(start, end, 0, top * 1.08);
                Stacked(plot, strip ? BottomWithoutLabel : BottomWithLabel, TopWithTitle);
                Style.LegendOutside(plot);
                return plot;
            },
            strip ? 4 : 1);
        var panels = strip ? new[] { main, TreatmentStrip(marks, start, end) } : new[] { main };
        return new Figure(
            title,
            $"{yLabel.Split(" (")[0]} of each lesion against time from the start of treatment; irradiated lesions are drawn solid and thick, the others dashed."
                + (strip ? " Triangles under the axis mark radiotherapy fractions, diamonds drug doses." : string.Empty),
            panels,
            DefaultWidth,
            DefaultHeight);
    }

    /// <summary>Immune read-outs over time in three aligned plots: effector T cells, PD-L1, and ALC over the CTCAE v5.0 lymphopenia grade bands.</summary>
    public static Figure ImmunePanel(ImmunePanelData data, TreatmentMarks marks, string title = "Immune response")
    {
        Check.SameLength("immune panel", data.TimesDays, data.EffectorTCells, data.PdL1, data.AbsoluteLymphocyteCount);
        Check.Increasing("immune panel", data.TimesDays);
        if (!(data.LowerLimitOfNormal > 800))
        {
            throw new ArgumentException($"The ALC lower limit of normal must exceed the grade 2 boundary of 800 cells/µL, not {data.LowerLimitOfNormal}.", nameof(data));
        }

        var (start, end) = TimeRange(data.TimesDays.Concat(marks.RtFractionDays).Concat(marks.DrugDoseDays));
        bool strip = !marks.IsEmpty;
        var panels = new List<Panel>
        {
            new(() => SeriesPanel(title, $"Effector T cells ({data.EffectorTCellUnit})", data.TimesDays, data.EffectorTCells, OkabeIto.Blue, start, end, TopWithTitle), 3.3),
            new(() => SeriesPanel(null, $"PD-L1 ({data.PdL1Unit})", data.TimesDays, data.PdL1, OkabeIto.ReddishPurple, start, end, TopPlain), 3),
            new(() => AlcPanel(data, start, end, strip), strip ? 3.4 : 3.8),
        };
        if (strip)
        {
            panels.Add(TreatmentStrip(marks, start, end, StackRightNoLegend) with { HeightWeight = 1.6 });
        }

        return new Figure(
            title,
            "Effector T cells, PD-L1 expression and the absolute lymphocyte count (ALC) against time; shaded bands on the ALC plot are the CTCAE v5.0 grades of lymphocyte count decreased (G1 below the lower limit of normal to 800, G2 to 500, G3 to 200, G4 below 200 cells/µL).",
            panels,
            DefaultWidth,
            (int)(DefaultHeight * 1.5));
    }

    /// <summary>Spider plot: each patient's % change in the sum of target-lesion diameters from baseline against time, coloured by best response, with the RECIST −30% and +20% lines.</summary>
    public static Figure Spider(IReadOnlyList<SpiderCurve> patients, string title = "Change from baseline over time")
    {
        Check.NotEmpty(patients, "patients");
        foreach (var patient in patients)
        {
            Check.SameLength(patient.Id, patient.TimesDays, patient.PercentChange);
            Check.Increasing(patient.Id, patient.TimesDays);
        }

        var panel = new Panel(
            () =>
            {
                var plot = Style.NewPlot(title, "Time (days)", "Change in sum of diameters from baseline (%)");
                plot.Add.HorizontalLine(0, 1, Style.Colour(OkabeIto.Grey), LinePattern.Solid);
                double last = patients.Max(p => p.TimesDays[^1]);
                plot.Axes.SetLimitsX(Math.Min(0, patients.Min(p => p.TimesDays[0])) - (last * 0.02), last * 1.02);
                Style.ReferenceLine(plot, -30, "−30% (PR)", last * 1.02);
                Style.ReferenceLine(plot, 20, "+20% (PD)", last * 1.02);
                foreach (var patient in patients)
                {
                    var line = plot.Add.ScatterLine(patient.TimesDays, patient.PercentChange, Style.Colour(OkabeIto.ForRecist(patient.BestResponse)));
                    line.LineWidth = 2;
                    line.MarkerShape = MarkerShape.FilledCircle;
                    line.MarkerSize = 5;
                }

                RecistLegend(plot, patients.Select(p => p.BestResponse));
                Style.LegendOutside(plot);
                return plot;
            },
            1);
        return new Figure(title, "Each line is one patient's change in the sum of target-lesion diameters from baseline; colours give the best overall response (RECIST 1.1); dashed lines mark −30% (partial response) and +20% (progression).", [panel], DefaultWidth, DefaultHeight);
    }

    /// <summary>Waterfall plot: each patient's best % change from baseline, largest growth on the left, coloured by RECIST category, with the −30% and +20% lines.</summary>
    public static Figure Waterfall(IReadOnlyList<WaterfallBar> patients, string title = "Best change from baseline")
    {
        Check.NotEmpty(patients, "patients");
        var ordered = patients.OrderByDescending(p => p.BestPercentChange).ThenBy(p => p.Id, StringComparer.Ordinal).ToArray();
        var panel = new Panel(
            () =>
            {
                var plot = Style.NewPlot(title, "Patients, ordered by best change", "Best change in sum of diameters (%)");
                var bars = ordered.Select((p, i) => new Bar
                {
                    Position = i,
                    Value = p.BestPercentChange,
                    ValueBase = 0,
                    FillColor = Style.Colour(OkabeIto.ForRecist(p.Category)),
                    LineWidth = 0,
                    Size = 0.8,
                }).ToArray();
                plot.Add.Bars(bars);
                Style.ReferenceLine(plot, -30, "−30% (PR)", ordered.Length - 0.3);
                Style.ReferenceLine(plot, 20, "+20% (PD)", ordered.Length - 0.3);
                if (ordered.Length <= 20)
                {
                    plot.Axes.Bottom.SetTicks(ordered.Select((_, i) => (double)i).ToArray(), ordered.Select(p => p.Id).ToArray());
                }
                else
                {
                    plot.Axes.Bottom.SetTicks([], []);
                }

                double low = Math.Min(-100, ordered.Min(p => p.BestPercentChange));
                double high = Math.Max(40, ordered.Max(p => p.BestPercentChange));
                plot.Axes.SetLimits(-0.7, ordered.Length - 0.3, low - 5, high + 10);
                RecistLegend(plot, ordered.Select(p => p.Category));
                Style.LegendOutside(plot);
                return plot;
            },
            1);
        return new Figure(title, "One bar per patient: the best change in the sum of target-lesion diameters from baseline, sorted from most growth to most shrinkage and coloured by best overall response (RECIST 1.1); dashed lines at −30% and +20% are the response and progression thresholds.", [panel], DefaultWidth, DefaultHeight);
    }

    /// <summary>Swimmer plot: one lane per patient for their time on study, coloured by best response, with response, progression and death markers and arrows for patients still on study.</summary>
    public static Figure Swimmer(IReadOnlyList<SwimmerLane> patients, string title = "Time on study")
    {
        Check.NotEmpty(patients, "patients");
        var ordered = patients.OrderBy(p => p.DurationDays).ThenByDescending(p => p.Id, StringComparer.Ordinal).ToArray();
        foreach (var lane in ordered)
        {
            if (!(lane.DurationDays > 0) || !double.IsFinite(lane.DurationDays))
            {
                throw new ArgumentException($"{lane.Id}: time on study must be a finite number of days > 0, not {lane.DurationDays}.", nameof(patients));
            }
        }

        double longest = ordered.Max(p => p.DurationDays);
        var panel = new Panel(
            () =>
            {
                var plot = Style.NewPlot(title, "Time on study (days)", null);
                var bars = ordered.Select((p, i) => new Bar
                {
                    Position = i,
                    Value = p.DurationDays,
                    ValueBase = 0,
                    FillColor = Style.Colour(OkabeIto.ForRecist(p.Category)),
                    LineWidth = 0,
                    Size = 0.6,
                }).ToArray();
                var barPlot = plot.Add.Bars(bars);
                barPlot.Horizontal = true;
                for (int i = 0; i < ordered.Length; i++)
                {
                    foreach (var e in ordered[i].Events)
                    {
                        var (shape, size) = EventMarker(e.Kind);
                        plot.Add.Marker(e.Day, i, shape, size, Style.Colour(OkabeIto.Black));
                    }

                    if (ordered[i].Ongoing)
                    {
                        var arrow = plot.Add.Arrow(ordered[i].DurationDays, i, ordered[i].DurationDays + (longest * 0.06), i);
                        arrow.ArrowFillColor = Style.Colour(OkabeIto.Black);
                        arrow.ArrowLineColor = Style.Colour(OkabeIto.Black);
                        arrow.ArrowWidth = 2;
                        arrow.ArrowheadWidth = 10;
                        arrow.ArrowheadLength = 10;
                        arrow.ArrowheadAxisLength = 10;
                    }
                }

                plot.Axes.Left.SetTicks(ordered.Select((_, i) => (double)i).ToArray(), ordered.Select(p => p.Id).ToArray());
                plot.Axes.SetLimits(0, longest * 1.1, -0.7, ordered.Length - 0.3);
                RecistLegend(plot, ordered.Select(p => p.Category));
                foreach (var kind in Enum.GetValues<SwimmerEventKind>().Where(k => ordered.Any(p => p.Events.Any(e => e.Kind == k))))
                {
                    var (shape, size) = EventMarker(kind);
                    plot.Legend.ManualItems.Add(new LegendItem { LabelText = kind.ToString(), MarkerShape = shape, MarkerSize = size, MarkerColor = Style.Colour(OkabeIto.Black), LineWidth = 0 });
                }

                if (ordered.Any(p => p.Ongoing))
                {
                    plot.Legend.ManualItems.Add(new LegendItem { LabelText = "On study (→)", LineColor = Style.Colour(OkabeIto.Black), LineWidth = 2 });
                }

                Style.LegendOutside(plot);
                return plot;
            },
            1);
        return new Figure(title, "One lane per patient for the time on study, coloured by best overall response (RECIST 1.1); markers show first response, progression and death, and arrows patients still on study at the data cut-off.", [panel], DefaultWidth, Math.Max(DefaultHeight, 120 + (26 * ordered.Length)));
    }

    /// <summary>Kaplan–Meier curves with pointwise confidence bands, censoring ticks and a numbers-at-risk table under the time axis.</summary>
    public static Figure KaplanMeier(IReadOnlyList<SurvivalCurveData> curves, string endpoint = "Overall survival")
    {
        Check.NotEmpty(curves, "curves");
        var prepared = curves.Select(PrepareSurvival).ToArray();
        double end = prepared.Max(c => Math.Max(c.TimesDays[^1], c.CensoredDays.DefaultIfEmpty(0).Max())) * 1.03;
        double start = -0.04 * end;
        double[] riskTimes = prepared[0].AtRisk.TimesDays;
        var main = new Panel(
            () =>
            {
                var plot = Style.NewPlot(endpoint, null, $"{endpoint} (probability)");
                for (int i = 0; i < prepared.Length; i++)
                {
                    var c = prepared[i];
                    var colour = Style.SeriesColour(i);
                    var (x, lower) = Steps.Expand(c.TimesDays, c.Lower, end);
                    var (_, upper) = Steps.Expand(c.TimesDays, c.Upper, end);
                    var band = plot.Add.FillY(x, lower, upper);
                    band.FillColor = colour.WithAlpha(0.2);
                    band.LineWidth = 0;
                    band.LegendText = $"{c.Label} ({c.ConfidenceLevel * 100:0}% CI)";
                    var (sx, sy) = Steps.Expand(c.TimesDays, c.Survival, end);
                    var line = plot.Add.ScatterLine(sx, sy, colour);
                    line.LineWidth = 2.5f;
                    line.LegendText = c.Label;
                    if (c.CensoredDays.Length > 0)
                    {
                        var ticks = plot.Add.Markers(c.CensoredDays, c.CensoredDays.Select(t => Steps.At(c.TimesDays, c.Survival, t)).ToArray(), MarkerShape.VerticalBar, 9, colour);
                        ticks.MarkerLineWidth = 1.5f;
                    }
                }

                plot.Axes.SetLimits(start, end, 0, 1.05);
                plot.Axes.Bottom.SetTicks(riskTimes, riskTimes.Select(Style.Number).ToArray());
                Stacked(plot, BottomWithoutLabel, TopWithTitle);
                Style.LegendOutside(plot);
                return plot;
            },
            4);
        var table = new Panel(
            () =>
            {
                var plot = Style.NewPlot(null, "Time (days)", null);
                for (int i = 0; i < prepared.Length; i++)
                {
                    var c = prepared[i];
                    double row = prepared.Length - 1 - i;
                    for (int k = 0; k < c.AtRisk.TimesDays.Length; k++)
                    {
                        var text = plot.Add.Text(c.AtRisk.Counts[k].ToString(System.Globalization.CultureInfo.InvariantCulture), c.AtRisk.TimesDays[k], row);
                        text.LabelFontSize = Style.TickSize;
                        text.LabelFontName = Style.FontName;
                        text.LabelFontColor = Style.SeriesColour(i);
                        text.LabelBold = true;
                        text.LabelAlignment = Alignment.MiddleCenter;
                    }
                }

                plot.Axes.Left.SetTicks(prepared.Select((_, i) => (double)(prepared.Length - 1 - i)).ToArray(), prepared.Select(c => c.Label).ToArray());
                plot.Axes.Bottom.SetTicks(riskTimes, riskTimes.Select(Style.Number).ToArray());
                plot.Axes.SetLimits(start, end, -0.6, prepared.Length - 0.4);
                plot.HideGrid();
                plot.Title("Number at risk", Style.TickSize + 1);
                Stacked(plot, BottomWithLabel, 30);
                return plot;
            },
            0.6 + (0.45 * prepared.Length));
        return new Figure(
            endpoint,
            $"Kaplan–Meier estimates of {endpoint.ToLowerInvariant()} with shaded pointwise confidence bands and ticks at censored times; the table under the plot gives the numbers still at risk.",
            [main, table],
            DefaultWidth,
            DefaultHeight + (40 * prepared.Length));
    }

    /// <summary>Tornado plot of one-at-a-time sensitivity: for each parameter, the output at the low and high ends of its range, bars from the baseline output, largest swing on top.</summary>
    public static Figure Tornado(IReadOnlyList<TornadoBar> parameters, double baseline, string outputLabel, string title = "One-at-a-time sensitivity")
    {
        Check.NotEmpty(parameters, "parameters");
        var ordered = parameters.OrderBy(p => Math.Abs(p.OutputAtHigh - p.OutputAtLow)).ThenByDescending(p => p.Parameter, StringComparer.Ordinal).ToArray();
        var panel = new Panel(
            () =>
            {
                var plot = Style.NewPlot(title, outputLabel, null);
                var low = plot.Add.Bars(ordered.Select((p, i) => new Bar { Position = i, ValueBase = baseline, Value = p.OutputAtLow, FillColor = Style.Colour(OkabeIto.SkyBlue), LineWidth = 0, Size = 0.7 }).ToArray());
                low.Horizontal = true;
                var high = plot.Add.Bars(ordered.Select((p, i) => new Bar { Position = i, ValueBase = baseline, Value = p.OutputAtHigh, FillColor = Style.Colour(OkabeIto.Orange), LineWidth = 0, Size = 0.7 }).ToArray());
                high.Horizontal = true;
                plot.Add.VerticalLine(baseline, 1.5f, Style.Colour(OkabeIto.Black), LinePattern.Solid);
                plot.Axes.Left.SetTicks(ordered.Select((_, i) => (double)i).ToArray(), ordered.Select(p => p.Parameter).ToArray());
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Parameter at low end", FillColor = Style.Colour(OkabeIto.SkyBlue) });
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Parameter at high end", FillColor = Style.Colour(OkabeIto.Orange) });
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"Baseline ({Style.Number(baseline)})", LineColor = Style.Colour(OkabeIto.Black), LineWidth = 1.5f });
                Style.LegendOutside(plot);
                double min = ordered.Min(p => Math.Min(p.OutputAtLow, p.OutputAtHigh));
                double max = ordered.Max(p => Math.Max(p.OutputAtLow, p.OutputAtHigh));
                double pad = Math.Max(max - min, 1e-12) * 0.08;
                plot.Axes.SetLimits(Math.Min(min, baseline) - pad, Math.Max(max, baseline) + pad, -0.7, ordered.Length - 0.3);
                return plot;
            },
            1);
        return new Figure(title, $"For each parameter, {outputLabel} with the parameter at the low (blue) and high (orange) end of its range and all others at baseline; parameters are sorted by the size of the swing, largest on top.", [panel], DefaultWidth, Math.Max(DefaultHeight, 140 + (34 * ordered.Length)));
    }

    /// <summary>Scatter plot of one or more point sets, e.g. a sampled parameter against an output.</summary>
    public static Figure Scatter(IReadOnlyList<ScatterSeries> series, AxisText text)
    {
        Check.NotEmpty(series, "series");
        foreach (var s in series)
        {
            Check.SameLength(s.Label, s.X, s.Y);
        }

        var panel = new Panel(
            () =>
            {
                var plot = Style.NewPlot(text.Title, text.XLabel, text.YLabel);
                for (int i = 0; i < series.Count; i++)
                {
                    var points = plot.Add.ScatterPoints(series[i].X, series[i].Y, Style.SeriesColour(i).WithAlpha(0.75));
                    points.MarkerSize = 7;
                    points.LegendText = series[i].Label;
                }

                if (series.Count > 1)
                {
                    Style.LegendOutside(plot);
                }
                else
                {
                    plot.HideLegend();
                }

                return plot;
            },
            1);
        return new Figure(text.Title, $"{text.YLabel} against {text.XLabel}, one point per sample.", [panel], DefaultWidth, DefaultHeight);
    }

    /// <summary>Efficacy–toxicity trade-off: every plan as a point per series, and the Pareto front (plans no other beats on both axes) as a line through its points.</summary>
    /// <param name="series">Point sets, e.g. candidate plans and standard plans; at least one.</param>
    /// <param name="front">The Pareto-optimal plans, in any order (drawn sorted by x).</param>
    /// <param name="text">Title and axis labels with units.</param>
    public static Figure Pareto(IReadOnlyList<ScatterSeries> series, ScatterSeries front, AxisText text)
    {
        Check.NotEmpty(series, "series");
        ArgumentNullException.ThrowIfNull(front);
        ArgumentNullException.ThrowIfNull(text);
        foreach (var s in series.Append(front))
        {
            Check.SameLength(s.Label, s.X, s.Y);
        }

        var order = Enumerable.Range(0, front.X.Length).OrderBy(i => front.X[i]).ThenBy(i => front.Y[i]).ToArray();
        double[] fx = [.. order.Select(i => front.X[i])];
        double[] fy = [.. order.Select(i => front.Y[i])];
        var panel = new Panel(
            () =>
            {
                var plot = Style.NewPlot(text.Title, text.XLabel, text.YLabel);
                for (int i = 0; i < series.Count; i++)
                {
                    var points = plot.Add.ScatterPoints(series[i].X, series[i].Y, Style.SeriesColour(i + 1).WithAlpha(0.7));
                    points.MarkerSize = 7;
                    points.LegendText = series[i].Label;
                }

                if (fx.Length > 0)
                {
                    var line = plot.Add.Scatter(fx, fy, Style.SeriesColour(0));
                    line.LineWidth = 2;
                    line.MarkerSize = 9;
                    line.LegendText = front.Label;
                }

                Style.LegendOutside(plot);
                return plot;
            },
            1);
        return new Figure(text.Title, $"{text.YLabel} against {text.XLabel}, one point per plan; the line joins the Pareto front, the plans that no other plan beats on both.", [panel], DefaultWidth, DefaultHeight);
    }

    /// <summary>Ensemble uncertainty: for each band, the median as a line over the shaded 5–95% range.</summary>
    public static Figure Uncertainty(IReadOnlyList<UncertaintyBand> bands, string yLabel, string title = "Ensemble median and 5–95% range")
    {
        Check.NotEmpty(bands, "bands");
        foreach (var b in bands)
        {
            Check.SameLength(b.Label, b.TimesDays, b.Median, b.P5, b.P95);
            Check.Increasing(b.Label, b.TimesDays);
        }

        var panel = new Panel(
            () =>
            {
                var plot = Style.NewPlot(title, "Time (days)", yLabel);
                for (int i = 0; i < bands.Count; i++)
                {
                    var b = bands[i];
                    var colour = Style.SeriesColour(i);
                    var fill = plot.Add.FillY(b.TimesDays, b.P5, b.P95);
                    fill.FillColor = colour.WithAlpha(0.22);
                    fill.LineWidth = 0;
                    fill.LegendText = $"{b.Label}: 5–95%";
                    var median = plot.Add.ScatterLine(b.TimesDays, b.Median, colour);
                    median.LineWidth = 2.5f;
                    median.LegendText = $"{b.Label}: median";
                }

                Style.LegendOutside(plot);
                return plot;
            },
            1);
        return new Figure(title, $"{yLabel} over time: lines are ensemble medians and shaded bands the 5th–95th percentiles across virtual patients or parameter draws.", [panel], DefaultWidth, DefaultHeight);
    }

    private const float BottomWithLabel = 62;
    private const float BottomWithoutLabel = 28;
    private const float TopWithTitle = 48;
    private const float TopPlain = 14;

    private static void Stacked(Plot plot, float bottom, float top, float right = StackRight) =>
        plot.Layout.Fixed(new PixelPadding(StackLeft, right, bottom, top));

    private static (double Start, double End) TimeRange(IEnumerable<double> times)
    {
        var finite = times.Where(double.IsFinite).ToArray();
        double start = Math.Min(0, finite.DefaultIfEmpty(0).Min());
        double end = finite.DefaultIfEmpty(1).Max();
        double pad = Math.Max(end - start, 1) * 0.02;
        return (start - pad, end + pad);
    }

    private static Panel TreatmentStrip(TreatmentMarks marks, double start, double end, float right = StackRight) => new(
        () =>
        {
            var plot = Style.NewPlot(null, "Time (days)", null);
            if (marks.RtFractionDays.Length > 0)
            {
                plot.Add.Markers(marks.RtFractionDays, marks.RtFractionDays.Select(_ => 1.0).ToArray(), MarkerShape.FilledTriangleUp, 12, Style.Colour(OkabeIto.Vermillion));
            }

            if (marks.DrugDoseDays.Length > 0)
            {
                plot.Add.Markers(marks.DrugDoseDays, marks.DrugDoseDays.Select(_ => 0.0).ToArray(), MarkerShape.FilledDiamond, 12, Style.Colour(OkabeIto.Blue));
            }

            plot.Axes.Left.SetTicks([1.0, 0.0], [marks.RtLabel, marks.DrugLabel]);
            plot.Axes.SetLimits(start, end, -0.7, 1.7);
            plot.Grid.YAxisStyle.IsVisible = false;
            Stacked(plot, BottomWithLabel, 6, right);
            return plot;
        },
        1.3);

    private static Plot SeriesPanel(string? title, string yLabel, double[] times, double[] values, string colour, double start, double end, float top)
    {
        var plot = Style.NewPlot(title, null, yLabel);
        var line = plot.Add.ScatterLine(times, values, Style.Colour(colour));
        line.LineWidth = 2.5f;
        double high = values.Where(double.IsFinite).DefaultIfEmpty(1).Max();
        plot.Axes.SetLimits(start, end, 0, high > 0 ? high * 1.1 : 1);
        plot.Axes.Left.Label.FontSize = Style.TickSize;
        Stacked(plot, BottomWithoutLabel, top, StackRightNoLegend);
        return plot;
    }

    private static Plot AlcPanel(ImmunePanelData data, double start, double end, bool strip)
    {
        var plot = Style.NewPlot(null, strip ? null : "Time (days)", "ALC (cells/µL)");
        plot.Axes.Left.Label.FontSize = Style.TickSize;
        // CTCAE v5.0, "Lymphocyte count decreased": G1 <LLN–800, G2 <800–500, G3 <500–200, G4 <200 cells/µL.
        (double Low, double High, string Grade, double Alpha)[] bands =
        [
            (800, data.LowerLimitOfNormal, "G1", 0.08),
            (500, 800, "G2", 0.16),
            (200, 500, "G3", 0.26),
            (0, 200, "G4", 0.38),
        ];
        foreach (var band in bands)
        {
            var span = plot.Add.VerticalSpan(band.Low, band.High, Style.Colour(OkabeIto.Vermillion).WithAlpha(band.Alpha));
            span.LineWidth = 0;
            var label = plot.Add.Text(band.Grade, end, (band.Low + band.High) / 2);
            label.LabelFontSize = Style.TickSize - 1;
            label.LabelFontName = Style.FontName;
            label.LabelAlignment = Alignment.MiddleRight;
            label.LabelFontColor = Style.Colour(OkabeIto.Black);
        }

        var line = plot.Add.ScatterLine(data.TimesDays, data.AbsoluteLymphocyteCount, Style.Colour(OkabeIto.Black));
        line.LineWidth = 2.5f;
        double high = Math.Max(data.LowerLimitOfNormal * 1.25, data.AbsoluteLymphocyteCount.Where(double.IsFinite).DefaultIfEmpty(0).Max() * 1.1);
        plot.Axes.SetLimits(start, end, 0, high);
        Stacked(plot, strip ? BottomWithoutLabel : BottomWithLabel, TopPlain, StackRightNoLegend);
        return plot;
    }

    private static void RecistLegend(Plot plot, IEnumerable<RecistCategory> present)
    {
        foreach (var category in present.Distinct().Order())
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = RecistName(category), FillColor = Style.Colour(OkabeIto.ForRecist(category)) });
        }
    }

    private static string RecistName(RecistCategory category) => category switch
    {
        RecistCategory.CompleteResponse => "CR",
        RecistCategory.PartialResponse => "PR",
        RecistCategory.StableDisease => "SD",
        RecistCategory.ProgressiveDisease => "PD",
        _ => "NE",
    };

    private static (MarkerShape Shape, float Size) EventMarker(SwimmerEventKind kind) => kind switch
    {
        SwimmerEventKind.Response => (MarkerShape.FilledTriangleUp, 11),
        SwimmerEventKind.Progression => (MarkerShape.FilledDiamond, 11),
        _ => (MarkerShape.Eks, 12),
    };

    private static SurvivalCurveData PrepareSurvival(SurvivalCurveData curve)
    {
        Check.SameLength(curve.Label, curve.TimesDays, curve.Survival, curve.Lower, curve.Upper);
        Check.Increasing(curve.Label, curve.TimesDays);
        if (curve.AtRisk.TimesDays.Length != curve.AtRisk.Counts.Length)
        {
            throw new ArgumentException($"{curve.Label}: {curve.AtRisk.TimesDays.Length} at-risk times but {curve.AtRisk.Counts.Length} counts.");
        }

        for (int i = 0; i < curve.Survival.Length; i++)
        {
            if (!(curve.Lower[i] <= curve.Survival[i] && curve.Survival[i] <= curve.Upper[i] && curve.Lower[i] >= 0 && curve.Upper[i] <= 1))
            {
                throw new ArgumentException($"{curve.Label}: at {curve.TimesDays[i]} days need 0 ≤ lower ≤ survival ≤ upper ≤ 1, not {curve.Lower[i]}, {curve.Survival[i]}, {curve.Upper[i]}.");
            }
        }

        if (curve.TimesDays[0] > 0)
        {
            return curve with
            {
                TimesDays = [0, .. curve.TimesDays],
                Survival = [1, .. curve.Survival],
                Lower = [1, .. curve.Lower],
                Upper = [1, .. curve.Upper],
            };
        }

        return curve;
    }
}
