namespace AmnestyArchive.Core.Extraction.Text;

/// <summary>Tells English from Spanish by their commonest function words, which is reliable on
/// a paragraph or more and needs no model.</summary>
internal static class LanguageDetector
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "are", "by", "it", "have", "has", "said", "this", "be", "not",
    };

    private static readonly HashSet<string> Spanish = new(StringComparer.Ordinal)
    {
        "el", "la", "los", "las", "de", "del", "que", "y", "en", "es", "por", "para", "con", "una", "un", "ha", "se", "su", "al", "como",
    };

    public static string Detect(IReadOnlyList<Token> tokens)
    {
        int en = 0, es = 0;
        foreach (var t in tokens)
        {
            if (English.Contains(t.Folded))
            {
                en++;
            }
            if (Spanish.Contains(t.Folded))
            {
                es++;
            }
        }
        return es > en ? "es" : "en";
    }
}
