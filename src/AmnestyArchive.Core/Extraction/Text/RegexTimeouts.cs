using System.Text.RegularExpressions;

namespace AmnestyArchive.Core.Extraction.Text;

/// <summary>
/// The extractor's source-generated regular expressions all carry this match timeout, and are run
/// through these helpers: a match that runs out of time counts as no match, so hostile text can
/// cost at most the timeout and never loses the rest of the extraction.
/// </summary>
internal static class RegexTimeouts
{
    /// <summary>Far above what any of the short windows they are run on takes (microseconds).</summary>
    public const int Milliseconds = 250;

    public static Match Match(Regex regex, string text)
    {
        try
        {
            return regex.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }

    public static Match Match(Regex regex, string text, int start, int length)
    {
        try
        {
            return regex.Match(text, start, length);
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }

    public static Match Next(Match match)
    {
        try
        {
            return match.NextMatch();
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }

    public static bool IsMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
