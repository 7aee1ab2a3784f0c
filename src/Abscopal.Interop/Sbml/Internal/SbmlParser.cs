using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Abscopal.Modeling;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Interop.Sbml.Internal;

/// <summary>Reads one SBML document (Level 2 or 3 core) into the model IR, collecting every problem with its element and line.</summary>
/// <remarks>Defaults follow the SBML Level 2 Version 4/5 and Level 3 Version 1/2 specifications; Level 3 Version 2 lets math be absent, and an element without math has no effect.</remarks>
internal sealed class SbmlParser
{
    private readonly string _sourceName;
    private readonly List<SbmlProblem> _problems = [];
    private readonly List<string> _warnings = [];
    private readonly List<string> _packages = [];
    private readonly HashSet<string> _ignoredPackages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _packageRequired = new(StringComparer.Ordinal);
    private readonly Dictionary<ModelComponent, XElement> _elements = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _assignedIds = new(StringComparer.Ordinal);
    private readonly MathMLReader _math;
    private const string ReservedTime = "time";

    /// <summary>Attributes that hold an SBML id or a reference to one.</summary>
    private static readonly HashSet<string> s_idReferences = new(StringComparer.Ordinal)
    {
        "id", "variable", "symbol", "species", "compartment", "conversionFactor", "outside",
    };

    private readonly Dictionary<string, string> _renamed = new(StringComparer.Ordinal);
    private XNamespace _core = XNamespace.None;
    private int _level;
    private int _version;

    /// <summary>A parser for one document named <paramref name="sourceName"/> in messages.</summary>
    public SbmlParser(string sourceName)
    {
        _sourceName = sourceName;
        _math = new MathMLReader(_warnings);
    }

    public static XmlReaderSettings ReaderSettings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>
    /// The deepest XML nesting read: SBML's own structure (a kinetic law's math is 6 levels down) and annotations, with the deepest
    /// MathML that <see cref="MathMLReader"/> reads; deeper input is refused before LINQ to XML spends time quadratic in it.
    /// </summary>
    public const int MaxXmlDepth = MathMLReader.MaxDepth + 64;

    public SbmlDocument Parse(TextReader text, long maxCharacters)
    {
        XDocument document;
        using var reader = new DepthLimitedXmlReader(XmlReader.Create(text, ReaderSettings(maxCharacters)), MaxXmlDepth);
        try
        {
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            var message = reader.TooDeep
                ? $"the XML is nested more than {MaxXmlDepth} levels deep; Abscopal refuses deeper documents to keep reading safe (SBML math deeper than {MathMLReader.MaxDepth} levels is not read)."
                : ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                    ? "the document has a DTD (<!DOCTYPE>), which SBML does not use; DTDs and external entities are refused for safety."
                    : ex.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) || ex.Message.Contains("maximum", StringComparison.OrdinalIgnoreCase)
                        ? $"the document is larger than the limit of {maxCharacters:N0} characters."
                        : $"malformed XML: {ex.Message}";
            _problems.Add(new SbmlProblem("XML", ex.LineNumber, message, Unsupported: reader.TooDeep));
            return Result(0, 0, new Model("unreadable"));
        }

        try
        {
            return ParseDocument(document.Root!);
        }
        catch (SbmlElementException ex)
        {
            Problem(ex.Element, ex.Message, ex.Unsupported);
            return Result(_level, _version, new Model("unreadable"));
        }
    }

    private SbmlDocument ParseDocument(XElement root)
    {
        if (root.Name.LocalName != "sbml")
        {
            Problem(root, $"the root element is <{root.Name.LocalName}>, not <sbml>: this is not an SBML document.");
            return Result(0, 0, new Model("unreadable"));
        }

        _level = Int(root, "level") ?? 0;
        _version = Int(root, "version") ?? 0;
        if (_level == 1 || (_level == 2 && _version is < 1 or > 5) || (_level == 3 && _version is < 1 or > 2) || _level is < 1 or > 3)
        {
            Problem(root, $"SBML Level {_level} Version {_version} is not supported; use Level 3 (Version 1 or 2) or Level 2 (Versions 1–5).", unsupported: true);
            return Result(_level, _version, new Model("unreadable"));
        }

        _core = root.Name.Namespace;
        var expected = _level == 3 ? $"http://www.sbml.org/sbml/level3/version{_version}/core" : $"http://www.sbml.org/sbml/level2/version{_version}";
        if (_core.NamespaceName != expected && !(_level == 2 && _version == 1 && _core.NamespaceName == "http://www.sbml.org/sbml/level2"))
        {
            Problem(root, $"the namespace '{_core.NamespaceName}' does not match level {_level} version {_version} (expected '{expected}').");
        }

        ReadPackages(root);
        var modelElement = root.Element(_core + "model");
        if (modelElement is null)
        {
            Problem(root, "the document has no <model>.");
            return Result(_level, _version, new Model("unreadable"));
        }

        foreach (var other in root.Elements().Where(e => e != modelElement))
        {
            CheckForeign(other, "sbml");
        }

        RenameReservedIds(modelElement);
        var model = ReadModel(modelElement);
        return Result(_level, _version, model);
    }

    /// <summary>
    /// SBML lets a model declare an id "time" (Test Suite cases 1820–1821), which the IR reserves for model time: such an id is
    /// renamed (to "time_", or with more underscores until it is free) in declarations, references and &lt;ci&gt; elements, never in
    /// the time csymbol; the renaming is listed in <see cref="SbmlDocument.RenamedIds"/> and the warnings.
    /// </summary>
    private void RenameReservedIds(XElement model)
    {
        var elements = model.DescendantsAndSelf().ToList();
        if (!elements.Any(e => e.Name.Namespace == _core && (string?)e.Attribute("id") == ReservedTime))
        {
            return;
        }

        var ids = elements.Select(e => (string?)e.Attribute("id")).Where(id => id is not null).ToHashSet(StringComparer.Ordinal);
        var renamed = ReservedTime + "_";
        while (ids.Contains(renamed))
        {
            renamed += "_";
        }

        foreach (var e in elements)
        {
            if (e.Name.Namespace == _core)
            {
                foreach (var a in e.Attributes())
                {
                    if (a.Name.Namespace == XNamespace.None && a.Value == ReservedTime && s_idReferences.Contains(a.Name.LocalName))
                    {
                        a.Value = renamed;
                    }
                }
            }
            else if (e.Name.LocalName == "ci" && e.Value.Trim() == ReservedTime)
            {
                e.Value = renamed;
            }
        }

        _renamed[ReservedTime] = renamed;
        _warnings.Add($"the id '{ReservedTime}' is reserved for model time in Abscopal: it is renamed '{renamed}'.");
    }

    private SbmlDocument Result(int level, int version, Model model) => new(_sourceName, level, version, model)
    {
        RenamedIds = _renamed.ToImmutableDictionary(StringComparer.Ordinal),
        Packages = [.. _packages],
        Warnings = [.. _warnings],
        Problems = [.. _problems],
    };

    private void ReadPackages(XElement root)
    {
        foreach (var attribute in root.Attributes().Where(a => a.IsNamespaceDeclaration))
        {
            var uri = attribute.Value;
            if (!uri.StartsWith("http://www.sbml.org/sbml/level3/", StringComparison.Ordinal) || uri.EndsWith("/core", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = uri.Split('/');
            var package = parts.Length >= 8 ? parts[^2] : uri;
            var required = root.Attributes().FirstOrDefault(a => a.Name.Namespace == uri && a.Name.LocalName == "required")?.Value == "true";
            _packageRequired[uri] = required;
            _packages.Add(required ? package + " (required)" : package);
        }
    }

    /// <summary>An element outside SBML core: a required package is refused, an optional one ignored with a warning; annotations and notes are skipped.</summary>
    private void CheckForeign(XElement e, string parent)
    {
        if (e.Name.LocalName is "annotation" or "notes" && e.Name.Namespace == _core)
        {
            return;
        }

        var ns = e.Name.NamespaceName;
        if (_packageRequired.TryGetValue(ns, out var required))
        {
            var package = ns.Split('/')[^2];
            if (required)
            {
                Problem(e, $"the element belongs to the SBML package '{package}', which this document marks as required; Abscopal reads SBML core only (flatten 'comp' models first, e.g. with libSBML's CompFlatteningConverter).", unsupported: true);
            }
            else if (_ignoredPackages.Add(package))
            {
                _warnings.Add($"line {SbmlElementException.LineOf(e)}: <{e.Name.LocalName}> and the rest of the optional package '{package}' are ignored: they do not change a time-course simulation.");
            }

            return;
        }

        Problem(e, $"<{e.Name.LocalName}> (namespace '{ns}') is not an element of SBML Level {_level} Version {_version} core inside <{parent}>.", unsupported: e.Name.Namespace != _core);
    }

    private Model ReadModel(XElement m)
    {
        var builder = new ModelBuilder(Id(m, required: false) ?? "model")
        {
            Name = (string?)m.Attribute("name"),
            TimeUnits = (string?)m.Attribute("timeUnits"),
            SubstanceUnits = (string?)m.Attribute("substanceUnits"),
            VolumeUnits = (string?)m.Attribute("volumeUnits"),
            ExtentUnits = (string?)m.Attribute("extentUnits"),
            ConversionFactor = (string?)m.Attribute("conversionFactor"),
        };

        // Which ids rules, initial assignments and events set: a species reference without stoichiometry defaults to 1 only when nothing sets it.
        foreach (var e in m.Descendants())
        {
            if (e.Name.LocalName is "initialAssignment" && (string?)e.Attribute("symbol") is { } symbol)
            {
                _assignedIds.Add(symbol);
            }
            else if (e.Name.LocalName is "assignmentRule" or "rateRule" or "eventAssignment" && (string?)e.Attribute("variable") is { } variable)
            {
                _assignedIds.Add(variable);
            }
        }

        var zeroDimensional = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in m.Elements())
        {
            if (list.Name.Namespace != _core)
            {
                CheckForeign(list, "model");
                continue;
            }

            switch (list.Name.LocalName)
            {
                case "notes" or "annotation":
                    break;
                case "listOfFunctionDefinitions":
                    Each(list, "functionDefinition", e =>
                    {
                        if (MathElement(e) is null)
                        {
                            // SBML L3V2 allows a function definition without math; it cannot be called, so it is left out.
                            _warnings.Add($"line {SbmlElementException.LineOf(e)}: <functionDefinition> '{(string?)e.Attribute("id")}' has no <math> and is left out: a call to it is an error.");
                            return;
                        }

                        builder.Add(Register(ReadFunction(e), e));
                    });
                    break;
                case "listOfUnitDefinitions":
                    Each(list, "unitDefinition", e => builder.Add(Register(ReadUnitDefinition(e), e)));
                    break;
                case "listOfCompartmentTypes" or "listOfSpeciesTypes":
                    if (list.HasElements)
                    {
                        _warnings.Add($"line {SbmlElementException.LineOf(list)}: <{list.Name.LocalName}> is ignored: compartment and species types do not change a simulation.");
                    }

                    break;
                case "listOfConstraints":
                    if (list.HasElements)
                    {
                        _warnings.Add($"line {SbmlElementException.LineOf(list)}: <listOfConstraints> is not checked during simulation ({list.Elements().Count()} constraint(s) ignored).");
                    }

                    break;
                case "listOfCompartments":
                    Each(list, "compartment", e =>
                    {
                        var c = ReadCompartment(e);
                        if (c.SpatialDimensions == 0)
                        {
                            zeroDimensional.Add(c.Id);
                        }

                        builder.Add(Register(c, e));
                    });
                    break;
                case "listOfSpecies":
                    Each(list, "species", e => builder.Add(Register(ReadSpecies(e, zeroDimensional), e)));
                    break;
                case "listOfParameters":
                    Each(list, "parameter", e => builder.Add(Register(ReadParameter(e), e)));
                    break;
                case "listOfInitialAssignments":
                    Each(list, "initialAssignment", e =>
                    {
                        if (ReadInitialAssignment(e) is { } ia)
                        {
                            builder.Add(Register(ia, e));
                        }
                    });
                    break;
                case "listOfRules":
                    Each(list, "algebraicRule|assignmentRule|rateRule", e =>
                    {
                        if (ReadRule(e) is { } rule)
                        {
                            builder.Add(Register(rule, e));
                        }
                    });
                    break;
                case "listOfReactions":
                    Each(list, "reaction", e => builder.Add(Register(ReadReaction(e), e)));
                    break;
                case "listOfEvents":
                    Each(list, "event", e => builder.Add(Register(ReadEvent(e), e)));
                    break;
                default:
                    Problem(list, $"<{list.Name.LocalName}> is not an element of an SBML Level {_level} Version {_version} <model>.");
                    break;
            }
        }

        var model = builder.BuildUnchecked();
        foreach (var diagnostic in ModelValidator.Validate(model))
        {
            var element = diagnostic.Subject is not null && _elements.TryGetValue(diagnostic.Subject, out var e) ? e : m;
            _problems.Add(new SbmlProblem(diagnostic.Element, SbmlElementException.LineOf(element), diagnostic.Message, false));
        }

        return model;
    }

    private T Register<T>(T component, XElement element)
        where T : ModelComponent
    {
        _elements[component] = element;
        return component;
    }

    /// <summary>Reads each child of a listOf element, reporting a problem per failing child and going on with the next.</summary>
    private void Each(XElement list, string kinds, Action<XElement> read)
    {
        var allowed = kinds.Split('|');
        foreach (var e in list.Elements())
        {
            if (e.Name.Namespace != _core)
            {
                CheckForeign(e, list.Name.LocalName);
                continue;
            }

            if (e.Name.LocalName is "notes" or "annotation")
            {
                continue;
            }

            if (!allowed.Contains(e.Name.LocalName))
            {
                Problem(e, $"<{list.Name.LocalName}> holds {string.Join(" or ", allowed.Select(a => $"<{a}>"))} elements, not <{e.Name.LocalName}>.");
                continue;
            }

            try
            {
                read(e);
            }
            catch (SbmlElementException ex)
            {
                Problem(ex.Element, ex.Message, ex.Unsupported);
            }
        }
    }

    private FunctionDefinition ReadFunction(XElement e)
    {
        var id = Id(e, required: true)!;
        var math = MathElement(e) ?? throw new SbmlElementException(e, "the function definition has no <math>.");
        var (arguments, body) = _math.ReadLambda(math);
        return new FunctionDefinition(id, arguments, body) { Name = (string?)e.Attribute("name") };
    }

    private UnitDefinition ReadUnitDefinition(XElement e)
    {
        var id = Id(e, required: true)!;
        var factors = ImmutableArray.CreateBuilder<UnitFactor>();
        foreach (var unit in e.Element(_core + "listOfUnits")?.Elements(_core + "unit") ?? [])
        {
            var kind = (string?)unit.Attribute("kind") ?? throw new SbmlElementException(unit, "a <unit> needs a kind.");
            factors.Add(new UnitFactor(kind, Double(unit, "exponent") ?? 1.0, Int(unit, "scale") ?? 0, Double(unit, "multiplier") ?? 1.0));
        }

        return new UnitDefinition(id, factors.ToImmutable()) { Name = (string?)e.Attribute("name") };
    }

    private Compartment ReadCompartment(XElement e)
    {
        var id = Id(e, required: true)!;
        var dimensions = Double(e, "spatialDimensions") ?? 3.0;
        var size = Double(e, "size") ?? Double(e, "volume");
        if (size is null && dimensions == 0 && !_assignedIds.Contains(id))
        {
            _warnings.Add($"line {SbmlElementException.LineOf(e)}: compartment '{id}' has no dimensions and no size: its species are counted as amounts and its size is taken as 1.");
            size = 1.0;
        }

        return new Compartment(id)
        {
            Name = (string?)e.Attribute("name"),
            Size = size,
            SpatialDimensions = dimensions,
            Constant = Bool(e, "constant") ?? true,
            Units = (string?)e.Attribute("units"),
        };
    }

    private static Species ReadSpecies(XElement e, HashSet<string> zeroDimensional)
    {
        var id = Id(e, required: true)!;
        var compartment = (string?)e.Attribute("compartment") ?? throw new SbmlElementException(e, "a species needs a compartment.");
        return new Species(id, compartment)
        {
            Name = (string?)e.Attribute("name"),
            InitialAmount = Double(e, "initialAmount"),
            InitialConcentration = Double(e, "initialConcentration"),
            HasOnlySubstanceUnits = (Bool(e, "hasOnlySubstanceUnits") ?? false) || zeroDimensional.Contains(compartment),
            BoundaryCondition = Bool(e, "boundaryCondition") ?? false,
            Constant = Bool(e, "constant") ?? false,
            ConversionFactor = (string?)e.Attribute("conversionFactor"),
            Units = (string?)e.Attribute("substanceUnits"),
        };
    }

    private static Parameter ReadParameter(XElement e) => new(Id(e, required: true)!)
    {
        Name = (string?)e.Attribute("name"),
        Value = Double(e, "value"),
        Constant = Bool(e, "constant") ?? true,
        Units = (string?)e.Attribute("units"),
    };

    private InitialAssignment? ReadInitialAssignment(XElement e)
    {
        var symbol = (string?)e.Attribute("symbol") ?? throw new SbmlElementException(e, "an initial assignment needs a symbol.");
        var math = OptionalMath(e, $"initial assignment to '{symbol}'");
        return math is null ? null : new InitialAssignment(symbol, math);
    }

    private Rule? ReadRule(XElement e)
    {
        if (e.Name.LocalName == "algebraicRule")
        {
            var algebraic = OptionalMath(e, "algebraic rule");
            return algebraic is null ? null : new AlgebraicRule(algebraic);
        }

        var variable = (string?)e.Attribute("variable") ?? throw new SbmlElementException(e, "the rule needs a variable.");
        var math = OptionalMath(e, $"{e.Name.LocalName} for '{variable}'");
        if (math is null)
        {
            return null;
        }

        return e.Name.LocalName == "assignmentRule" ? new AssignmentRule(variable, math) : new RateRule(variable, math);
    }

    private Reaction ReadReaction(XElement e)
    {
        var id = Id(e, required: true)!;
        var reactants = ImmutableArray.CreateBuilder<SpeciesReference>();
        var products = ImmutableArray.CreateBuilder<SpeciesReference>();
        var modifiers = ImmutableArray.CreateBuilder<string>();
        KineticLaw? law = null;
        foreach (var child in e.Elements())
        {
            if (child.Name.Namespace != _core)
            {
                CheckForeign(child, "reaction");
                continue;
            }

            switch (child.Name.LocalName)
            {
                case "notes" or "annotation":
                    break;
                case "listOfReactants":
                    Each(child, "speciesReference", r => reactants.Add(ReadSpeciesReference(r)));
                    break;
                case "listOfProducts":
                    Each(child, "speciesReference", r => products.Add(ReadSpeciesReference(r)));
                    break;
                case "listOfModifiers":
                    Each(child, "modifierSpeciesReference", r => modifiers.Add((string?)r.Attribute("species") ?? throw new SbmlElementException(r, "a modifier needs a species.")));
                    break;
                case "kineticLaw":
                    law = ReadKineticLaw(child, id);
                    break;
                default:
                    Problem(child, $"<{child.Name.LocalName}> is not an element of a <reaction>.");
                    break;
            }
        }

        return new Reaction(id)
        {
            Name = (string?)e.Attribute("name"),
            Reactants = reactants.ToImmutable(),
            Products = products.ToImmutable(),
            Modifiers = modifiers.ToImmutable(),
            KineticLaw = law,
            Reversible = Bool(e, "reversible") ?? true,
            Fast = Bool(e, "fast") ?? false,
            Compartment = (string?)e.Attribute("compartment"),
        };
    }

    private SpeciesReference ReadSpeciesReference(XElement e)
    {
        var species = (string?)e.Attribute("species") ?? throw new SbmlElementException(e, "a species reference needs a species.");
        var id = (string?)e.Attribute("id");
        var stoichiometry = Double(e, "stoichiometry");
        if (Double(e, "denominator") is { } denominator)
        {
            stoichiometry = (stoichiometry ?? 1.0) / denominator;
        }

        Expr? stoichiometryMath = null;
        if (e.Element(_core + "stoichiometryMath") is { } sm)
        {
            stoichiometryMath = OptionalMath(sm, $"stoichiometryMath of '{species}'");
        }

        if (stoichiometry is null && stoichiometryMath is null && (id is null || !_assignedIds.Contains(id)))
        {
            stoichiometry = 1.0; // SBML Level 2's default; Level 3 leaves it undefined, and simulators take 1.
        }

        return new SpeciesReference(species)
        {
            Id = id,
            Name = (string?)e.Attribute("name"),
            Stoichiometry = stoichiometryMath is null ? stoichiometry : null,
            Constant = Bool(e, "constant") ?? (_level < 3 || !(id is not null && _assignedIds.Contains(id))),
            StoichiometryMath = stoichiometryMath,
        };
    }

    private KineticLaw? ReadKineticLaw(XElement e, string reactionId)
    {
        var math = OptionalMath(e, $"kinetic law of reaction '{reactionId}'");
        var locals = ImmutableArray.CreateBuilder<Parameter>();
        foreach (var list in e.Elements())
        {
            if (list.Name.LocalName is "listOfParameters" or "listOfLocalParameters" && list.Name.Namespace == _core)
            {
                Each(list, "parameter|localParameter", p => locals.Add(new Parameter(Id(p, required: true)!)
                {
                    Name = (string?)p.Attribute("name"),
                    Value = Double(p, "value"),
                    Units = (string?)p.Attribute("units"),
                }));
            }
            else if (list.Name.LocalName is not ("math" or "notes" or "annotation"))
            {
                if (list.Name.Namespace == MathMLReader.Namespace)
                {
                    continue;
                }

                CheckForeign(list, "kineticLaw");
            }
        }

        return math is null ? null : new KineticLaw(math) { LocalParameters = locals.ToImmutable() };
    }

    private ModelEvent ReadEvent(XElement e)
    {
        var id = (string?)e.Attribute("id");
        var label = id is null ? "event" : $"event '{id}'";
        var triggerElement = e.Element(_core + "trigger");
        Expr? trigger = triggerElement is null ? null : OptionalMath(triggerElement, $"trigger of {label}");
        if (trigger is null)
        {
            _warnings.Add($"line {SbmlElementException.LineOf(e)}: {label} has no trigger math, so it never fires.");
        }

        var eventTrigger = new EventTrigger(trigger ?? Expr.Zero)
        {
            InitialValue = triggerElement is null || (Bool(triggerElement, "initialValue") ?? true),
            Persistent = triggerElement is null || (Bool(triggerElement, "persistent") ?? true),
        };
        var delay = e.Element(_core + "delay") is { } d ? OptionalMath(d, $"delay of {label}") : null;
        var priority = e.Element(_core + "priority") is { } p ? OptionalMath(p, $"priority of {label}") : null;
        var assignments = ImmutableArray.CreateBuilder<EventAssignment>();
        foreach (var child in e.Elements())
        {
            if (child.Name.Namespace != _core)
            {
                CheckForeign(child, "event");
            }
            else if (child.Name.LocalName == "listOfEventAssignments")
            {
                Each(child, "eventAssignment", a =>
                {
                    var variable = (string?)a.Attribute("variable") ?? throw new SbmlElementException(a, "an event assignment needs a variable.");
                    if (OptionalMath(a, $"assignment to '{variable}' in {label}") is { } math)
                    {
                        assignments.Add(new EventAssignment(variable, math));
                    }
                });
            }
            else if (child.Name.LocalName is not ("trigger" or "delay" or "priority" or "notes" or "annotation"))
            {
                Problem(child, $"<{child.Name.LocalName}> is not an element of an <event>.");
            }
        }

        return new ModelEvent(eventTrigger)
        {
            Id = id,
            Name = (string?)e.Attribute("name"),
            Delay = delay,
            Priority = priority,
            UseValuesFromTriggerTime = Bool(e, "useValuesFromTriggerTime") ?? true,
            Assignments = assignments.ToImmutable(),
        };
    }

    private static XElement? MathElement(XElement e) => e.Element(XName.Get("math", MathMLReader.Namespace));

    /// <summary>The math of an element, or null (with a warning) when SBML Level 3 Version 2 leaves it out.</summary>
    private Expr? OptionalMath(XElement e, string what)
    {
        var math = MathElement(e);
        if (math is null)
        {
            if (e.Elements().Any(c => c.Name.LocalName == "math"))
            {
                throw new SbmlElementException(e, $"the <math> of the {what} is not in the MathML namespace '{MathMLReader.Namespace}'.");
            }

            _warnings.Add($"line {SbmlElementException.LineOf(e)}: the {what} has no math, so it has no effect.");
            return null;
        }

        return _math.ReadMath(math);
    }

    private static string? Id(XElement e, bool required)
    {
        var id = ((string?)e.Attribute("id"))?.Trim();
        if (id is null && required)
        {
            throw new SbmlElementException(e, "the element needs an id.");
        }

        return id;
    }

    private static double? Double(XElement e, string name)
    {
        var text = ((string?)e.Attribute(name))?.Trim();
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        return text.ToUpperInvariant() switch
        {
            "INF" or "INFINITY" => double.PositiveInfinity,
            "-INF" or "-INFINITY" => double.NegativeInfinity,
            "NAN" => double.NaN,
            _ => throw new SbmlElementException(e, $"attribute {name}=\"{text}\" is not a number."),
        };
    }

    private static int? Int(XElement e, string name)
    {
        var text = ((string?)e.Attribute(name))?.Trim();
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new SbmlElementException(e, $"attribute {name}=\"{text}\" is not an integer.");
    }

    private static bool? Bool(XElement e, string name)
    {
        var text = ((string?)e.Attribute(name))?.Trim();
        return text switch
        {
            null => null,
            "true" or "1" => true,
            "false" or "0" => false,
            _ => throw new SbmlElementException(e, $"attribute {name}=\"{text}\" is not a boolean (true or false)."),
        };
    }

    private void Problem(XElement e, string message, bool unsupported = false) =>
        _problems.Add(new SbmlProblem(SbmlElementException.Describe(e), SbmlElementException.LineOf(e), message, unsupported));
}
