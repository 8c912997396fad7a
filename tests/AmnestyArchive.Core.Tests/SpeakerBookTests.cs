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
        Assert.Equal("Edith Olivares Ferreto", book.Resolve("Olivares Ferreto", null));
        Assert.Equal("Edith Olivares Ferreto", book.Resolve("Sra. Olivares Ferreto", null));
        Assert.Equal("Amnesty International's Director", book.RoleOf("Edith Olivares Ferreto"));
        // Part of a surname is not the surname, and a name that only ends like another is not it.
        Assert.Equal("Oliva", book.Resolve("Oliva", null));
        Assert.Equal("Oliva", book.Last);
        Assert.Equal("Ares Ferreto", book.Resolve("Ares Ferreto", null));
    }

    [Fact]
    public void Resolve_KeepsAnEmptyName_WithoutFailing()
    {
        var book = new SpeakerBook();
        Assert.Equal("", book.Resolve(" ", null));
        Assert.Equal("Roth", book.Resolve("Roth", null));
    }
}
