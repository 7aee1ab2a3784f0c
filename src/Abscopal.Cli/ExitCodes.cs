namespace Abscopal.Cli;

/// <summary>Process exit codes of the abscopal command.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>A run-time failure, e.g. the ODE solver could not continue.</summary>
    public const int RunFailure = 1;

    /// <summary>Bad usage or bad input (the message names the file, line, column or option).</summary>
    public const int BadInput = 2;
}
