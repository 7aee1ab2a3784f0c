using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Abscopal.Storage.Internal;

/// <summary>
/// The run database's schema as a list of migrations. PRAGMA user_version holds the applied version and the
/// migrations table a row per applied step; each step runs in its own write transaction that first re-reads the
/// version, so a failed step changes nothing and two processes opening the same new database at once apply it once.
/// </summary>
internal static class Schema
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "runs, timings and outputs", """
            CREATE TABLE runs (
                id            INTEGER PRIMARY KEY AUTOINCREMENT,
                command       TEXT    NOT NULL,
                started_at    TEXT    NOT NULL,
                model         TEXT,
                model_version TEXT,
                tool_version  TEXT,
                seed          INTEGER,
                input_json    TEXT    NOT NULL,
                input_hash    TEXT    NOT NULL,
                summary_json  TEXT    NOT NULL
            );
            CREATE TABLE run_timings (
                run_id  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                phase   TEXT    NOT NULL,
                seconds REAL    NOT NULL,
                PRIMARY KEY (run_id, ordinal)
            );
            CREATE TABLE run_outputs (
                run_id  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                path    TEXT    NOT NULL,
                PRIMARY KEY (run_id, ordinal)
            );
            """),
        new(2, "run labels and list indexes", """
            ALTER TABLE runs ADD COLUMN label TEXT;
            CREATE INDEX runs_started_at ON runs(started_at);
            CREATE INDEX runs_input_hash ON runs(input_hash);
            CREATE INDEX runs_command ON runs(command);
            """),
    ];

    /// <summary>The version this build writes and reads.</summary>
    public static int Latest => Migrations[^1].Version;

    public static int UserVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Applies the migrations after the database's version up to <paramref name="target"/>.</summary>
    public static void Migrate(SqliteConnection connection, int target)
    {
        int current = UserVersion(connection);
        if (current > Latest)
        {
            throw new StorageException($"The run database has schema version {current}, newer than this abscopal knows ({Latest}); use a newer abscopal or another --db.");
        }

        Execute(connection, null, "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);");
        foreach (var migration in Migrations.Where(m => m.Version > current && m.Version <= target))
        {
            // BEGIN IMMEDIATE takes the write lock before the version is read again: another process (or thread) that
            // opened the same new database at the same moment may have applied this step while we waited for the lock.
            using var transaction = connection.BeginTransaction(deferred: false);
            if (UserVersion(connection, transaction) >= migration.Version)
            {
                continue;
            }

            Execute(connection, transaction, migration.Sql);
            using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO migrations (version, name, applied_at) VALUES ($version, $name, $at);";
                insert.Parameters.AddWithValue("$version", migration.Version);
                insert.Parameters.AddWithValue("$name", migration.Name);
                insert.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                insert.ExecuteNonQuery();
            }

            Execute(connection, transaction, $"PRAGMA user_version = {migration.Version.ToString(CultureInfo.InvariantCulture)};");
            transaction.Commit();
        }
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
