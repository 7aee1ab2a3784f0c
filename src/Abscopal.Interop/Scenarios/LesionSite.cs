namespace Abscopal.Interop.Scenarios;

/// <summary>Where a lesion is (scenario key <c>patient.lesions[i].site</c>).</summary>
public enum LesionSite
{
    /// <summary>Breast ("breast"; the mammary fat pad in a mouse).</summary>
    Breast = 0,

    /// <summary>Liver ("liver").</summary>
    Liver = 1,

    /// <summary>Lung ("lung").</summary>
    Lung = 2,

    /// <summary>Bone ("bone").</summary>
    Bone = 3,

    /// <summary>Brain ("brain").</summary>
    Brain = 4,

    /// <summary>Lymph node ("lymph_node"); RECIST measures its short axis.</summary>
    LymphNode = 5,

    /// <summary>Skin or soft tissue ("skin").</summary>
    Skin = 6,

    /// <summary>Subcutaneous flank tumour of a mouse ("flank").</summary>
    Flank = 7,
}
