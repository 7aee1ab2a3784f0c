namespace Abscopal.Storage.Tests;

/// <summary>A database path in a fresh temporary folder, deleted with the folder on dispose.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"abscopal-storage-{Guid.NewGuid():N}");
        Path = System.IO.Path.Combine(Folder, "nested", "runs.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
