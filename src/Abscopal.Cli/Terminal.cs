using Spectre.Console;

namespace Abscopal.Cli;

/// <summary>Spectre.Console consoles over the CLI's writers: live progress only on an interactive terminal, plain tables elsewhere.</summary>
internal static class Terminal
{
    /// <summary>Width of tables written to anything but a terminal (files, pipes, tests), in characters.</summary>
    public const int PlainWidth = 100;

    /// <summary>Whether <paramref name="writer"/> is the process's own stdout or stderr and that is a terminal (not a file, pipe or test writer).</summary>
    public static bool IsInteractive(TextWriter writer) =>
        (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected) || (ReferenceEquals(writer, StandardOutput) && !Console.IsOutputRedirected);

    /// <summary>The writer Program.cs made over the process's stdout, or null in-process (tests).</summary>
    public static TextWriter? StandardOutput { get; set; }

    /// <summary>A console writing to <paramref name="writer"/>: colours and the terminal's width when it is one, else plain text at <see cref="PlainWidth"/>.</summary>
    public static IAnsiConsole Over(TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            console.Profile.Width = PlainWidth;
            console.Profile.Capabilities.Unicode = true;
        }

        return console;
    }

    /// <summary>Runs <paramref name="work"/> under a progress display on stderr when <paramref name="show"/> (an interactive terminal, not --quiet), else directly.</summary>
    /// <param name="stderr">Where the progress is drawn.</param>
    /// <param name="show">Whether to draw it.</param>
    /// <param name="phases">The phases, in order, as shown.</param>
    /// <param name="work">The work; it calls the given action with each phase's name as the phase starts.</param>
    public static T WithProgress<T>(TextWriter stderr, bool show, IReadOnlyList<string> phases, Func<Action<string>, T> work)
    {
        if (!show)
        {
            return work(_ => { });
        }

        return Over(stderr, isTerminal: true).Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var tasks = phases.ToDictionary(p => p, p => context.AddTask(p, autoStart: false, maxValue: 1));
                ProgressTask? current = null;
                var value = work(phase =>
                {
                    current?.Value = 1;
                    current?.StopTask();
                    if (tasks.TryGetValue(phase, out var next))
                    {
                        next.StartTask();
                        current = next;
                    }
                });
                foreach (var task in tasks.Values)
                {
                    task.Value = 1;
                    task.StopTask();
                }

                return value;
            });
    }
}
