namespace Abscopal.Interop.Petab;

/// <summary>One problem in a PEtab problem's files: the file, the 1-based line (0 for the whole file), the column or key, and what is wrong.</summary>
/// <param name="FileName">The file's name as the problem file lists it (or the problem file itself).</param>
/// <param name="Line">1-based line of the table row or YAML key; 0 when the problem concerns the whole file.</param>
/// <param name="Field">The table column or YAML key concerned; empty for the whole row or file.</param>
/// <param name="Message">What is wrong: the value found and what is allowed.</param>
public sealed record PetabError(string FileName, int Line, string Field, string Message)
{
    /// <summary>The error as "file:line: field: message".</summary>
    public override string ToString() =>
        (Line > 0 ? $"{FileName}:{Line}: " : $"{FileName}: ") + (Field.Length > 0 ? $"{Field}: " : string.Empty) + Message;
}
