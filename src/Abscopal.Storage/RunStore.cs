using System.Globalization;
using System.Text;
using System.Text.Json;
using Abscopal.Storage.Internal;
using Microsoft.Data.Sqlite;

namespace Abscopal.Storage;

/// <summary>
/// The run history: an embedded SQLite database (WAL journal, so readers never wait for a writer). Each run is
/// written in one transaction, so a record is complete or absent. One instance is for one thread at a time.
/// </summary>
public sealed class RunStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private RunStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        DatabasePath = path;
    }

    /// <summary>The database file this store reads and writes.</summary>
    public string DatabasePath { get; }

    /// <summary>The schema version this build reads and writes.</summary>
    public static int SchemaVersion => Schema.Latest;

    /// <summary>Called between the inserts of <see cref="Record"/>; lets tests fail a write half-way.</summary>
    internal Action<string>? BeforeWriteStep { get; set; }

    /// <summary>The default database: LocalApplicationData/abscopal/runs.db (on Linux $XDG_DATA_HOME or ~/.local/share).</summary>
    /// <exception cref="StorageException">The platform reports no user data directory.</exception>
    public static string DefaultPath()
    {
        string root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(root))
        {
            throw new StorageException("This platform reports no user data directory; choose a database with --db.");
        }

        return Path.Combine(root, "abscopal", "runs.db");
    }

    /// <summary>Opens (creating if needed, with its folder) the database at <paramref name="path"/> and migrates it to <see cref="SchemaVersion"/>.</summary>
    /// <exception cref="StorageException">The file is not a run database this version can use.</exception>
    public static RunStore Open(string path) => Open(path, Schema.Latest);

    internal static RunStore Open(string path, int schemaVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        string? folder = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            ForeignKeys = true,
        }.ToString());
        try
        {
            connection.Open();
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000;";
                pragma.ExecuteNonQuery();
            }

            Schema.Migrate(connection, schemaVersion);
            return new RunStore(connection, full);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StorageException($"{full} is not a usable run database: {ex.Message}", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Stores <paramref name="run"/> in one transaction and returns its new id.</summary>
    /// <exception cref="ArgumentException">The input or summary is not JSON, a timing is negative or not finite, or a field is empty.</exception>
    public long Record(NewRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrWhiteSpace(run.Command);
        string hash = CanonicalJson.Sha256(run.InputJson);
        _ = CanonicalJson.Canonicalize(run.SummaryJson);
        foreach (var timing in run.Timings)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(timing.Phase);
            if (!(timing.Seconds >= 0) || !double.IsFinite(timing.Seconds))
            {
                throw new ArgumentException($"The timing of '{timing.Phase}' must be a finite number of seconds ≥ 0, not {timing.Seconds}.", nameof(run));
            }
        }

        foreach (string path in run.OutputPaths)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(path);
        }

        using var transaction = _connection.BeginTransaction();
        BeforeWriteStep?.Invoke("run");
        long id;
        using (var insert = Command(transaction, """
            INSERT INTO runs (command, started_at, model, model_version, tool_version, seed, input_json, input_hash, summary_json, label)
            VALUES ($command, $started, $model, $modelVersion, $toolVersion, $seed, $input, $hash, $summary, $label)
            RETURNING id;
            """))
        {
            insert.Parameters.AddWithValue("$command", run.Command);
            insert.Parameters.AddWithValue("$started", Timestamp(run.StartedAt));
            insert.Parameters.AddWithValue("$model", (object?)run.Model ?? DBNull.Value);
            insert.Parameters.AddWithValue("$modelVersion", (object?)run.ModelVersion ?? DBNull.Value);
            insert.Parameters.AddWithValue("$toolVersion", (object?)run.ToolVersion ?? DBNull.Value);
            insert.Parameters.AddWithValue("$seed", (object?)run.Seed ?? DBNull.Value);
            insert.Parameters.AddWithValue("$input", run.InputJson);
            insert.Parameters.AddWithValue("$hash", hash);
            insert.Parameters.AddWithValue("$summary", run.SummaryJson);
            insert.Parameters.AddWithValue("$label", (object?)run.Label ?? DBNull.Value);
            id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        BeforeWriteStep?.Invoke("timings");
        for (int i = 0; i < run.Timings.Count; i++)
        {
            using var insert = Command(transaction, "INSERT INTO run_timings (run_id, ordinal, phase, seconds) VALUES ($id, $ordinal, $phase, $seconds);");
            insert.Parameters.AddWithValue("$id", id);
            insert.Parameters.AddWithValue("$ordinal", i);
            insert.Parameters.AddWithValue("$phase", run.Timings[i].Phase);
            insert.Parameters.AddWithValue("$seconds", run.Timings[i].Seconds);
            insert.ExecuteNonQuery();
        }

        BeforeWriteStep?.Invoke("outputs");
        for (int i = 0; i < run.OutputPaths.Count; i++)
        {
            using var insert = Command(transaction, "INSERT INTO run_outputs (run_id, ordinal, path) VALUES ($id, $ordinal, $path);");
            insert.Parameters.AddWithValue("$id", id);
            insert.Parameters.AddWithValue("$ordinal", i);
            insert.Parameters.AddWithValue("$path", run.OutputPaths[i]);
            insert.ExecuteNonQuery();
        }

        BeforeWriteStep?.Invoke("commit");
        transaction.Commit();
        return id;
    }

    /// <summary>The runs that pass <paramref name="query"/>, newest first (ties: higher id first).</summary>
    public IReadOnlyList<RunRecord> List(RunQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Limit, "Limit must be ≥ 1.");
        }

        var sql = new StringBuilder("SELECT * FROM runs WHERE 1 = 1");
        using var select = Command(null, string.Empty);
        if (query.Command is not null)
        {
            sql.Append(" AND command = $command");
            select.Parameters.AddWithValue("$command", query.Command);
        }

        if (query.Model is not null)
        {
            sql.Append(" AND model = $model");
            select.Parameters.AddWithValue("$model", query.Model);
        }

        if (query.InputHashPrefix is not null)
        {
            sql.Append(" AND substr(input_hash, 1, length($hash)) = $hash");
            select.Parameters.AddWithValue("$hash", query.InputHashPrefix.ToLowerInvariant());
        }

        if (query.Since is not null)
        {
            sql.Append(" AND started_at >= $since");
            select.Parameters.AddWithValue("$since", Timestamp(query.Since.Value));
        }

        if (query.Until is not null)
        {
            sql.Append(" AND started_at < $until");
            select.Parameters.AddWithValue("$until", Timestamp(query.Until.Value));
        }

        sql.Append(" ORDER BY started_at DESC, id DESC");
        if (query.Limit is not null)
        {
            sql.Append(" LIMIT $limit");
            select.Parameters.AddWithValue("$limit", query.Limit.Value);
        }

        select.CommandText = sql.Append(';').ToString();
        var runs = new List<RunRecord>();
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                runs.Add(ReadRun(reader));
            }
        }

        return runs.Select(WithDetails).ToList();
    }

    /// <summary>The run with id <paramref name="id"/>, or null when there is none.</summary>
    public RunRecord? Get(long id)
    {
        using var select = Command(null, "SELECT * FROM runs WHERE id = $id;");
        select.Parameters.AddWithValue("$id", id);
        using var reader = select.ExecuteReader();
        return reader.Read() ? WithDetails(ReadRun(reader)) : null;
    }

    /// <summary>Deletes the run with id <paramref name="id"/> (with its timings and outputs; the files stay); false when there was none.</summary>
    public bool Delete(long id)
    {
        using var transaction = _connection.BeginTransaction();
        using var delete = Command(transaction, "DELETE FROM runs WHERE id = $id;");
        delete.Parameters.AddWithValue("$id", id);
        int rows = delete.ExecuteNonQuery();
        transaction.Commit();
        return rows > 0;
    }

    /// <summary>Writes <paramref name="runs"/> as one JSON document: {"format":"abscopal-runs","schema_version":…,"runs":[…]}.</summary>
    public static void Export(IEnumerable<RunRecord> runs, Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        json.WriteString("format", "abscopal-runs");
        json.WriteNumber("schema_version", Schema.Latest);
        json.WriteStartArray("runs");
        foreach (var run in runs)
        {
            WriteRun(run, json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes one run as a JSON object (inputs and summary embedded as JSON, times in ISO 8601 UTC, seconds as numbers).</summary>
    public static void WriteRun(RunRecord run, Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        json.WriteNumber("id", run.Id);
        json.WriteString("command", run.Command);
        json.WriteString("started_at", Timestamp(run.StartedAt));
        WriteNullable(json, "label", run.Label);
        WriteNullable(json, "model", run.Model);
        WriteNullable(json, "model_version", run.ModelVersion);
        WriteNullable(json, "tool_version", run.ToolVersion);
        if (run.Seed is null)
        {
            json.WriteNull("seed");
        }
        else
        {
            json.WriteNumber("seed", run.Seed.Value);
        }

        json.WriteString("input_hash", run.InputHash);
        json.WritePropertyName("input");
        json.WriteRawValue(run.InputJson);
        json.WriteStartArray("timings");
        foreach (var timing in run.Timings)
        {
            json.WriteStartObject();
            json.WriteString("phase", timing.Phase);
            json.WriteNumber("seconds", timing.Seconds);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("total_seconds", run.TotalSeconds);
        json.WritePropertyName("summary");
        json.WriteRawValue(run.SummaryJson);
        json.WriteStartArray("outputs");
        foreach (string path in run.OutputPaths)
        {
            json.WriteStringValue(path);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Closes the database.</summary>
    public void Dispose() => _connection.Dispose();

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string Timestamp(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static RunRecord ReadRun(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(reader.GetOrdinal("id")),
        Command = reader.GetString(reader.GetOrdinal("command")),
        StartedAt = ParseTimestamp(reader.GetString(reader.GetOrdinal("started_at"))),
        Model = NullableString(reader, "model"),
        ModelVersion = NullableString(reader, "model_version"),
        ToolVersion = NullableString(reader, "tool_version"),
        Seed = reader.IsDBNull(reader.GetOrdinal("seed")) ? null : reader.GetInt64(reader.GetOrdinal("seed")),
        InputJson = reader.GetString(reader.GetOrdinal("input_json")),
        InputHash = reader.GetString(reader.GetOrdinal("input_hash")),
        SummaryJson = reader.GetString(reader.GetOrdinal("summary_json")),
        Label = NullableString(reader, "label"),
    };

    private static string? NullableString(SqliteDataReader reader, string column)
    {
        int ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    private RunRecord WithDetails(RunRecord run)
    {
        var timings = new List<RunTiming>();
        using (var select = Command(null, "SELECT phase, seconds FROM run_timings WHERE run_id = $id ORDER BY ordinal;"))
        {
            select.Parameters.AddWithValue("$id", run.Id);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                timings.Add(new RunTiming(reader.GetString(0), reader.GetDouble(1)));
            }
        }

        var outputs = new List<string>();
        using (var select = Command(null, "SELECT path FROM run_outputs WHERE run_id = $id ORDER BY ordinal;"))
        {
            select.Parameters.AddWithValue("$id", run.Id);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                outputs.Add(reader.GetString(0));
            }
        }

        return run with { Timings = timings, OutputPaths = outputs };
    }

    private SqliteCommand Command(SqliteTransaction? transaction, string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
