using System.Globalization;

namespace Abscopal.Interop.Petab.Internal;

/// <summary>PEtab's per-measurement placeholders, observableParameter{n}_{observableId} and noiseParameter{n}_{observableId}.</summary>
internal static class PetabPlaceholder
{
    public const string Observable = "observableParameter";

    public const string Noise = "noiseParameter";

    /// <summary>n (≥ 1) when <paramref name="name"/> is the placeholder {kind}{n}_{observableId}, else null.</summary>
    public static int? Index(string name, string kind, string observableId) =>
        name.Length > kind.Length + observableId.Length + 1
        && name.StartsWith(kind, StringComparison.Ordinal)
        && name.EndsWith(observableId, StringComparison.Ordinal)
        && name[name.Length - observableId.Length - 1] == '_'
        && int.TryParse(name.AsSpan(kind.Length, name.Length - kind.Length - observableId.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int n)
        && n >= 1
            ? n
            : null;
}
