namespace Abscopal.Reporting.Tests;

/// <summary>Every recipe by name, with the axis labels a reader must find on it.</summary>
internal static class FigureGallery
{
    public static readonly string[] Names = ["lesions", "immune", "spider", "waterfall", "swimmer", "km", "tornado", "scatter", "uncertainty"];

    public static Figure Make(string name) => name switch
    {
        "lesions" => Figures.LesionTrajectories(Recipes.Lesions(), Recipes.Marks),
        "immune" => Figures.ImmunePanel(Recipes.Immune(), Recipes.Marks),
        "spider" => Figures.Spider(Recipes.Spider()),
        "waterfall" => Figures.Waterfall(Recipes.Waterfall()),
        "swimmer" => Figures.Swimmer(Recipes.Swimmer()),
        "km" => Figures.KaplanMeier(Recipes.KaplanMeier(), "Remission"),
        "tornado" => Figures.Tornado(Recipes.Tornado(), 0.34, "Probability of abscopal response"),
        "scatter" => Figures.Scatter(Recipes.Scatter(), new AxisText("Biomarker against response", "Tumour mutational burden (mut/Mb)", "Abscopal shrinkage (fraction)")),
        "uncertainty" => Figures.Uncertainty(Recipes.Uncertainty(), "Unirradiated lesion volume (mm³)"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    public static string[] AxisLabels(string name) => name switch
    {
        "lesions" => ["Tumour volume (mm³)", "Time (days)"],
        "immune" => ["Effector T cells (cells)", "PD-L1 (fraction of tumour cells)", "ALC (cells/µL)", "Time (days)"],
        "spider" => ["Change in sum of diameters from baseline (%)", "Time (days)"],
        "waterfall" => ["Best change in sum of diameters (%)", "Patients, ordered by best change"],
        "swimmer" => ["Time on study (days)"],
        "km" => ["Remission (probability)", "Time (days)", "Number at risk"],
        "tornado" => ["Probability of abscopal response"],
        "scatter" => ["Tumour mutational burden (mut/Mb)", "Abscopal shrinkage (fraction)"],
        "uncertainty" => ["Unirradiated lesion volume (mm³)", "Time (days)"],
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>Writes every figure as PNG and SVG to a folder for a person to look at (tests/…/bin is not kept).</summary>
    public static string WriteAll()
    {
        string folder = Path.Combine(Path.GetTempPath(), "abscopal-figures");
        Directory.CreateDirectory(folder);
        foreach (string name in Names)
        {
            var figure = Make(name);
            File.WriteAllBytes(Path.Combine(folder, name + ".png"), figure.ToPng());
            File.WriteAllText(Path.Combine(folder, name + ".svg"), figure.ToSvg());
        }

        return folder;
    }
}
