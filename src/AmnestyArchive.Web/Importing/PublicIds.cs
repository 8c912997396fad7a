using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AmnestyArchive.Web.Importing;

/// <summary>Short permanent ids (<c>/q/k3x9p7m</c>) and URL slugs.</summary>
public static class PublicIds
{
    // No 0/o, 1/i/l: ids are read aloud and typed from print.
    private const string Alphabet = "23456789abcdefghjkmnpqrstuvwxyz";

    /// <summary>A new random id of 7 characters (31^7 ≈ 27 billion); a unique index catches the rare clash.</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, 7);

    /// <summary>A lower-case ASCII slug: accents folded, anything else a hyphen.</summary>
    public static string Slug(string text, int maxLength = 80)
    {
        var folded = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        if (result.Length > maxLength)
        {
            result = result[..maxLength].TrimEnd('-');
        }

        return result.Length == 0 ? "x" : result;
    }
}
