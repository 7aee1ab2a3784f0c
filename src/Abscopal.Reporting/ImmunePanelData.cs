namespace Abscopal.Reporting;

/// <summary>Systemic and tumour immune read-outs over time, for <see cref="Figures.ImmunePanel"/>.</summary>
/// <param name="TimesDays">Times, in days, increasing.</param>
/// <param name="EffectorTCells">Effector (CD8⁺) T cells at each time, in <paramref name="EffectorTCellUnit"/>.</param>
/// <param name="EffectorTCellUnit">The unit of <paramref name="EffectorTCells"/>, e.g. "cells" or "cells/mm³ tumour".</param>
/// <param name="PdL1">PD-L1 expression at each time, in <paramref name="PdL1Unit"/>.</param>
/// <param name="PdL1Unit">The unit of <paramref name="PdL1"/>, e.g. "fraction of tumour cells".</param>
/// <param name="AbsoluteLymphocyteCount">Absolute lymphocyte count (ALC) in blood at each time, in cells/µL.</param>
public sealed record ImmunePanelData(
    double[] TimesDays,
    double[] EffectorTCells,
    string EffectorTCellUnit,
    double[] PdL1,
    string PdL1Unit,
    double[] AbsoluteLymphocyteCount)
{
    /// <summary>The laboratory's lower limit of normal for ALC, in cells/µL: the top of the CTCAE grade 1 band (assumed 1000: a common laboratory value; CTCAE leaves it to the laboratory).</summary>
    public double LowerLimitOfNormal { get; init; } = 1000;
}
