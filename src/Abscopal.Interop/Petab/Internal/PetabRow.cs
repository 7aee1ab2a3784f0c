using System.Collections.Immutable;

namespace Abscopal.Interop.Petab.Internal;

/// <summary>One row of a <see cref="PetabTable"/>: its 1-based line and raw cells.</summary>
internal sealed record PetabRow(int Line, ImmutableArray<string> Cells);
