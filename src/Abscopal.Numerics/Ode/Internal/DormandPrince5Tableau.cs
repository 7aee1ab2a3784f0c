namespace Abscopal.Numerics.Ode.Internal;

/// <summary>
/// Coefficients of the Dormand–Prince 5(4) pair (Dormand &amp; Prince 1980, J. Comput. Appl. Math. 6:19–26,
/// doi:10.1016/0771-050X(80)90013-3), its error weights, and Shampine's order-4 continuous extension
/// (Shampine 1986, Math. Comp. 46:135–150, doi:10.1090/S0025-5718-1986-0815836-3), in the form of Hairer's DOPRI5
/// (Hairer, Nørsett &amp; Wanner, <i>Solving ODEs I</i>, §II.5 and §II.6).
/// </summary>
internal static class DormandPrince5Tableau
{
    public const double C2 = 1.0 / 5.0;
    public const double C3 = 3.0 / 10.0;
    public const double C4 = 4.0 / 5.0;
    public const double C5 = 8.0 / 9.0;

    public const double A21 = 1.0 / 5.0;
    public const double A31 = 3.0 / 40.0;
    public const double A32 = 9.0 / 40.0;
    public const double A41 = 44.0 / 45.0;
    public const double A42 = -56.0 / 15.0;
    public const double A43 = 32.0 / 9.0;
    public const double A51 = 19372.0 / 6561.0;
    public const double A52 = -25360.0 / 2187.0;
    public const double A53 = 64448.0 / 6561.0;
    public const double A54 = -212.0 / 729.0;
    public const double A61 = 9017.0 / 3168.0;
    public const double A62 = -355.0 / 33.0;
    public const double A63 = 46732.0 / 5247.0;
    public const double A64 = 49.0 / 176.0;
    public const double A65 = -5103.0 / 18656.0;

    // Fifth-order weights; the 7th stage (FSAL) has weight 0 and row A7 = B.
    public const double B1 = 35.0 / 384.0;
    public const double B3 = 500.0 / 1113.0;
    public const double B4 = 125.0 / 192.0;
    public const double B5 = -2187.0 / 6784.0;
    public const double B6 = 11.0 / 84.0;

    // Error weights E = B − B̂ (B̂ the fourth-order embedded weights, including stage 7).
    public const double E1 = 71.0 / 57600.0;
    public const double E3 = -71.0 / 16695.0;
    public const double E4 = 71.0 / 1920.0;
    public const double E5 = -17253.0 / 339200.0;
    public const double E6 = 22.0 / 525.0;
    public const double E7 = -1.0 / 40.0;

    // Shampine's dense-output coefficients as used by DOPRI5's CONTD5.
    public const double D1 = -12715105075.0 / 11282082432.0;
    public const double D3 = 87487479700.0 / 32700410799.0;
    public const double D4 = -10690763975.0 / 1880347072.0;
    public const double D5 = 701980252875.0 / 199316789632.0;
    public const double D6 = -1453857185.0 / 822651844.0;
    public const double D7 = 69997945.0 / 29380423.0;

    /// <summary>Builds the full 7-stage tableau as arrays (tests only): A (7×7), fifth-order b, embedded b̂, c.</summary>
    public static (double[,] A, double[] B, double[] BHat, double[] C) ToArrays()
    {
        double[,] a = new double[7, 7];
        a[1, 0] = A21;
        a[2, 0] = A31; a[2, 1] = A32;
        a[3, 0] = A41; a[3, 1] = A42; a[3, 2] = A43;
        a[4, 0] = A51; a[4, 1] = A52; a[4, 2] = A53; a[4, 3] = A54;
        a[5, 0] = A61; a[5, 1] = A62; a[5, 2] = A63; a[5, 3] = A64; a[5, 4] = A65;
        a[6, 0] = B1; a[6, 2] = B3; a[6, 3] = B4; a[6, 4] = B5; a[6, 5] = B6;
        double[] b = [B1, 0, B3, B4, B5, B6, 0];
        double[] e = [E1, 0, E3, E4, E5, E6, E7];
        double[] bHat = new double[7];
        for (int i = 0; i < 7; i++)
        {
            bHat[i] = b[i] - e[i];
        }

        double[] c = [0, C2, C3, C4, C5, 1, 1];
        return (a, b, bHat, c);
    }
}
