namespace Abscopal.Pharmacology.Drugs;

/// <summary>The immune checkpoint a drug blocks.</summary>
public enum DrugTarget
{
    /// <summary>Programmed cell death protein 1 (on T cells).</summary>
    Pd1 = 0,

    /// <summary>Programmed death-ligand 1 (on tumour and myeloid cells).</summary>
    PdL1 = 1,

    /// <summary>Cytotoxic T-lymphocyte-associated protein 4.</summary>
    Ctla4 = 2,
}
