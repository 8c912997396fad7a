using AmnestyArchive.Core.Extraction.Quotes;

namespace AmnestyArchive.Core.Tests;

public sealed class SpeakerBookTests
{
    [Fact]
    public void Resolve_PointsASurnameOrHonorificBackToTheFullName()
    {
        var book = new SpeakerBook();
        Assert.Equal("Edith Olivares Ferreto", book.Resolve("Edith Olivares Ferreto", "Amnesty International's Director"));
        Assert.Equal("Kenneth Roth", book.Resolve("Kenneth Roth", null));
        Assert.Equal("Kenneth Roth", book.Resolve("Mr. Roth", null));
        Assert.Equal("Kenneth Roth", book.Resolve("ROTH", null));
        Assert.Equal("Edith Olivares Ferreto", book.Resolve("olivares", null));
        Assert.Equal("Edith Olivares Ferreto", book.Resolve("Ferreto", null));
        Assert.Equal("Amnesty International's Director", book.RoleOf("Edith Olivares Ferreto"));
        // Part of a surname is not the surname.
        Assert.Equal("Oliva", book.Resolve("Oliva", null));
        Assert.Equal("Oliva", book.Last);
    }

    [Fact]
    public void Resolve_KeepsAnEmptyName_WithoutFailing()
    {
        var book = new SpeakerBook();
        Assert.Equal("", book.Resolve(" ", null));
        Assert.Equal("Roth", book.Resolve("Roth", null));
    }
}
