using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Abscopal.Modeling;
using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Numerics.Ode;

namespace Abscopal.Interop.Sbml.TestSuite;

/// <summary>Runs SBML Test Suite cases: imports each case's SBML, simulates it with the case's own settings and compares with the expected results.</summary>
/// <remarks>
/// A point passes when |expected − actual| ≤ absolute + relative·|expected| with the case's tolerances (the
/// suite's README); NaN must match NaN and infinities must match exactly. The solver runs far tighter than
/// the comparison (<see cref="RelativeTolerance"/>), so a failure reflects semantics, not integration error.
/// A case never throws: every failure becomes a result with its reason.
/// </remarks>
public static class TestSuiteRunner
{
    /// <summary>Relative tolerance of the ODE solver (dimensionless).</summary>
    public const double RelativeTolerance = 1e-10;

    /// <summary>Absolute tolerance of the ODE solver as a fraction of the case's absolute comparison tolerance.</summary>
    public const double AbsoluteToleranceFraction = 1e-5;

    /// <summary>Runs one case.</summary>
    /// <param name="testCase">The case.</param>
    /// <param name="roundTrip">When true, the imported model is exported as SBML L3V2 and read back before it is simulated, so the case checks export too.</param>
    public static TestSuiteCaseResult Run(TestSuiteCase testCase, bool roundTrip = false)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        var result = new TestSuiteCaseResult(testCase.Number, TestSuiteOutcome.Failed, string.Empty)
        {
            Tags = [.. testCase.Tags, .. testCase.Packages.Select(p => "package:" + p)],
            UsesPackage = !testCase.Packages.IsEmpty,
        };

        if (!string.Equals(testCase.TestType, "TimeCourse", StringComparison.Ordinal))
        {
            return result with { Outcome = TestSuiteOutcome.Unsupported, Message = $"test type {testCase.TestType} is not supported: Abscopal simulates time courses (flux balance analysis is out of scope)." };
        }

        if (testCase.ModelFile is null)
        {
            return result with { Message = "the case folder has no SBML file." };
        }

        var clock = Stopwatch.StartNew();
        try
        {
            var settings = TestSuiteSettings.Parse(File.ReadAllText(Path.Combine(testCase.Directory, testCase.Number + "-settings.txt")));
            var expected = ExpectedResults.Read(Path.Combine(testCase.Directory, testCase.Number + "-results.csv"));
            var document = SbmlReader.ReadFile(testCase.ModelFile);
            var model = roundTrip ? SbmlReader.Parse(SbmlWriter.Write(document.Model).Xml, testCase.Number + " (exported)").Model : document.Model;
            var compiled = ModelCompiler.Compile(model);
            var importSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var species = model.Species.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var simulation = ModelSimulator.Simulate(compiled, new SimulationSettings
            {
                StartTime = settings.Start,
                EndTime = settings.Start + settings.Duration,
                OutputTimes = settings.OutputTimes(),
                Outputs = [.. settings.Variables.Select(document.ModelId)],
                Amounts = settings.Amounts.Select(document.ModelId).Where(species.Contains).ToImmutableHashSet(StringComparer.Ordinal),
                Concentrations = settings.Concentrations.Select(document.ModelId).Where(species.Contains).ToImmutableHashSet(StringComparer.Ordinal),
                Options = OdeOptions.Default with
                {
                    RelativeTolerance = RelativeTolerance,
                    AbsoluteTolerance = Math.Min(1e-9, settings.Absolute * AbsoluteToleranceFraction),
                    MaxSteps = 1_000_000,
                },
            });
            var simulationSeconds = clock.Elapsed.TotalSeconds;
            var (ratio, message) = Compare(settings, expected, simulation);
            return result with
            {
                Outcome = ratio <= 1.0 ? TestSuiteOutcome.Passed : TestSuiteOutcome.Failed,
                Message = message,
                ImportSeconds = importSeconds,
                SimulationSeconds = simulationSeconds,
                WorstRatio = ratio,
            };
        }
        catch (SbmlException ex)
        {
            return result with { Outcome = ex.IsUnsupported ? TestSuiteOutcome.Unsupported : TestSuiteOutcome.Failed, Message = OneLine(ex.Problems.IsEmpty ? ex.Message : ex.Problems[0].ToString()) };
        }
        catch (ModelValidationException ex)
        {
            var unsupported = !ex.Diagnostics.IsEmpty && ex.Diagnostics.All(d => d.Message.Contains("not supported", StringComparison.Ordinal));
            return result with { Outcome = unsupported ? TestSuiteOutcome.Unsupported : TestSuiteOutcome.Failed, Message = OneLine(ex.Diagnostics.IsEmpty ? ex.Message : ex.Diagnostics[0].ToString()) };
        }
        catch (OdeSolverException ex)
        {
            return result with { Message = OneLine("solver failed: " + ex.Message) };
        }
#pragma warning disable CA1031 // The runner reports every failure as a result and goes on with the next case.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return result with { Message = OneLine($"{ex.GetType().Name}: {ex.Message}") };
        }
    }

    /// <summary>Runs the cases in order, reporting each result to <paramref name="progress"/> as it completes.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="progress">Called with each result as it completes, or null.</param>
    /// <param name="roundTrip">Whether each model goes through SBML export and re-import before it is simulated.</param>
    public static TestSuiteReport RunAll(IEnumerable<TestSuiteCase> cases, Action<TestSuiteCaseResult>? progress = null, bool roundTrip = false)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var results = new List<TestSuiteCaseResult>();
        foreach (var c in cases)
        {
            var r = Run(c, roundTrip);
            results.Add(r);
            progress?.Invoke(r);
        }

        return new TestSuiteReport([.. results]);
    }

    private static (double Ratio, string Message) Compare(TestSuiteSettings settings, ExpectedResults expected, SimulationResult actual)
    {
        if (expected.Times.Length != actual.Times.Count)
        {
            return (double.PositiveInfinity, $"the expected results have {expected.Times.Length} rows; the settings give {actual.Times.Count} output times.");
        }

        var worst = 0.0;
        var message = string.Empty;
        for (var c = 0; c < settings.Variables.Length; c++)
        {
            var id = settings.Variables[c];
            var column = expected.Column(id);
            if (column < 0)
            {
                return (double.PositiveInfinity, $"the expected results have no column '{id}'.");
            }

            for (var r = 0; r < expected.Times.Length; r++)
            {
                var e = expected.Values[r][column];
                var a = actual[r, c];
                double ratio;
                if (double.IsNaN(e) || double.IsInfinity(e))
                {
                    ratio = e.Equals(a) ? 0.0 : double.PositiveInfinity;
                }
                else
                {
                    var error = Math.Abs(e - a);
                    ratio = double.IsNaN(error) ? double.PositiveInfinity : error / (settings.Absolute + (settings.Relative * Math.Abs(e)));
                }

                if (ratio > worst)
                {
                    worst = ratio;
                    if (ratio > 1.0)
                    {
                        message = string.Create(CultureInfo.InvariantCulture, $"{id} at t = {expected.Times[r]}: expected {e:R}, got {a:R}");
                    }
                }
            }
        }

        return (worst, message);
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    /// <summary>The expected-results table of a case.</summary>
    private sealed record ExpectedResults(ImmutableArray<string> Columns, double[] Times, double[][] Values)
    {
        /// <summary>The column of a variable; column 0 is time, whatever its header (case 1821 has both "Time" and a variable "Time").</summary>
        public int Column(string id)
        {
            for (var i = 1; i < Columns.Length; i++)
            {
                if (Columns[i] == id)
                {
                    return i;
                }
            }

            return -1;
        }

        public static ExpectedResults Read(string path)
        {
            var lines = File.ReadAllLines(path).Where(l => l.Trim().Length > 0).ToList();
            var header = lines[0].Split(',').Select(h => h.Trim()).ToImmutableArray();
            var times = new double[lines.Count - 1];
            var values = new double[lines.Count - 1][];
            for (var i = 1; i < lines.Count; i++)
            {
                var cells = lines[i].Split(',').Select(ParseNumber).ToArray();
                times[i - 1] = cells[0];
                values[i - 1] = cells;
            }

            return new ExpectedResults(header, times, values);
        }

        private static double ParseNumber(string text)
        {
            var t = text.Trim();
            return t.ToUpperInvariant() switch
            {
                "INF" or "INFINITY" or "+INF" => double.PositiveInfinity,
                "-INF" or "-INFINITY" => double.NegativeInfinity,
                "NAN" => double.NaN,
                _ => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture),
            };
        }
    }
}
