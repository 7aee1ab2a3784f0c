using Abscopal.Modeling.Text;
using Abscopal.Models.Documentation;

namespace Abscopal.Models.Tests.Documentation;

public class LatexFormatterTests
{
    [Theory]
    // Expected forms are standard LaTeX; each case checks one rule of the formatter.
    [InlineData("a/b", @"\frac{a}{b}")]
    [InlineData("alpha*T", @"\alpha \cdot T")]
    [InlineData("k_LN*W", @"k_{\mathrm{LN}} \cdot W")]
    [InlineData("kLN", @"\mathrm{kLN}")]
    [InlineData("a - (b + c)", @"a - \left(b + c\right)")]
    [InlineData("(a + b)*c", @"\left(a + b\right) \cdot c")]
    [InlineData("(a + b)^2", @"{\left(a + b\right)}^{2}")]
    [InlineData("exp(-k*time)", @"\exp\left(-k \cdot t\right)")]
    [InlineData("2.019e7", @"2.019 \times 10^{7}")]
    [InlineData("1e-9", @"10^{-9}")]
    [InlineData("0.1245", "0.1245")]
    [InlineData("piecewise(1, x > 2, 0)", @"\begin{cases} 1 & \text{if } x > 2 \\ 0 & \text{otherwise} \end{cases}")]
    public void Formats_Each_Construct_As_LaTeX(string infix, string latex)
    {
        // Given a formula in the text format
        var expr = ExpressionParser.Parse(infix);

        // When it is written as LaTeX
        var text = LatexFormatter.Format(expr);

        // Then it has the expected form
        Assert.Equal(latex, text);
    }
}
