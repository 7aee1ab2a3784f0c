namespace Abscopal.Numerics.Ode.Internal;

/// <summary>
/// Coefficients of RODAS4, the stiffly accurate Rosenbrock 4(3) method of Hairer &amp; Wanner (<i>Solving ODEs II</i>,
/// 2nd ed., §VI.4, Table 4.3 and the RODAS code, METH = 1), in the transformed variables u_i = Σ_j γ_ij k_j
/// (ibid. §IV.7, eq. 7.4'), with the order-3 dense output of RODAS's CONTRO.
/// </summary>
/// <remarks>
/// Stage i solves (I/(hγ) − J) u_i = f(t + c_i h, y + Σ_j a_ij u_j) + Σ_j (c_ij / h) u_j + h d_i ∂f/∂t.
/// The solution is y + Σ_j a_6j u_j + u_6 with row 6 of A equal to row 5 plus a_65 = 1; u_6 is the error estimate.
/// Dense output: y(t + s h) = (1 − s) y_0 + s (y_1 + (1 − s)(Σ h2_j u_j + s Σ h3_j u_j)).
/// </remarks>
internal static class Rodas4Tableau
{
    public const double Gamma = 0.25;

    public const double C2 = 0.386;
    public const double C3 = 0.21;
    public const double C4 = 0.63;

    public const double D1 = 0.25;
    public const double D2 = -0.1043;
    public const double D3 = 0.1035;
    public const double D4 = -0.0362;

    public const double A21 = 1.544;
    public const double A31 = 0.9466785280815826;
    public const double A32 = 0.2557011698983284;
    public const double A41 = 3.314825187068521;
    public const double A42 = 2.896124015972201;
    public const double A43 = 0.9986419139977817;
    public const double A51 = 1.221224509226641;
    public const double A52 = 6.019134481288629;
    public const double A53 = 12.53708332932087;
    public const double A54 = -0.6878860361058950;

    public const double C21 = -5.6688;
    public const double C31 = -2.430093356833875;
    public const double C32 = -0.2063599157091915;
    public const double C41 = -0.1073529058151375;
    public const double C42 = -9.594562251023355;
    public const double C43 = -20.47028614809616;
    public const double C51 = 7.496443313967647;
    public const double C52 = -10.24680431464352;
    public const double C53 = -33.99990352819905;
    public const double C54 = 11.70890893206160;
    public const double C61 = 8.083246795921522;
    public const double C62 = -7.981132988064893;
    public const double C63 = -31.52159432874371;
    public const double C64 = 16.31930543123136;
    public const double C65 = -6.058818238834054;

    public const double H21 = 10.12623508344586;
    public const double H22 = -7.487995877610167;
    public const double H23 = -34.80091861555747;
    public const double H24 = -7.992771707568823;
    public const double H25 = 1.025137723295662;
    public const double H31 = -0.6762803392801253;
    public const double H32 = 6.087714651680015;
    public const double H33 = 16.43084320892478;
    public const double H34 = 24.76722511418386;
    public const double H35 = -6.594389125716872;

    /// <summary>The transformed tableau as arrays (tests only): A and C (6×6, strictly lower), c, d, γ.</summary>
    public static (double[,] A, double[,] C, double[] Nodes, double[] D, double Gamma) ToArrays()
    {
        double[,] a = new double[6, 6];
        a[1, 0] = A21;
        a[2, 0] = A31; a[2, 1] = A32;
        a[3, 0] = A41; a[3, 1] = A42; a[3, 2] = A43;
        a[4, 0] = A51; a[4, 1] = A52; a[4, 2] = A53; a[4, 3] = A54;
        a[5, 0] = A51; a[5, 1] = A52; a[5, 2] = A53; a[5, 3] = A54; a[5, 4] = 1;
        double[,] c = new double[6, 6];
        c[1, 0] = C21;
        c[2, 0] = C31; c[2, 1] = C32;
        c[3, 0] = C41; c[3, 1] = C42; c[3, 2] = C43;
        c[4, 0] = C51; c[4, 1] = C52; c[4, 2] = C53; c[4, 3] = C54;
        c[5, 0] = C61; c[5, 1] = C62; c[5, 2] = C63; c[5, 3] = C64; c[5, 4] = C65;
        return (a, c, [0, C2, C3, C4, 1, 1], [D1, D2, D3, D4, 0, 0], Gamma);
    }
}
