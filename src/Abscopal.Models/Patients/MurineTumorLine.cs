namespace Abscopal.Models.Patients;

/// <summary>Murine breast-carcinoma line of a mouse experiment (ids "TSA", "4T1", "TUBO").</summary>
public enum MurineTumorLine
{
    /// <summary>TSA, BALB/c mammary adenocarcinoma (Vanpouille-Box 2017).</summary>
    Tsa = 0,

    /// <summary>4T1, BALB/c triple-negative-like mammary carcinoma (Demaria 2005).</summary>
    FourT1 = 1,

    /// <summary>TUBO, BALB/c HER2/neu-driven mammary carcinoma (Deng 2014).</summary>
    Tubo = 2,
}
