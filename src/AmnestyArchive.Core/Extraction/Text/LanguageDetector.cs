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

    // Registered as flags, so that counting is a bit test per sampled word.
    private static readonly bool Registered = Register();

    private static bool Register()
    {
        foreach (var w in English)
        {
            Lexicon.Register(w, WordFlags.EnglishFunction);
        }
        foreach (var w in Spanish)
        {
            Lexicon.Register(w, WordFlags.SpanishFunction);
        }
        return true;
    }

    public static string Detect(List<Token> tokens)
    {
        // A sample is enough to tell the two apart, and keeps this cheap on long texts.
        int en = 0, es = 0;
        var step = Math.Max(1, tokens.Count / 600);
        for (var i = 0; i < tokens.Count; i += step)
        {
            var flags = tokens[i].Flags;
            if ((flags & WordFlags.EnglishFunction) != 0)
            {
                en++;
            }
            if ((flags & WordFlags.SpanishFunction) != 0)
            {
                es++;
            }
        }
        return es > en ? "es" : "en";
    }
}
