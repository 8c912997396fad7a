using AmnestyArchive.Web.Importing;

namespace AmnestyArchive.Web.Editing;

/// <summary>
/// URL segments from names and labels: <c>Article 2(4)</c> becomes <c>article-2-4</c>. The same
/// rule as the importer's (<see cref="PublicIds.Slug"/>), so an editor's provision or person
/// meets the one the importer made; never empty.
/// </summary>
public static class SlugText
{
    public static string From(string text, int maxLength = 200) =>
        PublicIds.Slug(text, maxLength) is { Length: > 0 } slug ? slug : "x";
}
