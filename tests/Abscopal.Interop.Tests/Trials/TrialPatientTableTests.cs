using System.Globalization;
using Abscopal.Interop.Tables;
using Abscopal.Interop.Tests.Tables;
using Abscopal.Interop.Trials;
using Abscopal.Models.Patients;
using Abscopal.Simulation.Readouts;
using Abscopal.Trials.Endpoints;

namespace Abscopal.Interop.Tests.Trials;

/// <summary>patients.csv and patients.parquet: the same columns and types, and a Parquet round trip equal to the records and the CSV.</summary>
public sealed class TrialPatientTableTests
{
    // A patient with every biomarker, a lymphocyte nadir and an abscopal read-out, and a mouse with none of them but a responder call.
    private static readonly PatientRecord[] s_records =
    [
        new("pembrolizumab + SBRT", 0, 3, "liver1", new Biomarkers { PdL1Cps = 12.5, TilsPercent = 7, Rsi = 0.41, AlcPerMicrolitre = 1450 }, 103.2,
            new PatientOutcome(RecistResponse.PartialResponse, RecistResponse.StableDisease, -42.25, 168, true, new AlcNadir(14, 480, 3)), null),
        new("RT + anti-CTLA-4", 7, 2, "primary", new Biomarkers { AlcPerMicrolitre = 5000 }, 1.78,
            new PatientOutcome(RecistResponse.CompleteResponse, null, -100, 40, false, null), true),
        new("control, \"untreated\"", 1, 1, string.Empty, Biomarkers.None, double.NaN,
            new PatientOutcome(RecistResponse.NotEvaluable, null, 0, 0, false, null), false),
    ];

    [Fact]
    public void The_Schema_Is_The_Documented_One()
    {
        // Given the table of the records
        var table = TrialPatientTable.From(s_records);

        // Then the columns are those of docs/trials.md with their types; nullable exactly where a value can be missing
        (string, TableColumnType, bool)[] expected =
        [
            ("arm", TableColumnType.Text, false), ("patient", TableColumnType.Integer64, false), ("lesions", TableColumnType.Integer32, false),
            ("irradiated", TableColumnType.Text, false), ("pdl1_cps", TableColumnType.Real, true), ("tils_percent", TableColumnType.Real, true),
            ("rsi", TableColumnType.Real, true), ("alc0_per_uL", TableColumnType.Real, true), ("doubling_time_days", TableColumnType.Real, false),
            ("best_response", TableColumnType.Text, false), ("abscopal_response", TableColumnType.Text, true), ("best_change_percent", TableColumnType.Real, false),
            ("pfs_days", TableColumnType.Real, false), ("progressed", TableColumnType.Boolean, false), ("alc_nadir_per_uL", TableColumnType.Real, true),
            ("lymphopenia_grade", TableColumnType.Integer32, true), ("responder", TableColumnType.Boolean, true),
        ];
        Assert.Equal(expected, table.Columns.Select(c => (c.Name, c.Type, c.Nullable)));
        Assert.Equal(TrialPatientTable.ColumnNames, table.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Parquet_Round_Trip_Equals_The_Records_And_The_Csv()
    {
        // Given the table, its CSV and its Parquet file read back with Parquet.Net
        var table = TrialPatientTable.From(s_records);
        var csv = CsvTableWriter.ToCsv(table).Split('\n')[1..^1];
        var (fields, columns, _) = ParquetRoundTrip.Read(ParquetTableWriter.ToBytes(table));
        object? Cell(string name, int row) => columns[fields.ToList().FindIndex(f => f.Name == name)][row];

        // Then every row equals its record
        for (var r = 0; r < s_records.Length; r++)
        {
            var p = s_records[r];
            Assert.Equal(p.Arm, Cell("arm", r));
            Assert.Equal(p.Index, Cell("patient", r));
            Assert.Equal(p.Lesions, Cell("lesions", r));
            Assert.Equal(p.IrradiatedLesion, Cell("irradiated", r));
            Assert.Equal(p.Biomarkers.PdL1Cps, Cell("pdl1_cps", r));
            Assert.Equal(p.Biomarkers.TilsPercent, Cell("tils_percent", r));
            Assert.Equal(p.Biomarkers.Rsi, Cell("rsi", r));
            Assert.Equal(p.Biomarkers.AlcPerMicrolitre, Cell("alc0_per_uL", r));
            Assert.Equal(p.DoublingTimeDays, Cell("doubling_time_days", r));
            Assert.Equal(TrialPatientTable.Abbreviation(p.Outcome.BestOverallResponse), Cell("best_response", r));
            Assert.Equal(p.Outcome.AbscopalResponse is { } a ? TrialPatientTable.Abbreviation(a) : null, Cell("abscopal_response", r));
            Assert.Equal(p.Outcome.BestChangePercent, Cell("best_change_percent", r));
            Assert.Equal(p.Outcome.PfsDays, Cell("pfs_days", r));
            Assert.Equal(p.Outcome.Progressed, Cell("progressed", r));
            Assert.Equal(p.Outcome.AlcNadir?.CellsPerMicroliter, Cell("alc_nadir_per_uL", r));
            Assert.Equal(p.Outcome.AlcNadir?.CtcaeGrade, Cell("lymphopenia_grade", r));
            Assert.Equal(p.Responder, Cell("responder", r));

            // And the CSV row holds the same values, written as the CSV writes them (empty = missing, booleans 1/0)
            var expectedCsv = string.Join(',', fields.Select((f, c) => columns[c][r] switch
            {
                null => string.Empty,
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                bool b => b ? "1" : "0",
                string s => s.Length == 0 || s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s,
                var v => Convert.ToString(v, CultureInfo.InvariantCulture),
            }));
            Assert.Equal(expectedCsv, csv[r]);
        }
    }
}
