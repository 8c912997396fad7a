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
        // A sample is enough to tell the two apart, and keeps this cheap on long texts.
        int en = 0, es = 0;
        var step = Math.Max(1, tokens.Count / 600);
        for (var i = 0; i < tokens.Count; i += step)
        {
            var w = tokens[i].Folded;
            if (w.Length > 4)
            {
                continue;
            }
            if (English.Contains(w))
            {
                en++;
            }
            if (Spanish.Contains(w))
            {
                es++;
            }
        }
        return es > en ? "es" : "en";
    }
}
