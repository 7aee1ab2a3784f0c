using Abscopal.Numerics.LinearAlgebra;

namespace Abscopal.Numerics.Ode;

/// <summary>Optional companion to <see cref="IOdeSystem"/> that states which Jacobian entries ∂f_i/∂y_j can be non-zero.</summary>
/// <remarks>
/// The stiff solvers factorise I/(hγ) − J on this pattern (<see cref="OdeOptions.SparseLinearAlgebra"/>) when the
/// factors stay sparse, instead of as a dense matrix; every entry outside the pattern must be exactly zero in
/// <see cref="IOdeSystem.Jacobian"/>.
/// </remarks>
public interface IOdeJacobianSparsity
{
    /// <summary>The structurally non-zero entries of the Jacobian (dimension = <see cref="IOdeSystem.Dimension"/>).</summary>
    SparsityPattern JacobianSparsity { get; }
}
