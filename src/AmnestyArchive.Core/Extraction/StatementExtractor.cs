using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using AmnestyArchive.Core.Extraction.Citations;
using AmnestyArchive.Core.Extraction.Demands;
using AmnestyArchive.Core.Extraction.Quotes;
using AmnestyArchive.Core.Extraction.Text;

namespace AmnestyArchive.Core.Extraction;

/// <summary>
/// The extraction engine's single entry point: text in, blocks, quotes, citations and demands out.
/// Rules and data registries, no model (see docs/decisions/0002-rule-based-extraction.md).
/// </summary>
public static class StatementExtractor
{
    /// <summary>Extracts everything from a statement in English or Spanish. Never throws.</summary>
    public static ExtractionResult Extract(string text, ExtractionOptions? options = null)
    {
        text ??= "";
        try
        {
            return ExtractCore(text, options);
        }
        catch (Exception)
        {
            // The rules are meant never to fail; if one does, the caller still gets the text and
            // its blocks rather than an error, and the fuzz tests (which call ExtractCore) find the bug.
            var normalized = TextNormalizer.Normalize(text);
            return new ExtractionResult
            {
                Language = options?.Language ?? "en",
                NormalizedText = normalized.Text,
                Blocks = [],
                Quotes = [],
                Citations = [],
                Demands = [],
                OffsetMap = normalized.Map,
            };
        }
    }

    [ThreadStatic]
    private static List<Token>? t_tokens;

    [ThreadStatic]
    private static List<int>? t_marked;

    private const int MaxPooledTokens = 1 << 16;

    private static volatile bool s_rulesLoaded;

    /// <summary>
    /// Registries and rules register the words they look for, with their flags, as they load, and
    /// each token copies its word's id and flags: they must all be loaded before a text is
    /// tokenised. Reading each one waits for another thread that may be loading it.
    /// </summary>
    private static void EnsureRulesLoaded()
    {
        if (s_rulesLoaded)
        {
            return;
        }
        _ = InstrumentRegistry.Default;
        _ = ActorRegistry.Default;
        foreach (var type in RuleClasses)
        {
            RuntimeHelpers.RunClassConstructor(type.TypeHandle);
        }
        s_rulesLoaded = true;
    }

    /// <summary>The classes whose static word sets must be in the lexicon before a text is tokenised.</summary>
    internal static readonly Type[] RuleClasses =
        [typeof(LanguageDetector), typeof(CitationResolver), typeof(DemandDetector), typeof(NamedAddressee)];

    internal static ExtractionResult ExtractCore(string original, ExtractionOptions? options)
    {
        EnsureRulesLoaded();
        var normalized = TextNormalizer.Normalize(original);
        var text = normalized.Text;
        var map = normalized.Map;
        // The tokens live only for this call: one list per thread is reused, unless a huge
        // statement grew it past what is worth keeping.
        var tokens = t_tokens ?? new List<Token>(text.Length / 6);
        t_tokens = null;
        tokens.Clear();
        // The tokens the citation and demand rules start from are marked as they are made.
        var marked = t_marked ?? new List<int>();
        t_marked = null;
        marked.Clear();
        Token.Tokenize(text, 0, text.Length, tokens, marked, CitationResolver.MarkedFlags(InstrumentRegistry.Default) | DemandDetector.MarkedFlags(ActorRegistry.Default));
        var language = options?.Language is "en" or "es" ? options.Language : LanguageDetector.Detect(tokens);

        var rawBlocks = BlockSplitter.Split(text);
        var sentences = rawBlocks.ConvertAll(b => SentenceSplitter.Split(text, b.Start, b.End));
        var blocks = rawBlocks.ConvertAll(b => new Block(b.Index, Anchor(b.Index), b.Kind, b.Start, b.End, map[b.Start], map[b.End], text[b.Start..b.End]));

        var markedSpan = CollectionsMarshal.AsSpan(marked);

        var title = Title(text, rawBlocks);
        var focus = title is null ? null : Focus(title.Value, text, tokens);
        var foundCitations = CitationResolver.Find(text, tokens, markedSpan, rawBlocks, InstrumentRegistry.Default, focus?.CountryCode);
        var foundQuotes = QuoteExtractor.Extract(text, tokens, rawBlocks, sentences, foundCitations.ConvertAll(c => (c.Start, c.End)));
        QuoteExtractor.NameStateOffices(foundQuotes, focus, ActorRegistry.Default);
        var foundDemands = DemandDetector.Detect(text, rawBlocks, sentences, tokens, markedSpan, foundQuotes, foundCitations, ActorRegistry.Default, focus);

        var quotes = foundQuotes.ConvertAll(q => new Quote(
            q.JoinedText ?? text[q.Start..q.End], q.Speaker, q.Role, q.Kind, q.Start, q.End, map[q.Start], map[q.End], q.FirstBlock, q.LastBlock, q.RepeatsQuote, q.SpeakerNamed));
        var citations = foundCitations.ConvertAll(c => new Citation(
            text[c.Start..c.End], c.Instrument, c.Abbrev, c.InstrumentId, c.Type, c.Pinpoint, c.Start, c.End, map[c.Start], map[c.End], BlockOf(rawBlocks, c.Start)));
        var demands = foundDemands.ConvertAll(d => new Demand(
            text[d.Start..d.End], d.Addressee.NameEn, d.Addressee.Id, d.Addressee.CountryCode, d.Speaker, d.Start, d.End, map[d.Start], map[d.End], d.Block));

        if (tokens.Capacity <= MaxPooledTokens)
        {
            tokens.Clear();
            t_tokens = tokens;
            marked.Clear();
            t_marked = marked;
        }
        return new ExtractionResult
        {
            Language = language,
            Title = title is { } t ? text[t.Start..t.End] : null,
            PublishedOn = PublishedOn(text, rawBlocks),
            NormalizedText = text,
            Blocks = blocks,
            Quotes = quotes,
            Citations = citations,
            Demands = demands,
            OffsetMap = map,
        };
    }

    // "p1", "p2" ...: the anchors of the first blocks are made once.
    private static readonly string[] Anchors = [.. Enumerable.Range(0, 256).Select(MakeAnchor)];

    private static string MakeAnchor(int index) => "p" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Anchor(int index) => index < Anchors.Length ? Anchors[index] : MakeAnchor(index);

    private static int BlockOf(List<RawBlock> blocks, int offset)
    {
        foreach (var b in blocks)
        {
            if (offset >= b.Start && offset < b.End)
            {
                return b.Index;
            }
        }
        return blocks.Count > 0 ? blocks[^1].Index : 0;
    }

    /// <summary>The first block is the title when it is a heading (a dateline may come before it).</summary>
    private static TextSpan? Title(string text, List<RawBlock> blocks)
    {
        foreach (var b in blocks)
        {
            if (b.Kind == BlockKind.Dateline)
            {
                continue;
            }
            return b.Kind == BlockKind.Heading ? new TextSpan(b.Start, b.End) : null;
        }
        return null;
    }

    /// <summary>
    /// The actor a headline is about, as in "USA: Detainees ... should not be ...", or, in a headline without a
    /// colon, the state that opens it ("Argelia debe liberar ...") or the only state it names.
    /// </summary>
    private static Actor? Focus(TextSpan title, string text, List<Token> tokens)
    {
        var colon = text.IndexOf(':', title.Start, title.Length);
        // The title's words (before the colon, when there is one): tokens are in order and never overlap, so they are one run.
        var from = Token.FirstAtOrAfter(tokens, title.Start);
        var to = from;
        while (to < tokens.Count && tokens[to].End <= (colon < 0 ? title.End : colon))
        {
            to++;
        }
        var words = CollectionsMarshal.AsSpan(tokens)[from..to];
        if (colon < 0)
        {
            var found = ActorRegistry.Default.Matcher.FindAll(text, words);
            if (found.Count > 0 && found[0].FirstToken == 0 && found[0].Value.Kind == "state")
            {
                return found[0].Value;
            }
            // "CIDH condena ataque ... y urge a Brasil a proteger ...": the one state the headline names.
            Actor? only = null;
            foreach (var m in found)
            {
                if (m.Value.CountryCode is { } code && only?.CountryCode != code)
                {
                    if (only is not null)
                    {
                        return null;
                    }
                    only = ActorRegistry.Default.StateOf(code);
                }
            }
            return only;
        }
        var mentions = ActorRegistry.Default.Matcher.FindAll(text, words);
        // "Morocco/Western Sahara:": the state first named, the territory after the slash.
        if (mentions.Count == 2 && mentions[0].FirstToken == 0 && mentions[1].LastToken == words.Length - 1 && mentions[0].LastToken + 1 == mentions[1].FirstToken
            && text.AsSpan(words[mentions[0].LastToken].End, words[mentions[1].FirstToken].Start - words[mentions[0].LastToken].End).Trim().SequenceEqual("/"))
        {
            return mentions[0].Value;
        }
        return mentions.Count == 1 && mentions[0].FirstToken == 0 && mentions[0].LastToken == words.Length - 1 ? mentions[0].Value : null;
    }

    private static DateOnly? PublishedOn(string text, List<RawBlock> blocks)
    {
        for (var i = 0; i < blocks.Count && i < 4; i++)
        {
            if (blocks[i].Kind == BlockKind.Dateline && DatelineParser.FindDate(text[blocks[i].Start..blocks[i].End]) is { } d)
            {
                return d.Date;
            }
        }
        for (var i = 0; i < blocks.Count && i < 4; i++)
        {
            var s = text[blocks[i].Start..Math.Min(blocks[i].End, blocks[i].Start + 120)];
            if (DatelineParser.FindDate(s) is { } d && d.Index <= 60)
            {
                // "(New York, February 4, 2011) - ..." or "GENEVA, 19 October 2010 - ...": a place, then the date.
                var prefix = s[..d.Index].Trim();
                if (prefix.Length == 0 || prefix.StartsWith('(') || prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('(', ',', '-', '–', '—')).All(w => w.Length == 0 || char.IsUpper(w[0]) || w is "de" or "del" or "la" or "el" or "of" or "the"))
                {
                    return d.Date;
                }
            }
        }
        return null;
    }
}
