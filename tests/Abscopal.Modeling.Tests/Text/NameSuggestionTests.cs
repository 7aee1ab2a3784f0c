using Abscopal.Modeling.Text;

namespace Abscopal.Modeling.Tests.Text;

public class NameSuggestionTests
{
    [Theory]
    // The textbook pairs: kitten → sitting takes 3 edits (k→s, e→i, +g); flaw → lawn 2; identical strings 0; to or from "" the length.
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("kdif", "kdif", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    public void Levenshtein_Counts_Single_Character_Edits(string a, string b, int expected)
    {
        Assert.Equal(expected, NameSuggestion.Levenshtein(a, b));
        Assert.Equal(expected, NameSuggestion.Levenshtein(b, a));
    }

    [Fact]
    public void The_Nearest_Name_Is_Suggested_Within_The_Edit_Limit_And_Case_Is_Ignored()
    {
        string[] known = ["TNBC", "HR+/HER2-", "HER2+"];

        // One substitution; a case-only difference counts as no edit; "tnbc" is not an exact (ordinal) match, so it is suggested
        Assert.Equal("TNBC", NameSuggestion.Nearest("TNBS", known));
        Assert.Equal("TNBC", NameSuggestion.Nearest("tnbc", known));

        // A prefix of a long name counts as one edit (command-line abbreviations): "pembro" → "pembrolizumab"
        Assert.Equal("pembrolizumab", NameSuggestion.Nearest("pembro", ["nivolumab", "pembrolizumab"]));

        // Too far: "q" → "a" is 1 edit but the whole name; "kidney" is ≥ 4 edits from every site
        Assert.Null(NameSuggestion.Nearest("q", ["a"]));
        Assert.Null(NameSuggestion.Nearest("kidney", ["breast", "liver", "lung", "bone", "brain"]));

        // Ties go to the earlier name; an exact match is not a suggestion
        Assert.Equal("kLN", NameSuggestion.Nearest("kLM", ["kLN", "kLO"]));
        Assert.Null(NameSuggestion.Nearest("kLN", ["kLN"]));
        Assert.Equal("; did you mean 'kdif'?", NameSuggestion.DidYouMean("kdf", ["kpro", "kdif"]));
        Assert.Equal(string.Empty, NameSuggestion.DidYouMean("zzz", ["kpro", "kdif"]));
    }
}
