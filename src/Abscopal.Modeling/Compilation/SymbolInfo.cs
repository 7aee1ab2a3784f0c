namespace Abscopal.Modeling.Compilation;

/// <summary>How a compiled model stores one model symbol.</summary>
/// <param name="Id">The model id.</param>
/// <param name="Storage">Where the value lives.</param>
/// <param name="Index">State index or parameter-slot index; −1 when computed.</param>
/// <param name="StoresAmount">For species: whether the slot holds the amount while the symbol means the concentration (amount ÷ compartment size).</param>
/// <param name="Compartment">For species: the compartment id.</param>
public sealed record SymbolInfo(string Id, SymbolStorage Storage, int Index, bool StoresAmount, string? Compartment);
