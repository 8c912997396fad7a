using System.Globalization;
using System.Text;

namespace AmnestyArchive.Web.Editing;

/// <summary>URL segments from names and labels: <c>Article 2(4)</c> becomes <c>article-2-4</c>.</summary>
public static class SlugText
{
    public static string From(string text, int maxLength = 120)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        var result = slug.Length > maxLength ? slug.ToString(0, maxLength).TrimEnd('-') : slug.ToString();
        return result.Length == 0 ? "x" : result;
    }
}
