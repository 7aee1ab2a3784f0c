using System.Text;
using Abscopal.Interop.Sbml.Internal;

namespace Abscopal.Interop.Sbml;

/// <summary>Reads SBML Level 3 (Versions 1 and 2) and Level 2 (Versions 1–5) core documents into the model IR.</summary>
/// <remarks>
/// Parsing is safe for untrusted input: DTDs are refused, no external entity or schema is ever fetched, and
/// a document may hold at most <see cref="MaxDocumentCharacters"/> characters. Every problem — malformed XML,
/// an element that breaks SBML's rules, or a feature Abscopal does not support (SBML packages such as comp,
/// which this reader does not flatten) — is reported with its element and line; nothing is skipped silently:
/// what is ignored on purpose (annotations, optional packages, elements without math as SBML L3V2 allows)
/// is listed in <see cref="SbmlDocument.Warnings"/>. Algebraic rules, fast reactions, delay() and rateOf()
/// are read into the IR; whether they simulate is the compiler's business.
/// </remarks>
public static class SbmlReader
{
    /// <summary>The largest document accepted, in characters (64 Mi, about 64 MiB of ASCII XML; BioModels' largest curated models are under 20 MB).</summary>
    public const long MaxDocumentCharacters = 64L * 1024 * 1024;

    /// <summary>Reads a document and returns it when it has no problems.</summary>
    /// <param name="reader">The XML text.</param>
    /// <param name="sourceName">The file name shown in messages.</param>
    /// <exception cref="SbmlException">The document is malformed or uses unsupported features; every problem is listed.</exception>
    public static SbmlDocument Read(TextReader reader, string sourceName = "<sbml>")
    {
        var document = Inspect(reader, sourceName);
        return document.Problems.IsEmpty ? document : throw new SbmlException(sourceName, document.Problems);
    }

    /// <summary>Reads a document from a stream (UTF-8 unless the XML declaration says otherwise).</summary>
    /// <exception cref="SbmlException">The document is malformed or uses unsupported features.</exception>
    public static SbmlDocument Read(Stream stream, string sourceName = "<sbml>")
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Read(reader, sourceName);
    }

    /// <summary>Reads the SBML file at <paramref name="path"/>.</summary>
    /// <exception cref="SbmlException">The document is malformed or uses unsupported features.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SbmlDocument ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads a document as far as possible without throwing for its content: problems are returned in <see cref="SbmlDocument.Problems"/>.</summary>
    /// <param name="reader">The XML text.</param>
    /// <param name="sourceName">The file name shown in messages.</param>
    public static SbmlDocument Inspect(TextReader reader, string sourceName = "<sbml>")
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        return new SbmlParser(sourceName).Parse(reader, MaxDocumentCharacters);
    }

    /// <summary>Parses SBML held in a string.</summary>
    /// <exception cref="SbmlException">The document is malformed or uses unsupported features.</exception>
    public static SbmlDocument Parse(string xml, string sourceName = "<sbml>")
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var reader = new StringReader(xml);
        return Read(reader, sourceName);
    }
}
