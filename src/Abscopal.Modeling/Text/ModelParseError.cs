namespace Abscopal.Modeling.Text;

/// <summary>One problem found while reading a text model, at a 1-based line and column of its file.</summary>
/// <param name="FileName">Name of the file (or "&lt;text&gt;") the text came from.</param>
/// <param name="Line">1-based line of the problem.</param>
/// <param name="Column">1-based column (UTF-16 code unit) of the problem.</param>
/// <param name="Message">What is wrong, usually "...; expected X, found Y".</param>
public sealed record ModelParseError(string FileName, int Line, int Column, string Message)
{
    /// <summary>The error as "file:line:column: message".</summary>
    public override string ToString() => $"{FileName}:{Line}:{Column}: {Message}";
}
