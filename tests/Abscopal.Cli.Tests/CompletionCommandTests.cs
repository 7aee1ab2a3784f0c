using System.Diagnostics;

namespace Abscopal.Cli.Tests;

public sealed class CompletionCommandTests : IDisposable
{
    private readonly string _script = Path.Combine(Path.GetTempPath(), $"abscopal-completion-{Guid.NewGuid():N}.bash");

    public void Dispose() => File.Delete(_script);

    private string Complete(string shell, params string[] words)
    {
        // Simulates pressing Tab after the last word: bash fills COMPREPLY from COMP_WORDS and COMP_CWORD.
        string array = string.Join(' ', words.Select(w => $"'{w}'"));
        var start = new ProcessStartInfo(shell, ["-c", $"source '{_script}'; COMP_WORDS=({array}); COMP_CWORD={words.Length - 1}; _abscopal; echo \"${{COMPREPLY[*]}}\""])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, errors);
        return output.Trim();
    }

    [ShellFact("bash")]
    public void The_Bash_Script_Completes_Commands_Subcommands_And_Options()
    {
        string bash = ShellFactAttribute.Find("bash")!;

        // Given the generated bash script
        var (exit, stdout, _) = CliRunner.Run("completion", "bash");
        Assert.Equal(0, exit);
        File.WriteAllText(_script, stdout);

        // Then Tab completes top-level commands, subcommands under their parent, and each command's own options
        Assert.Equal("run-model runs", Complete(bash, "abscopal", "ru"));
        Assert.Equal("list", Complete(bash, "abscopal", "runs", "l"));
        Assert.Equal("--out", Complete(bash, "abscopal", "simulate", "examples/x.yaml", "--o"));
        Assert.Equal("--dose-per-fraction", Complete(bash, "abscopal", "rt", "bed", "--dose"));

        // And a command that takes a file leaves the word to file-name completion (no candidates of its own)
        Assert.Equal(string.Empty, Complete(bash, "abscopal", "simulate", "ex"));
    }

    [Theory]
    [InlineData("zsh", "autoload -U +X bashcompinit && bashcompinit", "'runs') echo 'list show export delete' ;;")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName abscopal", "'runs' = @('list', 'show', 'export', 'delete')")]
    public void The_Other_Shells_Get_Their_Own_Loader_And_The_Same_Tree(string shell, string loader, string runsLine)
    {
        // Given the script for zsh (the bash functions through bashcompinit) or PowerShell (a native argument completer)
        var (exit, stdout, _) = CliRunner.Run("completion", shell);

        // Then it registers itself and knows the runs subcommands
        Assert.Equal(0, exit);
        Assert.Contains(loader, stdout, StringComparison.Ordinal);
        Assert.Contains(runsLine, stdout, StringComparison.Ordinal);
    }

    [ShellFact("zsh")]
    public void The_Zsh_Script_Completes_In_Zsh()
    {
        // Given the zsh script (the bash functions loaded through bashcompinit)
        string zsh = ShellFactAttribute.Find("zsh")!;
        var (_, stdout, _) = CliRunner.Run("completion", "zsh");
        File.WriteAllText(_script, stdout);

        // Then Tab offers the candidates of the right command (COMP_WORDS and COMP_CWORD set as bashcompinit sets them;
        // zsh's compgen stand-in leaves prefix filtering to compadd, so all of the command's candidates come back)
        Assert.Equal("list show export delete", Complete(zsh, "abscopal", "runs", "l"));
        Assert.Contains("--out", Complete(zsh, "abscopal", "simulate", "examples/x.yaml", "--o").Split(' '));
        Assert.DoesNotContain("list", Complete(zsh, "abscopal", "simulate", "examples/x.yaml", "--o").Split(' '));
    }

    [Fact]
    public void An_Unknown_Shell_Is_Bad_Usage()
    {
        Assert.Equal(2, CliRunner.Run("completion", "fish").Exit);
    }
}
