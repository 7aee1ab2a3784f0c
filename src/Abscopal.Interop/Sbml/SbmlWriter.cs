using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Abscopal.Interop.Sbml.Internal;
using Abscopal.Modeling;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Interop.Sbml;

/// <summary>Writes any model of the IR as an SBML Level 3 Version 2 core document that reads back to the same simulation.</summary>
/// <remarks>
/// Every IR construct has an SBML L3V2 counterpart except two: a stoichiometry formula (Level 2's
/// stoichiometryMath) becomes an id on the species reference plus an assignment rule, and fast reactions,
/// which L3V2 removed, are refused. Unit strings that are neither a unit definition nor an SBML base unit
/// (e.g. "1/day" from the text format) cannot be SBML units; they are left out and listed in the warnings.
/// Sources and notes go into each element's &lt;notes&gt; as XHTML.
/// </remarks>
public static class SbmlWriter
{
    /// <summary>The SBML Level 3 Version 2 core namespace.</summary>
    public const string CoreNamespace = "http://www.sbml.org/sbml/level3/version2/core";

    private static readonly XNamespace s_sbml = CoreNamespace;
    private static readonly XNamespace s_xhtml = "http://www.w3.org/1999/xhtml";

    private static readonly HashSet<string> s_baseUnits = new(StringComparer.Ordinal)
    {
        "ampere", "avogadro", "becquerel", "candela", "coulomb", "dimensionless", "farad", "gram", "gray", "henry", "hertz",
        "item", "joule", "katal", "kelvin", "kilogram", "litre", "lumen", "lux", "metre", "mole", "newton", "ohm", "pascal",
        "radian", "second", "siemens", "sievert", "steradian", "tesla", "volt", "watt", "weber",
    };

    /// <summary>The SBML text of <paramref name="model"/>, with notes on what could not be expressed.</summary>
    /// <exception cref="SbmlException">The model is invalid or has a fast reaction (no SBML L3V2 counterpart).</exception>
    public static SbmlExport Write(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var problems = ModelValidator.Validate(model).Select(d => new SbmlProblem(d.Element, 0, d.Message, false)).ToList();
        foreach (var r in model.Reactions.Where(r => r.Fast))
        {
            problems.Add(new SbmlProblem($"reaction '{r.Id}'", 0, "fast reactions have no SBML Level 3 Version 2 counterpart (the fast attribute was removed); make the reaction slow or replace it by an assignment rule before export.", true));
        }

        if (problems.Count > 0)
        {
            throw new SbmlException(model.Id, problems);
        }

        var writer = new DocumentWriter(model);
        var document = writer.Build();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        var sb = new StringBuilder();
        using (var xml = XmlWriter.Create(new StringWriter(sb, CultureInfo.InvariantCulture), settings))
        {
            document.Save(xml);
        }

        return new SbmlExport(sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"UTF-8\"", StringComparison.Ordinal)) { Warnings = [.. writer.Warnings] };
    }

    private sealed class DocumentWriter(Model model)
    {
        private readonly HashSet<string> _unitIds = model.UnitDefinitions.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string> _usedIds = CollectIds(model);
        private readonly List<XElement> _extraRules = [];

        public List<string> Warnings { get; } = [];

        public XDocument Build()
        {
            var reactions = model.Reactions.Select(Reaction).ToList();
            var rules = model.Rules.Select(Rule).Concat(_extraRules).ToList();
            var m = new XElement(
                s_sbml + "model",
                new XAttribute("id", model.Id),
                Optional("name", model.Name),
                Unit("substanceUnits", model.SubstanceUnits, "model"),
                Unit("timeUnits", model.TimeUnits, "model"),
                Unit("volumeUnits", model.VolumeUnits, "model"),
                Unit("extentUnits", model.ExtentUnits, "model"),
                Optional("conversionFactor", model.ConversionFactor),
                Notes(model),
                List("listOfFunctionDefinitions", model.Functions.Select(f => new XElement(
                    s_sbml + "functionDefinition",
                    new XAttribute("id", f.Id),
                    Optional("name", f.Name),
                    Notes(f),
                    MathMLWriter.Lambda(f.Arguments, f.Body)))),
                List("listOfUnitDefinitions", model.UnitDefinitions.Select(UnitDefinition)),
                List("listOfCompartments", model.Compartments.Select(c => new XElement(
                    s_sbml + "compartment",
                    new XAttribute("id", c.Id),
                    Optional("name", c.Name),
                    new XAttribute("spatialDimensions", Number(c.SpatialDimensions)),
                    c.Size is { } size ? new XAttribute("size", Number(size)) : null,
                    Unit("units", c.Units, $"compartment '{c.Id}'"),
                    new XAttribute("constant", Bool(c.Constant)),
                    Notes(c)))),
                List("listOfSpecies", model.Species.Select(s => new XElement(
                    s_sbml + "species",
                    new XAttribute("id", s.Id),
                    Optional("name", s.Name),
                    new XAttribute("compartment", s.Compartment),
                    s.InitialAmount is { } amount ? new XAttribute("initialAmount", Number(amount)) : null,
                    s.InitialConcentration is { } concentration ? new XAttribute("initialConcentration", Number(concentration)) : null,
                    Unit("substanceUnits", s.Units, $"species '{s.Id}'"),
                    new XAttribute("hasOnlySubstanceUnits", Bool(s.HasOnlySubstanceUnits)),
                    new XAttribute("boundaryCondition", Bool(s.BoundaryCondition)),
                    new XAttribute("constant", Bool(s.Constant)),
                    Optional("conversionFactor", s.ConversionFactor),
                    Notes(s)))),
                List("listOfParameters", model.Parameters.Select(p => Parameter(p, "parameter", $"parameter '{p.Id}'", withConstant: true))),
                List("listOfInitialAssignments", model.InitialAssignments.Select(ia => new XElement(
                    s_sbml + "initialAssignment",
                    new XAttribute("symbol", ia.Symbol),
                    Notes(ia),
                    MathMLWriter.Math(ia.Math)))),
                List("listOfRules", rules),
                List("listOfReactions", reactions),
                List("listOfEvents", model.Events.Select(Event)));
            return new XDocument(
                new XDeclaration("1.0", "UTF-8", null),
                new XElement(s_sbml + "sbml", new XAttribute("level", 3), new XAttribute("version", 2), m));
        }

        private XElement UnitDefinition(UnitDefinition u) => new(
            s_sbml + "unitDefinition",
            new XAttribute("id", u.Id),
            Optional("name", u.Name),
            Notes(u),
            List("listOfUnits", u.Factors.Select(f => new XElement(
                s_sbml + "unit",
                new XAttribute("kind", f.Kind),
                new XAttribute("exponent", Number(f.Exponent)),
                new XAttribute("scale", f.Scale.ToString(CultureInfo.InvariantCulture)),
                new XAttribute("multiplier", Number(f.Multiplier))))));

        private XElement Parameter(Parameter p, string element, string label, bool withConstant) => new(
            s_sbml + element,
            new XAttribute("id", p.Id),
            Optional("name", p.Name),
            p.Value is { } value ? new XAttribute("value", Number(value)) : null,
            Unit("units", p.Units, label),
            withConstant ? new XAttribute("constant", Bool(p.Constant)) : null,
            Notes(p));

        private static XElement Rule(Rule rule) => rule switch
        {
            AssignmentRule a => new XElement(s_sbml + "assignmentRule", new XAttribute("variable", a.Variable), Notes(a), MathMLWriter.Math(a.Math)),
            RateRule r => new XElement(s_sbml + "rateRule", new XAttribute("variable", r.Variable), Notes(r), MathMLWriter.Math(r.Math)),
            _ => new XElement(s_sbml + "algebraicRule", Notes(rule), MathMLWriter.Math(rule.Math)),
        };

        private XElement Reaction(Reaction r) => new(
            s_sbml + "reaction",
            new XAttribute("id", r.Id),
            Optional("name", r.Name),
            new XAttribute("reversible", Bool(r.Reversible)),
            Optional("compartment", r.Compartment),
            Notes(r),
            List("listOfReactants", r.Reactants.Select(sr => SpeciesReference(r, sr))),
            List("listOfProducts", r.Products.Select(sr => SpeciesReference(r, sr))),
            List("listOfModifiers", r.Modifiers.Select(m => new XElement(s_sbml + "modifierSpeciesReference", new XAttribute("species", m)))),
            r.KineticLaw is { } law
                ? new XElement(
                    s_sbml + "kineticLaw",
                    Notes(law),
                    MathMLWriter.Math(law.Math),
                    List("listOfLocalParameters", law.LocalParameters.Select(p => Parameter(p, "localParameter", $"local parameter '{p.Id}' of reaction '{r.Id}'", withConstant: false))))
                : null);

        private XElement SpeciesReference(Reaction r, SpeciesReference sr)
        {
            var id = sr.Id;
            var constant = sr.Constant;
            if (sr.StoichiometryMath is { } math)
            {
                id ??= FreshId($"{r.Id}_{sr.Species}_stoichiometry");
                constant = false;
                _extraRules.Add(new XElement(s_sbml + "assignmentRule", new XAttribute("variable", id), MathMLWriter.Math(math)));
            }

            return new XElement(
                s_sbml + "speciesReference",
                Optional("id", id),
                Optional("name", sr.Name),
                new XAttribute("species", sr.Species),
                sr.StoichiometryMath is null && sr.Stoichiometry is { } s ? new XAttribute("stoichiometry", Number(s)) : null,
                new XAttribute("constant", Bool(constant)),
                Notes(sr));
        }

        private static XElement Event(ModelEvent e) => new(
            s_sbml + "event",
            Optional("id", e.Id),
            Optional("name", e.Name),
            new XAttribute("useValuesFromTriggerTime", Bool(e.UseValuesFromTriggerTime)),
            Notes(e),
            new XElement(
                s_sbml + "trigger",
                new XAttribute("initialValue", Bool(e.Trigger.InitialValue)),
                new XAttribute("persistent", Bool(e.Trigger.Persistent)),
                MathMLWriter.Math(e.Trigger.Math, boolean: true)),
            e.Priority is null ? null : new XElement(s_sbml + "priority", MathMLWriter.Math(e.Priority)),
            e.Delay is null ? null : new XElement(s_sbml + "delay", MathMLWriter.Math(e.Delay)),
            List("listOfEventAssignments", e.Assignments.Select(a => new XElement(
                s_sbml + "eventAssignment",
                new XAttribute("variable", a.Variable),
                Notes(a),
                MathMLWriter.Math(a.Math)))));

        private XAttribute? Unit(string attribute, string? unit, string label)
        {
            if (unit is null)
            {
                return null;
            }

            if (_unitIds.Contains(unit) || s_baseUnits.Contains(unit))
            {
                return new XAttribute(attribute, unit);
            }

            Warnings.Add($"{label}: the unit '{unit}' is neither a unit definition nor an SBML base unit, so it is left out of {attribute}.");
            return null;
        }

        private string FreshId(string stem)
        {
            var id = stem;
            for (var k = 2; !_usedIds.Add(id); k++)
            {
                id = stem + "_" + k.ToString(CultureInfo.InvariantCulture);
            }

            return id;
        }

        private static HashSet<string> CollectIds(Model model)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            ids.UnionWith(model.Functions.Select(f => f.Id));
            ids.UnionWith(model.Compartments.Select(c => c.Id));
            ids.UnionWith(model.Species.Select(s => s.Id));
            ids.UnionWith(model.Parameters.Select(p => p.Id));
            foreach (var r in model.Reactions)
            {
                ids.Add(r.Id);
                ids.UnionWith(r.Reactants.Concat(r.Products).Where(sr => sr.Id is not null).Select(sr => sr.Id!));
            }

            ids.UnionWith(model.Events.Where(e => e.Id is not null).Select(e => e.Id!));
            return ids;
        }
    }

    private static XElement? List(string name, IEnumerable<XElement> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : new XElement(s_sbml + name, list);
    }

    private static XAttribute? Optional(string name, string? value) => value is null ? null : new XAttribute(name, value);

    private static XElement? Notes(ModelComponent component)
    {
        var paragraphs = new List<XElement>();
        if (component.Source is { Length: > 0 } source)
        {
            paragraphs.Add(new XElement(s_xhtml + "p", "Source: " + source));
        }

        if (component.Notes is { Length: > 0 } notes)
        {
            paragraphs.Add(new XElement(s_xhtml + "p", notes));
        }

        return paragraphs.Count == 0 ? null : new XElement(s_sbml + "notes", new XElement(s_xhtml + "body", paragraphs));
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Number(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "INF"
        : double.IsNegativeInfinity(value) ? "-INF"
        : value.ToString("R", CultureInfo.InvariantCulture);
}
