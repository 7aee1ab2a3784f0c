namespace Abscopal.Reporting.Html;

/// <summary>State shared while sections render: the running figure number.</summary>
internal sealed class ReportRenderContext
{
    private int _figures;

    public int NextFigureNumber() => ++_figures;
}
