using Abscopal.Numerics.Statistics;

namespace Abscopal.Trials.Populations;

/// <summary>One evaluation of a calibration: the response of the virtual pool at a log-scale shift of the calibrated hyperparameter.</summary>
/// <param name="LogShift">Natural-log shift of the population median (0 = uncalibrated).</param>
/// <param name="Response">Objective response of the pool at that shift (Wilson 95%).</param>
public readonly record struct ResponseAtShift(double LogShift, ProportionEstimate Response);
