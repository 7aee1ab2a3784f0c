namespace Abscopal.Reporting;

/// <summary>
/// The Okabe–Ito colour-blind-safe palette (Okabe M, Ito K. Color Universal Design (CUD): how to make figures and
/// presentations that are friendly to colorblind people. J*Fly, 2002/2008), as #RRGGBB; distinguishable under
/// protanopia, deuteranopia and tritanopia.
/// </summary>
public static class OkabeIto
{
    /// <summary>Black, #000000.</summary>
    public const string Black = "#000000";

    /// <summary>Orange, #E69F00.</summary>
    public const string Orange = "#E69F00";

    /// <summary>Sky blue, #56B4E9.</summary>
    public const string SkyBlue = "#56B4E9";

    /// <summary>Bluish green, #009E73.</summary>
    public const string BluishGreen = "#009E73";

    /// <summary>Yellow, #F0E442.</summary>
    public const string Yellow = "#F0E442";

    /// <summary>Blue, #0072B2.</summary>
    public const string Blue = "#0072B2";

    /// <summary>Vermillion, #D55E00.</summary>
    public const string Vermillion = "#D55E00";

    /// <summary>Reddish purple, #CC79A7.</summary>
    public const string ReddishPurple = "#CC79A7";

    /// <summary>Grey for neutral categories, #999999 (the grey that accompanies the palette in its published form).</summary>
    public const string Grey = "#999999";

    /// <summary>The order in which series take colours: yellow last (weak on white) and black kept for reference lines.</summary>
    public static IReadOnlyList<string> SeriesOrder { get; } = [Blue, Orange, BluishGreen, Vermillion, SkyBlue, ReddishPurple, Black, Yellow];

    /// <summary>The colour of a RECIST category: CR blue, PR bluish green, SD grey, PD vermillion, NE sky blue.</summary>
    public static string ForRecist(RecistCategory category) => category switch
    {
        RecistCategory.CompleteResponse => Blue,
        RecistCategory.PartialResponse => BluishGreen,
        RecistCategory.StableDisease => Grey,
        RecistCategory.ProgressiveDisease => Vermillion,
        _ => SkyBlue,
    };
}
