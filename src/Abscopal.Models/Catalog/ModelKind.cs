namespace Abscopal.Models.Catalog;

/// <summary>Whether a catalogued model describes one tumour or several lesions at named sites.</summary>
public enum ModelKind
{
    /// <summary>One tumour (its read-outs go to a lesion with id "tumor").</summary>
    SingleTumour,

    /// <summary>Several lesions at named sites, coupled through systemic compartments.</summary>
    MultiLesion,
}
