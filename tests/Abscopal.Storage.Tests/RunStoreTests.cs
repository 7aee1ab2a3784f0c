using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Abscopal.Storage.Tests;

public class RunStoreTests
{
    [Fact]
    public void A_Recorded_Run_Reads_Back_Field_For_Field()
    {
        // Given an empty store in a folder that does not exist yet
        using var db = new TempDatabase();
        using var store = RunStore.Open(db.Path);
        var run = SampleRuns.Simulate();

        // When the run is recorded and read back
        long id = store.Record(run);
        var back = store.Get(id)!;

        // Then every field survives, the start time in UTC, and the hash is that of the canonical input
        Assert.Equal(1, id);
        Assert.Equal(run.Command, back.Command);
        Assert.Equal(run.StartedAt, back.StartedAt);
        Assert.Equal(TimeSpan.Zero, back.StartedAt.Offset);
        Assert.Equal(run.Model, back.Model);
        Assert.Equal(run.ModelVersion, back.ModelVersion);
        Assert.Equal(run.ToolVersion, back.ToolVersion);
        Assert.Equal(run.Seed, back.Seed);
        Assert.Equal(run.Label, back.Label);
        Assert.Equal(run.InputJson, back.InputJson);
        Assert.Equal(run.SummaryJson, back.SummaryJson);
        Assert.Equal(run.Timings, back.Timings);
        Assert.Equal(run.OutputPaths, back.OutputPaths);
        Assert.Equal(CanonicalJson.Sha256(run.InputJson), back.InputHash);
        Assert.Equal(1.875, back.TotalSeconds);
    }

    [Fact]
    public void A_Start_Time_With_An_Offset_Is_Stored_As_The_Same_Instant()
    {
        using var db = new TempDatabase();
        using var store = RunStore.Open(db.Path);
        var local = new DateTimeOffset(2026, 3, 1, 23, 0, 0, TimeSpan.FromHours(-5));
        long id = store.Record(SampleRuns.Simulate() with { StartedAt = local });
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero), store.Get(id)!.StartedAt);
    }

    [Fact]
    public void List_Is_Newest_First_And_Filters()
    {
        // Given four runs out of time order, two commands and two models
        using var db = new TempDatabase();
        using var store = RunStore.Open(db.Path);
        long a = store.Record(SampleRuns.Simulate(hour: 2));
        long b = store.Record(SampleRuns.Simulate(hour: 0, model: "kosinsky2018"));
        long c = store.Record(SampleRuns.Simulate(hour: 5) with { Command = "trial" });
        long d = store.Record(SampleRuns.Simulate(hour: 3) with { InputJson = """{"other":true}""" });

        // Then the listing is by start time, newest first, and each filter keeps only what it names
        Assert.Equal([c, d, a, b], store.List(RunQuery.All).Select(r => r.Id));
        Assert.Equal([d, a, b], store.List(new RunQuery { Command = "simulate" }).Select(r => r.Id));
        Assert.Equal([b], store.List(new RunQuery { Model = "kosinsky2018" }).Select(r => r.Id));
        Assert.Equal([c, d], store.List(new RunQuery { Limit = 2 }).Select(r => r.Id));
        Assert.Equal([d, a], store.List(new RunQuery { Since = SampleRuns.Day1.AddHours(1), Until = SampleRuns.Day1.AddHours(4) }).Select(r => r.Id));
        string hash = store.Get(d)!.InputHash;
        Assert.Equal([d], store.List(new RunQuery { InputHashPrefix = hash[..8].ToUpperInvariant() }).Select(r => r.Id));
        Assert.Equal(4, store.List(RunQuery.All).Count(r => r.Timings.Count == 3 && r.OutputPaths.Count == 2));
    }

    [Fact]
    public void Equal_Inputs_Spelled_Differently_Have_One_Hash()
    {
        using var db = new TempDatabase();
        using var store = RunStore.Open(db.Path);
        long first = store.Record(SampleRuns.Simulate() with { InputJson = """{"b": [1.0, 2e0], "a": "x"}""" });
        long second = store.Record(SampleRuns.Simulate() with { InputJson = """{ "a":"x","b":[1,2] }""" });
        long third = store.Record(SampleRuns.Simulate() with { InputJson = """{"a":"x","b":[1,3]}""" });
        Assert.Equal(store.Get(first)!.InputHash, store.Get(second)!.InputHash);
        Assert.NotEqual(store.Get(first)!.InputHash, store.Get(third)!.InputHash);
    }

    [Fact]
    public void Delete_Removes_The_Run_With_Its_Timings_And_Outputs()
    {
        using var db = new TempDatabase();
        using var store = RunStore.Open(db.Path);
        long keep = store.Record(SampleRuns.Simulate());
        long drop = store.Record(SampleRuns.Simulate(hour: 1));

        Assert.True(store.Delete(drop));
        Assert.False(store.Delete(drop));
        Assert.Null(store.Get(drop));
        Assert.Equal([keep], store.List(RunQuery.All).Select(r => r.Id));
        Assert.Equal(3, Count(db.Path, "run_timings"));
        Assert.Equal(2, Count(db.Path, "run_outputs"));

        // And ids are never reused (AUTOINCREMENT)
        Assert.Equal(drop + 1, store.Record(SampleRuns.Simulate()));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("timings")]
    [InlineData("outputs")]
    [InlineData("commit")]
    public void A_Failure_Mid_Write_Leaves_No_Trace(string failingStep)
    {
        // Given a store with one complete run
        using var db = new TempDatabase();
        using var store = RunStore.Open(db.Path);
        long complete = store.Record(SampleRuns.Simulate());

        // When the next write fails at a step (after the run row, or after its timings, were inserted)
        store.BeforeWriteStep = step =>
        {
            if (step == failingStep)
            {
                throw new IOException($"simulated crash before {step}");
            }
        };
        Assert.Throws<IOException>(() => store.Record(SampleRuns.Simulate(hour: 1)));
        store.BeforeWriteStep = null;

        // Then no part of it is stored, as seen by this and by another connection, and the store still works
        Assert.Equal([complete], store.List(RunQuery.All).Select(r => r.Id));
        Assert.Equal(1, Count(db.Path, "runs"));
        Assert.Equal(3, Count(db.Path, "run_timings"));
        Assert.Equal(2, Count(db.Path, "run_outputs"));
        Assert.Equal(complete + 1, store.Record(SampleRuns.Simulate(hour: 2)));
    }

    [Fact]
    public void A_Writer_Killed_Before_Commit_Leaves_No_Record_For_The_Next_Process()
    {
        // Given a run database and a writer that inserts a run row and then goes away without committing
        using var db = new TempDatabase();
        RunStore.Open(db.Path).Dispose();
        using (var crashed = Connect(db.Path))
        {
            using var transaction = crashed.BeginTransaction();
            using var insert = crashed.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO runs (command, started_at, input_json, input_hash, summary_json) VALUES ('simulate', '2026-01-01T00:00:00.0000000Z', '{}', 'x', '{}');";
            insert.ExecuteNonQuery();
        }

        // When the database is opened again, then there is no run
        using var store = RunStore.Open(db.Path);
        Assert.Empty(store.List(RunQuery.All));
    }

    [Fact]
    public void Bad_Json_Is_Refused_Before_Anything_Is_Written()
    {
        using var db = new TempDatabase();
        using var store = RunStore.Open(db.Path);
        Assert.Throws<ArgumentException>(() => store.Record(SampleRuns.Simulate() with { InputJson = "{not json" }));
        Assert.Throws<ArgumentException>(() => store.Record(SampleRuns.Simulate() with { SummaryJson = "[1," }));
        Assert.Throws<ArgumentException>(() => store.Record(SampleRuns.Simulate() with { Timings = [new("simulate", -1)] }));
        Assert.Throws<ArgumentException>(() => store.Record(SampleRuns.Simulate() with { Timings = [new("simulate", double.NaN)] }));
        Assert.Empty(store.List(RunQuery.All));
    }

    [Fact]
    public void Readers_Are_Not_Blocked_By_An_Open_Write_Transaction()
    {
        // Given a store in WAL mode with one run, and a second connection holding an uncommitted write
        using var db = new TempDatabase();
        using var store = RunStore.Open(db.Path);
        long committed = store.Record(SampleRuns.Simulate());
        Assert.Equal("wal", Scalar(db.Path, "PRAGMA journal_mode;"));
        using var writer = Connect(db.Path);
        using var transaction = writer.BeginTransaction();
        using (var insert = writer.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO runs (command, started_at, input_json, input_hash, summary_json) VALUES ('simulate', '2026-01-01T00:00:00.0000000Z', '{}', 'x', '{}');";
            insert.ExecuteNonQuery();
        }

        // When another reader lists the runs, then it sees the committed snapshot at once
        using var reader = RunStore.Open(db.Path);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal([committed], reader.List(RunQuery.All).Select(r => r.Id));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"the reader waited {watch.Elapsed}");
        transaction.Rollback();
    }

    [Fact]
    public async Task Processes_Opening_One_New_Database_At_Once_Apply_Each_Migration_Once()
    {
        // Given a new, empty database whose write lock another connection holds (CI once failed with "table runs
        // already exists" when two CLI runs in parallel tests opened the same new file: both read schema version 0,
        // then each took the write lock in turn and applied migration 1)
        using var db = new TempDatabase();
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(db.Path)!);
        using var holder = Connect(db.Path);
        using (var wal = holder.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        var hold = holder.BeginTransaction(deferred: false);

        // When four openers start meanwhile (each reads version 0, then waits for the lock), and the lock is released
        const int openers = 4;
        var ids = new long[openers];
        var openings = Enumerable.Range(0, openers).Select(i => Task.Factory.StartNew(
            () =>
            {
                using var store = RunStore.Open(db.Path);
                ids[i] = store.Record(SampleRuns.Simulate());
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        hold.Rollback();
        hold.Dispose();
        await Task.WhenAll(openings);

        // Then none failed (WhenAll throws otherwise), every run has its own id, and each migration is recorded once
        Assert.Equal(Enumerable.Range(1, openers).Select(i => (long)i), ids.Order());
        Assert.Equal("1,2", Scalar(db.Path, "SELECT group_concat(version, ',') FROM (SELECT version FROM migrations ORDER BY version);"));
    }

    [Fact]
    public void A_Version_1_Database_Migrates_And_Keeps_Its_Runs()
    {
        // Given a database at schema version 1 (no label column) with a run written by that version
        using var db = new TempDatabase();
        using (var old = RunStore.Open(db.Path, schemaVersion: 1))
        {
            Assert.Equal("1", Scalar(db.Path, "PRAGMA user_version;"));
            Assert.Equal("0", Scalar(db.Path, "SELECT COUNT(*) FROM pragma_table_info('runs') WHERE name = 'label';"));
        }

        using (var v1 = Connect(db.Path))
        {
            using var insert = v1.CreateCommand();
            insert.CommandText = """
                INSERT INTO runs (command, started_at, model, seed, input_json, input_hash, summary_json)
                VALUES ('simulate', '2025-12-24T08:00:00.0000000Z', 'irt-multilesion', 7, '{"a":1}', '015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862', '{}');
                INSERT INTO run_timings VALUES (1, 0, 'simulate', 2.5);
                """;
            insert.ExecuteNonQuery();
        }

        // When the current version opens it
        using var store = RunStore.Open(db.Path);

        // Then it is at the latest version, the migrations table lists both steps, and the old run reads with no label
        Assert.Equal(RunStore.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(db.Path, "PRAGMA user_version;"));
        Assert.Equal("1,2", Scalar(db.Path, "SELECT group_concat(version, ',') FROM (SELECT version FROM migrations ORDER BY version);"));
        var run = store.Get(1)!;
        Assert.Null(run.Label);
        Assert.Equal(7, run.Seed);
        Assert.Equal([new RunTiming("simulate", 2.5)], run.Timings);
        Assert.Equal(CanonicalJson.Sha256("""{"a":1}"""), run.InputHash);

        // And new runs get the next id and their label
        long id = store.Record(SampleRuns.Simulate());
        Assert.Equal(2, id);
        Assert.Equal("first look", store.Get(id)!.Label);
    }

    [Fact]
    public void A_Database_From_A_Newer_Version_Is_Refused()
    {
        using var db = new TempDatabase();
        RunStore.Open(db.Path).Dispose();
        Scalar(db.Path, "PRAGMA user_version = 99;");
        var ex = Assert.Throws<StorageException>(() => RunStore.Open(db.Path));
        Assert.Contains("schema version 99", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_File_That_Is_Not_A_Database_Is_Refused()
    {
        using var db = new TempDatabase();
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(db.Path)!);
        File.WriteAllText(db.Path, "this is a text file, not SQLite, and it is long enough to fill a header page.............");
        Assert.Throws<StorageException>(() => RunStore.Open(db.Path));
    }

    [Fact]
    public void Export_Writes_Every_Field_With_Inputs_And_Summary_As_Json()
    {
        using var db = new TempDatabase();
        using var store = RunStore.Open(db.Path);
        store.Record(SampleRuns.Simulate());
        store.Record(SampleRuns.Simulate(hour: 1, seed: null));

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            RunStore.Export(store.List(RunQuery.All), json);
        }

        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray()));
        var root = document.RootElement;
        Assert.Equal("abscopal-runs", root.GetProperty("format").GetString());
        Assert.Equal(RunStore.SchemaVersion, root.GetProperty("schema_version").GetInt32());
        var runs = root.GetProperty("runs").EnumerateArray().ToArray();
        Assert.Equal([2L, 1L], runs.Select(r => r.GetProperty("id").GetInt64()));
        Assert.Equal(JsonValueKind.Null, runs[0].GetProperty("seed").ValueKind);
        Assert.Equal(42, runs[1].GetProperty("seed").GetInt64());
        Assert.Equal(8, runs[1].GetProperty("input").GetProperty("rt").GetProperty("dose_gy").GetDouble());
        Assert.Equal("PR", runs[1].GetProperty("summary").GetProperty("best_response").GetString());
        Assert.Equal("2026-01-05T09:30:00.0000000Z", runs[1].GetProperty("started_at").GetString());
        Assert.Equal(1.875, runs[1].GetProperty("total_seconds").GetDouble());
        Assert.Equal(["out/report.html", "out/lesions.svg"], runs[1].GetProperty("outputs").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void The_Default_Path_Is_Under_The_User_Data_Directory()
    {
        string expected = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "abscopal", "runs.db");
        Assert.Equal(expected, RunStore.DefaultPath());
    }

    private static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static string Scalar(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }

    private static long Count(string path, string table) => long.Parse(Scalar(path, $"SELECT COUNT(*) FROM {table};"), System.Globalization.CultureInfo.InvariantCulture);
}
