namespace Abscopal.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it prints.</summary>
internal static class CliRunner
{
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
