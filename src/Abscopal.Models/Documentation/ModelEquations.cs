using Abscopal.Modeling;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Models.Documentation;

/// <summary>Collects a model's equations from its IR: rate rules, species balances from reactions, assignment and algebraic rules.</summary>
public static class ModelEquations
{
    /// <summary>The equations of <paramref name="model"/>: differential first (species in declaration order, then rate rules), then assignments, then algebraic rules.</summary>
    public static IReadOnlyList<ModelEquation> Of(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var equations = new List<ModelEquation>();
        foreach (var species in model.Species)
        {
            var balance = SpeciesBalance(model, species);
            if (balance is not null)
            {
                equations.Add(new ModelEquation(species.Id, EquationKind.Differential, balance, species.Source));
            }
        }

        foreach (var rule in model.Rules.OfType<RateRule>())
        {
            equations.Add(new ModelEquation(rule.Variable, EquationKind.Differential, rule.Math, rule.Source));
        }

        foreach (var rule in model.Rules.OfType<AssignmentRule>())
        {
            equations.Add(new ModelEquation(rule.Variable, EquationKind.Assignment, rule.Math, rule.Source));
        }

        foreach (var rule in model.Rules.OfType<AlgebraicRule>())
        {
            equations.Add(new ModelEquation(string.Empty, EquationKind.Algebraic, rule.Math, rule.Source));
        }

        return equations;
    }

    /// <summary>The rate of change of a species from the reactions it takes part in (in concentration when its symbol means a concentration), or null when reactions do not change it.</summary>
    private static Expr? SpeciesBalance(Model model, Species species)
    {
        if (species.BoundaryCondition || species.Constant)
        {
            return null;
        }

        Expr? sum = null;
        foreach (var reaction in model.Reactions)
        {
            if (reaction.KineticLaw is null)
            {
                continue;
            }

            foreach (var (reference, sign) in reaction.Reactants.Select(r => (r, -1.0)).Concat(reaction.Products.Select(p => (p, 1.0))))
            {
                if (reference.Species != species.Id)
                {
                    continue;
                }

                Expr term = Stoichiometry(reference) is { } stoichiometry ? stoichiometry * reaction.KineticLaw.Math : reaction.KineticLaw.Math;
                sum = sum is null ? (sign < 0 ? -term : term) : (sign < 0 ? sum - term : sum + term);
            }
        }

        if (sum is null)
        {
            return null;
        }

        var compartment = model.Compartments.FirstOrDefault(c => c.Id == species.Compartment);
        var unitSize = compartment is { Constant: true, Size: 1.0 };
        return species.HasOnlySubstanceUnits || unitSize ? sum : sum / Expr.Symbol(species.Compartment);
    }

    private static Expr? Stoichiometry(SpeciesReference reference) =>
        reference.StoichiometryMath is { } math ? math
        : reference.Stoichiometry is { } value ? (value == 1.0 ? null : Expr.Constant(value))
        : reference.Id is { } id ? Expr.Symbol(id)
        : null;
}
