using System.Runtime.InteropServices;
using AmnestyArchive.Core.Extraction.Quotes;
using AmnestyArchive.Core.Extraction.Text;

namespace AmnestyArchive.Core.Extraction.Demands;

/// <summary>A demand before original offsets are attached.</summary>
internal sealed record FoundDemand(int Start, int End, Actor Addressee, string? Speaker, int Block);

/// <summary>
/// Finds sentences that call on a named actor to act. Two shapes of cue: a modal whose subject
/// is an actor ("The authorities must ...", "Los gobiernos deben ..."), and a verb of asking
/// whose object is ("calls on the ICC to ...", "insta a ..."). Pronouns, bare "authorities" and
/// passive demands ("must be held accountable") take their addressee from context; impersonal
/// ones ("There must be ...") have none and are not demands.
/// </summary>
internal static class DemandDetector
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "los", "las", "el", "la", "these", "those", "both", "its", "their", "sus", "su",
    };

    private static readonly HashSet<string> Impersonal = new(StringComparer.Ordinal)
    {
        "there", "what", "which", "that", "who", "whoever", "nothing", "no", "nobody", "hay", "nadie", "nada", "que", "quien",
    };

    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "not", "now", "also", "immediately", "never", "urgently", "promptly", "therefore", "still", "no", "ya", "también", "inmediatamente", "be", "ser",
    };

    private static readonly HashSet<string> ObjectSkips = new(StringComparer.Ordinal)
    {
        "on", "upon", "a", "al", "the", "los", "las", "el", "la", "to", "that", "que",
        "today", "hoy", "again", "also", "urgently", "publicly", "yesterday", "nuevamente", "reiteradamente", "tambien", "ayer", "publicamente",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "it", "they", "ellos", "ellas", "them", "les" };

    // Organs of a state that stand for its authorities when no state is named with them.
    private static readonly HashSet<string> GenericAuthorities = new(StringComparer.Ordinal)
    {
        "authorities", "autoridades", "government", "gobierno", "military", "army", "police", "junta", "regime", "ejercito", "policia", "regimen",
    };

    private static bool IsStateOrgan(ReadOnlySpan<Token> words, int i) =>
        i < words.Length && (GenericAuthorities.Contains(words[i].Folded)
            || (i + 1 < words.Length && (words[i].Folded, words[i + 1].Folded) is ("armed" or "security", "forces") or ("fuerzas", "armadas" or "de")));

    // Every word that CueAt can start a cue with: registered with a flag, so that the words of a
    // sentence that start none are passed over with a bit test.
    private static readonly string[] CueFirstWords =
    [
        "must", "should", "debe", "deben", "deberia", "deberian", "debera", "deberan", "need", "needs", "have", "has", "ought", "tiene", "tienen",
        "call", "calls", "called", "calling", "urge", "urges", "urged", "urging", "ask", "asks", "asked", "demand", "demands", "demanded",
        "insta", "instan", "insto", "exhorta", "exhortan", "exhorto", "pide", "piden", "pidio", "exige", "exigen", "exigio", "solicita",
        "solicitan", "solicito", "reclama", "reclaman", "hace", "hacen", "hizo", "es", "it",
    ];

    private static readonly bool CuesRegistered = RegisterCues();

    private static bool RegisterCues()
    {
        foreach (var w in CueFirstWords)
        {
            Lexicon.Register(w, WordFlags.DemandCue);
        }
        return true;
    }

    /// <summary>Who a demand without a named addressee is made of, from what came before.</summary>
    private readonly record struct Context(
        (Actor Actor, int Block)? Last, Actor? LastState, Actor? StateInSentence, Actor? Focus, int Block, ActorRegistry Registry)
    {
        /// <summary>The last addressee, if it was named at most three blocks back, else the headline's subject.</summary>
        public Actor? Addressee() => Last is { } l && Block - l.Block <= 3 ? l.Actor : Focus;

        /// <summary>Bare "the authorities": of the state named last (in this sentence or before), else of the last addressee, else of the headline's subject.</summary>
        public Actor? Authorities()
        {
            var state = StateInSentence ?? LastState ?? (Last is { } l && l.Actor.CountryCode is not null ? l.Actor : Focus);
            return state?.CountryCode is { } code ? Registry.AuthoritiesOf(code) : null;
        }
    }

    private enum CueKind
    {
        Modal,
        Object,
        CallFor,
    }

    public static List<FoundDemand> Detect(string text, IReadOnlyList<RawBlock> blocks, IReadOnlyList<List<TextSpan>> sentences,
        List<Token> tokens, IReadOnlyList<FoundQuote> quotes, ActorRegistry registry, Actor? focus)
    {
        var demands = new List<FoundDemand>();
        (Actor Actor, int Block)? last = null;
        Actor? lastState = null;
        var t0 = 0;
        var all = CollectionsMarshal.AsSpan(tokens);
        // One mention list and one list of the sentence's addressees, refilled for each sentence.
        var mentions = new List<PhraseMatch<Actor>>();
        var found = new List<Actor>();
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            foreach (var sentence in sentences[b])
            {
                while (t0 < tokens.Count && tokens[t0].Start < sentence.Start)
                {
                    t0++;
                }
                var t1 = t0;
                while (t1 < tokens.Count && tokens[t1].End <= sentence.End)
                {
                    t1++;
                }
                var words = all[t0..t1];
                registry.Matcher.FindAll(text, words, mentions);
                // The repeat of a demand in a pull quote is not another demand; datelines and attribution lines hold none.
                if (block.Kind is BlockKind.Paragraph or BlockKind.Heading && words.Length > 0)
                {
                    Actor? stateInSentence = null;
                    for (var m = mentions.Count - 1; m >= 0; m--)
                    {
                        if (mentions[m].Value.CountryCode is not null)
                        {
                            stateInSentence = mentions[m].Value;
                            break;
                        }
                    }
                    found.Clear();
                    if (b == 0 && block.Kind == BlockKind.Heading && focus is not null && ImperativeAfterColon(text, words))
                    {
                        // "Iran: Release all detained lawyers" asks the headline's subject to act.
                        found.Add(focus);
                        demands.Add(new FoundDemand(sentence.Start, sentence.End, focus, null, b));
                        last = (focus, b);
                    }
                    for (var i = 0; i < words.Length; i++)
                    {
                        if ((words[i].Flags & WordFlags.DemandCue) == 0)
                        {
                            continue;
                        }
                        var (kind, length) = CueAt(words, i);
                        if (length == 0)
                        {
                            continue;
                        }
                        // What the sentence's context says, as it stands at this cue.
                        var context = new Context(last, lastState, stateInSentence, focus, b, registry);
                        var addressee = kind switch
                        {
                            CueKind.Modal => ModalSubject(text, words, mentions, i, length, sentence, context),
                            _ => ObjectOf(text, words, mentions, i + length, kind, context),
                        };
                        if (addressee is not null && !HasActor(found, addressee.Id))
                        {
                            found.Add(addressee);
                            // The cue, not the sentence start, tells whether a quoted speaker makes the demand.
                            demands.Add(new FoundDemand(sentence.Start, sentence.End, addressee, SpeakerAt(quotes, words[i].Start), b));
                            last = (addressee, b);
                        }
                        i += length - 1;
                    }
                }
                foreach (var m in mentions)
                {
                    if (m.Value.Kind == "state" || m.Value.Kind == "authorities")
                    {
                        lastState = m.Value;
                    }
                }
                t0 = t1;
            }
        }
        return demands;
    }

    // A loop, not found.Exists(a => ...): a lambda capturing the addressee would make the
    // compiler allocate a closure for every word of every sentence.
    private static bool HasActor(List<Actor> actors, string id)
    {
        foreach (var a in actors)
        {
            if (a.Id == id)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> Imperatives = new(StringComparer.Ordinal)
    {
        "release", "free", "end", "stop", "halt", "investigate", "protect", "repeal", "drop", "lift", "allow", "ensure", "guarantee",
        "respect", "cease", "quash", "overturn", "abolish", "suspend", "reveal", "grant", "prosecute", "reinstate", "restore", "withdraw",
        "liberen", "libere", "detengan", "investiguen", "garanticen", "protejan", "deroguen", "pongan", "cesen", "respeten", "liberad",
    };

    private static bool ImperativeAfterColon(string text, ReadOnlySpan<Token> words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).Contains(':'))
            {
                return Imperatives.Contains(words[i].Folded);
            }
        }
        return false;
    }

    private static string? SpeakerAt(IReadOnlyList<FoundQuote> quotes, int offset)
    {
        foreach (var q in quotes)
        {
            if (q.Kind == QuoteKind.Inline && offset >= q.Start - 2 && offset < q.End)
            {
                return q.Speaker;
            }
        }
        return null;
    }

    private static (CueKind Kind, int Length) CueAt(ReadOnlySpan<Token> w, int i)
    {
        var a = w[i].Folded;
        var b = i + 1 < w.Length ? w[i + 1].Folded : "";
        var c = i + 2 < w.Length ? w[i + 2].Folded : "";
        var d = i + 3 < w.Length ? w[i + 3].Folded : "";
        switch (a)
        {
            case "must" or "should" or "debe" or "deben" or "deberia" or "deberian" or "debera" or "deberan":
                return (CueKind.Modal, 1);
            case "need" or "needs" or "have" or "has" or "ought" when b == "to":
                return (CueKind.Modal, 2);
            case "tiene" or "tienen" when b == "que":
                return (CueKind.Modal, 2);
            case "call" or "calls" or "called" or "calling" when b is "on" or "upon":
                return (CueKind.Object, 1);
            case "call" or "calls" when b == "for":
                return (CueKind.CallFor, 2);
            case "urge" or "urges" or "urged" or "urging" or "ask" or "asks" or "asked" or "demand" or "demands" or "demanded"
                or "insta" or "instan" or "insto" or "exhorta" or "exhortan" or "exhorto" or "pide" or "piden" or "pidio"
                or "exige" or "exigen" or "exigio" or "solicita" or "solicitan" or "solicito" or "reclama" or "reclaman":
                return (CueKind.Object, 1);
            case "hace" or "hacen" or "hizo" when b == "un" && c is "llamado" or "llamamiento":
                return (CueKind.Object, 3);
            case "es" when b == "hora" && c == "de" && d == "que":
                return (CueKind.Object, 4);
            case "it" when b == "is" && c == "time" && d == "for":
                return (CueKind.Object, 4);
            default:
                return (CueKind.Modal, 0);
        }
    }

    private static Actor? ModalSubject(string text, ReadOnlySpan<Token> words, List<PhraseMatch<Actor>> mentions, int modal, int length,
        TextSpan sentence, in Context context)
    {
        var next = modal + length < words.Length ? words[modal + length].Folded : "";
        if (next is "the" or "a" or "an" or "this" or "these" or "any" or "you" or "we" or "i")
        {
            return null; // "should the evidence meet ..." is a condition, not a demand
        }
        if (next == "have" || (next is "never" or "not" && modal + length + 1 < words.Length && words[modal + length + 1].Folded == "have"))
        {
            var after = IndexOfHave(words, modal + length) + 1;
            if (after > 0 && after < words.Length && words[after].Folded is var p && (p.EndsWith("ed", StringComparison.Ordinal) || p.EndsWith("en", StringComparison.Ordinal) || p.EndsWith("wn", StringComparison.Ordinal) || p is "done" or "made" or "had" or "been" or "taken" or "let" or "put"))
            {
                return null; // "should never have arrested": a reproach about the past
            }
        }
        var passive = IsPassive(words, modal + length);

        // The clause holding the modal starts after the last comma, semicolon, colon or conjunction.
        var clauseStart = 0;
        for (var k = modal - 1; k >= 0; k--)
        {
            if (words[k].Folded is "but" or "and" or "while" or "pero" or "y" or "mientras" or "sino"
                || (words[k].Folded is "that" or "que" && k < modal - 1))
            {
                clauseStart = k + 1;
                break;
            }
            if (HasClauseBreak(text, words[k].End, k + 1 < words.Length ? words[k + 1].Start : sentence.End))
            {
                clauseStart = k + 1;
                break;
            }
        }
        if (clauseStart == modal)
        {
            // "... released researchers, but should immediately free ...": the sentence subject.
            return SentenceSubject(text, words, mentions, context) ?? (passive ? context.Addressee() : null);
        }
        var first = clauseStart;
        if (Impersonal.Contains(words[first].Folded) || Impersonal.Contains(words[modal - 1].Folded))
        {
            return null;
        }
        if (modal - first <= 2 && Pronouns.Contains(words[modal - 1].Folded))
        {
            return context.Addressee();
        }
        while (first < modal && Determiners.Contains(words[first].Folded))
        {
            first++;
        }
        foreach (var m in mentions)
        {
            // The alias may include the article ("los gobiernos") or not ("gobiernos").
            if (m.FirstToken >= clauseStart && m.FirstToken <= first && m.LastToken < modal)
            {
                return m.Value;
            }
        }
        if (first < modal && IsStateOrgan(words, first) && modal - first <= 3)
        {
            return context.Authorities();
        }
        foreach (var m in mentions)
        {
            // "Foreign governments should ...": an actor right before the modal heads a short subject.
            if (m.LastToken == modal - 1 && m.FirstToken >= clauseStart && modal - clauseStart <= 4)
            {
                return m.Value;
            }
        }
        return passive ? context.Addressee() : null;
    }

    private static int IndexOfHave(ReadOnlySpan<Token> words, int from)
    {
        for (var k = from; k < words.Length; k++)
        {
            if (words[k].Folded == "have")
            {
                return k;
            }
        }
        return -1;
    }

    private static bool IsPassive(ReadOnlySpan<Token> words, int from)
    {
        for (var k = from; k < words.Length && k < from + 4; k++)
        {
            if (words[k].Folded is "be" or "ser" or "been" or "sean" or "sea")
            {
                return true;
            }
            if (!Adverbs.Contains(words[k].Folded))
            {
                return false;
            }
        }
        return false;
    }

    private static bool HasClauseBreak(string text, int from, int to)
    {
        for (var k = from; k < to && k < text.Length; k++)
        {
            if (text[k] is ',' or ';' or ':' or '(' or ')' or '—' or '–' or '"')
            {
                return true;
            }
        }
        return false;
    }

    private static Actor? SentenceSubject(string text, ReadOnlySpan<Token> words, List<PhraseMatch<Actor>> mentions, in Context context)
    {
        var first = 0;
        // Skip a leading dateline in parentheses: "(New York, February 4, 2011) - Egyptian authorities ..."
        if (words.Length > 0)
        {
            var s = words[0].Start;
            if (s > 0 && text[s - 1] == '(')
            {
                while (first < words.Length && !text.AsSpan(words[first].End, Math.Min(3, text.Length - words[first].End)).Contains(')'))
                {
                    first++;
                }
                first++;
            }
        }
        var start = first;
        while (first < words.Length && Determiners.Contains(words[first].Folded))
        {
            first++;
        }
        foreach (var m in mentions)
        {
            if (m.FirstToken >= start && m.FirstToken <= first)
            {
                return m.Value;
            }
        }
        return IsStateOrgan(words, first) ? context.Authorities() : null;
    }

    private static Actor? ObjectOf(string text, ReadOnlySpan<Token> words, List<PhraseMatch<Actor>> mentions, int from, CueKind kind,
        in Context context)
    {
        var k = from;
        while (k < words.Length && k < from + 5 && ObjectSkips.Contains(words[k].Folded))
        {
            k++;
        }
        if (k < words.Length)
        {
            foreach (var m in mentions)
            {
                if (m.FirstToken >= from && m.FirstToken <= k)
                {
                    return m.Value;
                }
            }
            if (IsStateOrgan(words, k))
            {
                return context.Authorities();
            }
            if (Pronouns.Contains(words[k].Folded) && kind == CueKind.Object)
            {
                return context.Addressee();
            }
        }
        return kind == CueKind.CallFor ? context.Addressee() : null;
    }
}
