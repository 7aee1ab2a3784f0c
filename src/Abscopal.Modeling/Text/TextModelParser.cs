using System.Text;
using Abscopal.Modeling.Text.Internal;

namespace Abscopal.Modeling.Text;

/// <summary>Reads models written in the text model format, a documented subset of Antimony (the language of Tellurium), into the model IR.</summary>
/// <remarks>See docs/model-format.md for the format. Problems are reported as <see cref="ModelParseException"/> with file, line and column.</remarks>
/// <example>
/// <code>
/// var model = TextModelParser.Parse("""
///     model decay
///       x' = -k*x
///       x = 1; k = 0.5
///     end
///     """);
/// </code>
/// </example>
public static class TextModelParser
{
    /// <summary>The model written in <paramref name="text"/>.</summary>
    /// <param name="text">The model text.</param>
    /// <param name="fileName">The name errors show for the text.</param>
    /// <param name="defaultModelId">The model's id when the text has no 'model NAME' header ("model" when null).</param>
    /// <exception cref="ModelParseException">The text has syntax errors, names nothing defined, or the model is not valid; every problem (up to 20) is listed with its line and column.</exception>
    public static Model Parse(string text, string fileName = "<text>", string? defaultModelId = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        if (defaultModelId is not null && !ModelValidator.IsValidId(defaultModelId))
        {
            throw new ArgumentException($"'{defaultModelId}' is not a valid model id: use a letter or '_' followed by letters, digits or '_'.", nameof(defaultModelId));
        }

        var errors = new ParseErrors(fileName);
        var tokens = Lexer.Tokenize(text, errors);
        var model = new ModelAssembler(errors, defaultModelId ?? "model");
        StatementParser.Parse(text, tokens, errors, model);
        errors.ThrowIfAny();
        return model.Build();
    }

    /// <summary>The model in the file at <paramref name="path"/>; without a 'model NAME' header its id comes from the file name (letters, digits and '_').</summary>
    /// <exception cref="ModelParseException">The file's model has problems (see <see cref="Parse"/>).</exception>
    public static Model ParseFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var text = File.ReadAllText(path, Encoding.UTF8);
        return Parse(text, Path.GetFileName(path), ModelIdFromFileName(path));
    }

    /// <summary>A model id from a file name: its letters, digits and '_' (others become '_'), with '_' in front when it would start with a digit.</summary>
    internal static string ModelIdFromFileName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileNameWithoutExtension(path);
        var id = new StringBuilder(name.Length + 1);
        foreach (var c in name)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        if (id.Length == 0 || char.IsAsciiDigit(id[0]))
        {
            id.Insert(0, '_');
        }

        return id.ToString();
    }
}
