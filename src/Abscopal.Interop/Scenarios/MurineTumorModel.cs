namespace Abscopal.Interop.Scenarios;

/// <summary>Murine breast-cancer line of a mouse experiment (scenario key <c>patient.tumor_model</c>).</summary>
public enum MurineTumorModel
{
    /// <summary>TSA, mammary adenocarcinoma of BALB/c mice ("TSA").</summary>
    Tsa = 0,

    /// <summary>4T1, metastatic triple-negative-like mammary carcinoma of BALB/c mice ("4T1").</summary>
    FourT1 = 1,

    /// <summary>TUBO, HER2/neu-driven mammary carcinoma of BALB/c mice ("TUBO").</summary>
    Tubo = 2,
}
