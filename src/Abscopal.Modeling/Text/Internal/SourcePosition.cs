namespace Abscopal.Modeling.Text.Internal;

/// <summary>A 1-based line and column in a text model.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column, in UTF-16 code units.</param>
internal readonly record struct SourcePosition(int Line, int Column) : IComparable<SourcePosition>
{
    /// <summary>The start of a text.</summary>
    public static SourcePosition Start { get; } = new(1, 1);

    /// <inheritdoc/>
    public int CompareTo(SourcePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);

    /// <summary>"line:column".</summary>
    public override string ToString() => $"{Line}:{Column}";
}
