namespace Abscopal.Reporting;

/// <summary>Which size a lesion curve holds, and so the y-axis label and unit.</summary>
public enum LesionMeasure
{
    /// <summary>Tumour volume, in mm³.</summary>
    VolumeCubicMillimetres,

    /// <summary>Longest diameter (RECIST), in mm.</summary>
    DiameterMillimetres,
}
