namespace Abscopal.Interop.Scenarios;

/// <summary>One problem in a scenario file, at a 1-based line and column, with the field path (e.g. treatment.radiotherapy[1].fractions; list indices from 0).</summary>
/// <param name="FileName">Name of the file (or "&lt;text&gt;").</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Path">Field path; empty for the whole document.</param>
/// <param name="Message">What is wrong: the value found and what is allowed.</param>
public sealed record ScenarioError(string FileName, int Line, int Column, string Path, string Message)
{
    /// <summary>The error as "file:line:column: path: message".</summary>
    public override string ToString() => Path.Length == 0 ? $"{FileName}:{Line}:{Column}: {Message}" : $"{FileName}:{Line}:{Column}: {Path}: {Message}";
}
