using AmnestyArchive.Web.Editing;

namespace AmnestyArchive.Web.Tests.Editing;

public sealed class VocabularyCsvTests
{
    [Fact]
    public void Parse_ReadsQuotedFieldsWithCommasQuotesAndNewlines()
    {
        var (rows, errors) = VocabularyCsv.Parse(
            "\uFEFFvocabulary,slug,label,label_es,parent_slug,scope_note\n" +
            "rights,torture,\"Torture, and ill-treatment\",,,\"He said \"\"no\"\"\r\nand left\"\n");
        Assert.Empty(errors);
        var row = Assert.Single(rows);
        Assert.Equal("Torture, and ill-treatment", row.Label);
        Assert.Equal("He said \"no\"\r\nand left", row.ScopeNote);
        Assert.Null(row.LabelEs);
    }

    [Theory]
    [InlineData("vocabulary,slug,label,label_es,parent_slug,scope_note\nrights,Torture,Torture,,,\n", "lower-case")]
    [InlineData("vocabulary,slug,label,label_es,parent_slug,scope_note\nrights,torture,,,,\n", "required")]
    [InlineData("vocabulary,slug,label,label_es,parent_slug,scope_note\nrights,torture,Torture\n", "expected 6 columns")]
    [InlineData("vocabulary,slug,label,label_es,parent_slug,scope_note\nrights,torture,Torture,,torture,\n", "own parent")]
    [InlineData("vocabulary,slug,label,label_es,parent_slug,scope_note\nrights,a,A,,,\nrights,a,A,,,\n", "twice")]
    [InlineData("vocabulary,slug,label,label_es,parent_slug,scope_note\nrights,a,\"A,,,\n", "not closed")]
    public void Parse_ReportsBadLines(string csv, string expected)
    {
        var (_, errors) = VocabularyCsv.Parse(csv);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Article 2(4)", "article-2-4")]
    [InlineData("Agnès Callamard", "agnes-callamard")]
    [InlineData("  UN Charter — Art. 51 ", "un-charter-art-51")]
    [InlineData("¡!", "x")]
    public void SlugText_From_MakesUrlSegments(string text, string slug) => Assert.Equal(slug, SlugText.From(text));

    [Fact]
    public void RevisionHash_SeparatesBodyFromSnapshot()
    {
        Assert.NotEqual(RevisionSnapshot.Hash("ab", "c"), RevisionSnapshot.Hash("a", "bc"));
        Assert.Equal(64, RevisionSnapshot.Hash("", "{}").Length);
    }
}
