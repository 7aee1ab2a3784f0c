namespace Abscopal.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it prints.</summary>
internal static class CliRunner
{
    /// <summary>A run database private to this test process, so that runs recorded by the tests never reach the user's history.</summary>
    public static readonly string ProcessDatabase = Path.Combine(Path.GetTempPath(), $"abscopal-tests-{Guid.NewGuid():N}", "runs.db");

#pragma warning disable CA1810 // The variable must be set before the first command runs, whichever test comes first.
    static CliRunner() => Environment.SetEnvironmentVariable(RunRecording.DatabaseVariable, ProcessDatabase);
#pragma warning restore CA1810

    public static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exit = CliApplication.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Writes <paramref name="text"/> to a fresh temporary .ant file and returns its path.</summary>
    public static string TempModel(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"abscopal-test-{Guid.NewGuid():N}.ant");
        File.WriteAllText(path, text);
        return path;
    }
}
