using System.Collections.ObjectModel;
using Abscopal.Models.Core;
using Abscopal.Models.Kosinsky;

namespace Abscopal.Models;

/// <summary>The built-in models by id.</summary>
public static class BuiltinModels
{
    /// <summary>Kosinsky et al. 2018 (CT26, RT + anti-PD-L1).</summary>
    public static BuiltinModel Kosinsky2018 { get; } = new Kosinsky2018Model();

    /// <summary>The multi-lesion immunoradiotherapy model abscopal-core.</summary>
    public static BuiltinModel AbscopalCore { get; } = new AbscopalCoreModel();

    /// <summary>Every built-in model.</summary>
    public static ReadOnlyCollection<BuiltinModel> All { get; } = Array.AsReadOnly(new[] { Kosinsky2018, AbscopalCore });

    /// <summary>The model with id <paramref name="id"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No model has that id; the message lists the ids.</exception>
    public static BuiltinModel Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return All.FirstOrDefault(m => string.Equals(m.Id, id.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"model '{id}' is not known; allowed: {string.Join(", ", All.Select(m => m.Id))}.", nameof(id));
    }
}
