using System.Xml;
using System.Xml.Linq;

namespace Abscopal.Interop.Sbml.Internal;

/// <summary>A problem with one element, raised while parsing and turned into an <see cref="SbmlProblem"/> by the caller.</summary>
internal sealed class SbmlElementException : Exception
{
    public SbmlElementException(XElement element, string message, bool unsupported = false)
        : base(message)
    {
        Element = element;
        Unsupported = unsupported;
    }

    public SbmlElementException()
        : this(new XElement("unknown"), "unknown problem")
    {
    }

    public SbmlElementException(string message)
        : this(new XElement("unknown"), message)
    {
    }

    public SbmlElementException(string message, Exception innerException)
        : base(message, innerException)
    {
        Element = new XElement("unknown");
    }

    /// <summary>The element at fault.</summary>
    public XElement Element { get; }

    /// <summary>Whether the element is valid SBML that Abscopal does not support (rather than malformed input).</summary>
    public bool Unsupported { get; }

    /// <summary>The 1-based line of <paramref name="node"/> in the source, or 0 when unknown.</summary>
    public static int LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    /// <summary>How an element is named in messages: its kind and id ("species 'S1'"), or its kind alone.</summary>
    public static string Describe(XElement element)
    {
        var id = (string?)element.Attribute("id") ?? (string?)element.Attribute("variable") ?? (string?)element.Attribute("symbol") ?? (string?)element.Attribute("species");
        var kind = element.Name.LocalName;
        return id is null ? $"<{kind}>" : $"<{kind}> '{id}'";
    }
}
