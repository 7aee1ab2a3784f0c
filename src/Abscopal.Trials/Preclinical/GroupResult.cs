using System.Collections.Immutable;
using Abscopal.Numerics.Statistics;

namespace Abscopal.Trials.Preclinical;

/// <summary>The result of one group of a mouse experiment: animals, responders with their exact interval, and growth curves.</summary>
/// <param name="Name">Group (arm) name.</param>
/// <param name="Animals">Animals simulated (solver failures excluded).</param>
/// <param name="Responders">Responders with the Clopper–Pearson 95% interval, or null without a responder rule.</param>
/// <param name="Growth">Mean ± SD volume of each tumour per assessment day.</param>
public sealed record GroupResult(string Name, long Animals, ProportionEstimate? Responders, ImmutableArray<GrowthCurve> Growth);
