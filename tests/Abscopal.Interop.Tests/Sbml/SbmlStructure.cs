using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Abscopal.Interop.Tests.Sbml;

/// <summary>
/// Structural checks of an SBML Level 3 Version 2 core document, written from the specification (Hucka et al. 2019,
/// "SBML Level 3 Version 2 Core", J Integr Bioinform 16(2):20190021): the order of the model's lists (§4.2), the required
/// attributes of each component (§4.4–§4.12 UML diagrams), the SId syntax (§3.1.7), unique ids and resolvable references.
/// No XML Schema or libSBML is available offline, so this is the test's own reading of the specification.
/// </summary>
internal static partial class SbmlStructure
{
    private static readonly XNamespace s_core = "http://www.sbml.org/sbml/level3/version2/core";
    private static readonly XNamespace s_mathml = "http://www.w3.org/1998/Math/MathML";

    private static readonly string[] s_listOrder =
    [
        "listOfFunctionDefinitions", "listOfUnitDefinitions", "listOfCompartments", "listOfSpecies", "listOfParameters",
        "listOfInitialAssignments", "listOfRules", "listOfConstraints", "listOfReactions", "listOfEvents",
    ];

    private static readonly Dictionary<string, string[]> s_required = new(StringComparer.Ordinal)
    {
        ["functionDefinition"] = ["id"],
        ["unitDefinition"] = ["id"],
        ["unit"] = ["kind", "exponent", "scale", "multiplier"],
        ["compartment"] = ["id", "constant"],
        ["species"] = ["id", "compartment", "hasOnlySubstanceUnits", "boundaryCondition", "constant"],
        ["parameter"] = ["id", "constant"],
        ["localParameter"] = ["id"],
        ["initialAssignment"] = ["symbol"],
        ["assignmentRule"] = ["variable"],
        ["rateRule"] = ["variable"],
        ["reaction"] = ["id", "reversible"],
        ["speciesReference"] = ["species", "constant"],
        ["modifierSpeciesReference"] = ["species"],
        ["event"] = ["useValuesFromTriggerTime"],
        ["trigger"] = ["initialValue", "persistent"],
        ["eventAssignment"] = ["variable"],
    };

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex SId();

    /// <summary>Every violation found, one line each; empty for a structurally valid document.</summary>
    public static List<string> Violations(string xml)
    {
        var problems = new List<string>();
        var root = XDocument.Parse(xml).Root!;
        if (root.Name != s_core + "sbml" || (string?)root.Attribute("level") != "3" || (string?)root.Attribute("version") != "2")
        {
            problems.Add($"root is {root.Name} level {(string?)root.Attribute("level")} version {(string?)root.Attribute("version")}, not L3V2 <sbml>");
            return problems;
        }

        var model = root.Element(s_core + "model");
        if (model is null)
        {
            problems.Add("no <model>");
            return problems;
        }

        var lists = model.Elements().Where(e => e.Name.LocalName.StartsWith("listOf", StringComparison.Ordinal)).Select(e => Array.IndexOf(s_listOrder, e.Name.LocalName)).ToList();
        if (lists.Contains(-1) || !lists.SequenceEqual(lists.Order()))
        {
            problems.Add("the model's lists are not in the order of §4.2: " + string.Join(", ", model.Elements().Select(e => e.Name.LocalName)));
        }

        var globalIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in model.Descendants().Where(e => e.Name.Namespace == s_core))
        {
            if (s_required.TryGetValue(e.Name.LocalName, out var required))
            {
                problems.AddRange(required.Where(a => e.Attribute(a) is null).Select(a => $"<{e.Name.LocalName}> '{(string?)e.Attribute("id")}' lacks the required attribute '{a}'"));
            }

            if ((string?)e.Attribute("id") is { } id)
            {
                if (!SId().IsMatch(id))
                {
                    problems.Add($"'{id}' is not an SId");
                }

                if (e.Name.LocalName != "localParameter" && !globalIds.Add(id))
                {
                    problems.Add($"the id '{id}' is declared twice");
                }
            }

            if (e.Name.LocalName == "math")
            {
                problems.Add("a <math> element is in the SBML namespace instead of MathML's");
            }
        }

        var defined = globalIds;
        void Resolve(string element, string attribute)
        {
            foreach (var e in model.Descendants(s_core + element))
            {
                if ((string?)e.Attribute(attribute) is { } target && !defined.Contains(target))
                {
                    problems.Add($"<{element}> {attribute}='{target}' refers to nothing");
                }
            }
        }

        Resolve("species", "compartment");
        Resolve("speciesReference", "species");
        Resolve("modifierSpeciesReference", "species");
        Resolve("initialAssignment", "symbol");
        Resolve("assignmentRule", "variable");
        Resolve("rateRule", "variable");
        Resolve("eventAssignment", "variable");
        foreach (var ci in model.Descendants(s_mathml + "ci"))
        {
            var name = ci.Value.Trim();
            var boundInLambda = ci.Ancestors(s_mathml + "lambda").Any(l => l.Elements(s_mathml + "bvar").Any(b => b.Value.Trim() == name));
            var local = ci.Ancestors(s_core + "kineticLaw").Any(k => k.Descendants(s_core + "localParameter").Any(p => (string?)p.Attribute("id") == name));
            if (!defined.Contains(name) && !boundInLambda && !local)
            {
                problems.Add($"<ci>{name}</ci> refers to nothing");
            }
        }

        return problems;
    }
}
