namespace Abscopal.Models.Patients;

/// <summary>Where a lesion sits (ids "breast", "liver", "lung", "bone", "brain", "lymph_node", "skin", "flank").</summary>
public enum AnatomicSite
{
    /// <summary>Breast (primary or local recurrence).</summary>
    Breast = 0,

    /// <summary>Liver.</summary>
    Liver = 1,

    /// <summary>Lung.</summary>
    Lung = 2,

    /// <summary>Bone.</summary>
    Bone = 3,

    /// <summary>Brain.</summary>
    Brain = 4,

    /// <summary>Lymph node.</summary>
    LymphNode = 5,

    /// <summary>Skin or subcutis.</summary>
    Skin = 6,

    /// <summary>Subcutaneous flank (mouse experiments).</summary>
    Flank = 7,
}
