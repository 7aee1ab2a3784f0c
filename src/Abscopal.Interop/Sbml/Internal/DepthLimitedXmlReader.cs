using System.Xml;

namespace Abscopal.Interop.Sbml.Internal;

/// <summary>
/// An <see cref="XmlReader"/> that stops at the first node nested deeper than a limit: LINQ to XML's loader walks up to the root
/// for every element it adds, so loading nesting n deep costs n² steps (a 2 MB document nested 100,000 deep takes minutes), and
/// everything past SBML's few structural levels is MathML, which <see cref="MathMLReader"/> refuses past its own limit anyway.
/// </summary>
/// <param name="inner">The reader that parses the text; disposed with this one.</param>
/// <param name="maxDepth">The deepest node accepted (the root element is at depth 0).</param>
internal sealed class DepthLimitedXmlReader(XmlReader inner, int maxDepth) : XmlReader, IXmlLineInfo
{
    /// <summary>Whether <see cref="Read"/> has met a node past the limit (and thrown an <see cref="XmlException"/> with its line).</summary>
    public bool TooDeep { get; private set; }

    public override bool Read()
    {
        if (!inner.Read())
        {
            return false;
        }

        if (inner.Depth > maxDepth)
        {
            TooDeep = true;
            throw new XmlException($"the XML is nested more than {maxDepth} levels deep.", null, LineNumber, LinePosition);
        }

        return true;
    }

    public int LineNumber => inner is IXmlLineInfo info ? info.LineNumber : 0;

    public int LinePosition => inner is IXmlLineInfo info ? info.LinePosition : 0;

    public bool HasLineInfo() => inner is IXmlLineInfo info && info.HasLineInfo();

    public override int AttributeCount => inner.AttributeCount;

    public override string BaseURI => inner.BaseURI;

    public override bool CanResolveEntity => inner.CanResolveEntity;

    public override int Depth => inner.Depth;

    public override bool EOF => inner.EOF;

    public override bool HasValue => inner.HasValue;

    public override bool IsDefault => inner.IsDefault;

    public override bool IsEmptyElement => inner.IsEmptyElement;

    public override string LocalName => inner.LocalName;

    public override string Name => inner.Name;

    public override string NamespaceURI => inner.NamespaceURI;

    public override XmlNameTable NameTable => inner.NameTable;

    public override XmlNodeType NodeType => inner.NodeType;

    public override string Prefix => inner.Prefix;

    public override ReadState ReadState => inner.ReadState;

    public override XmlReaderSettings? Settings => inner.Settings;

    public override string Value => inner.Value;

    public override string XmlLang => inner.XmlLang;

    public override XmlSpace XmlSpace => inner.XmlSpace;

    public override string GetAttribute(int i) => inner.GetAttribute(i);

    public override string? GetAttribute(string name) => inner.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);

    public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);

    public override bool MoveToElement() => inner.MoveToElement();

    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();

    public override bool ReadAttributeValue() => inner.ReadAttributeValue();

    public override void ResolveEntity() => inner.ResolveEntity();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
