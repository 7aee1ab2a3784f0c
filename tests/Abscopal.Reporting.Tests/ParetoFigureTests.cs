namespace Abscopal.Reporting.Tests;

public class ParetoFigureTests
{
    [Fact]
    public void A_Pareto_Figure_Draws_One_Panel_With_Its_Labels_And_Legend()
    {
        // Given plans as (ALC nadir, objective) points, the standard plans, and the front
        var plans = new ScatterSeries("ranked plans", [900, 1100, 1200], [0.6, 0.5, 0.3]);
        var standards = new ScatterSeries("standard plans", [1000], [0.4]);
        var front = new ScatterSeries("Pareto front", [1300, 800], [0.2, 0.7]);

        // When drawn
        var figure = Figures.Pareto([plans, standards], front, new AxisText("Efficacy against toxicity", "Mean ALC nadir (cells/µL)", "P(abscopal response)"));
        var svg = SvgFigure.Parse(figure.ToSvg());
        var texts = svg.Texts.Select(t => t.Text).ToArray();

        // Then one data area, the title, both axis labels and every legend entry are in the SVG
        Assert.Single(svg.DataAreas);
        Assert.Equal("Efficacy against toxicity", svg.Title);
        Assert.Contains("Mean ALC nadir (cells/µL)", texts);
        Assert.Contains("P(abscopal response)", texts);
        Assert.Contains("Pareto front", texts);
        Assert.Contains("standard plans", texts);
        Assert.Contains("Pareto front", figure.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Ragged_Series_Are_Refused_With_Their_Name()
    {
        // Given a front with two x and one y, When drawn, Then the error names it
        var error = Assert.Throws<ArgumentException>(() => Figures.Pareto([new("plans", [1], [1])], new ScatterSeries("front", [1, 2], [1]), new AxisText("t", "x", "y")));
        Assert.Contains("front", error.Message, StringComparison.Ordinal);
    }
}
