namespace Abscopal.Planning.Results;

/// <summary>A constraint that ruled out plans: which one, for what, and by how much the best attempt misses it.</summary>
/// <param name="Constraint">The constraint key, e.g. "alc_nadir_min_per_uL" or "liver1:stomach_dmax_gy".</param>
/// <param name="What">The plans it rules out, e.g. "liver1 in 1 fraction" or "every candidate".</param>
/// <param name="Shortfall">How far the least-violating choice is from the limit, in <paramref name="Unit"/> (&gt; 0).</param>
/// <param name="Unit">"Gy" or "cells/µL".</param>
/// <param name="Message">One sentence for people.</param>
public sealed record Infeasibility(string Constraint, string What, double Shortfall, string Unit, string Message);
