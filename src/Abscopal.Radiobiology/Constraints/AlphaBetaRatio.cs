namespace Abscopal.Radiobiology.Constraints;

/// <summary>An α/β ratio for a tissue or tumour, in Gy, with its source ("[check]" marks a recalled value).</summary>
/// <param name="Tissue">Tissue or organ key, e.g. "breast-tumour", "spinal-cord".</param>
/// <param name="ValueGy">α/β, in Gy.</param>
/// <param name="Source">Author, year, table or figure.</param>
public sealed record AlphaBetaRatio(string Tissue, double ValueGy, string Source);
