using System.Buffers;
using System.Collections.Frozen;
using AmnestyArchive.Core.Extraction.Demands;
using AmnestyArchive.Core.Extraction.Text;

namespace AmnestyArchive.Core.Extraction.Quotes;

/// <summary>A quote before original offsets are attached.</summary>
internal sealed record FoundQuote(int Start, int End, string? Speaker, string? Role, QuoteKind Kind, int FirstBlock, int LastBlock, int? RepeatsQuote, string? JoinedText = null)
{
    /// <summary>False when <see cref="Speaker"/> is a description of an unnamed speaker.</summary>
    public bool SpeakerNamed { get; init; } = true;

    /// <summary>
    /// «A —dijo X—. B»: where the second quote of a passage starts, when an attribution between dashes ends a
    /// sentence and the quote goes on with a new one; the quote itself then ends before the attribution.
    /// </summary>
    public int? SecondStart { get; init; }
}

/// <summary>
/// Finds directly quoted passages and their speakers. Quotation marks are paired per paragraph
/// by their position (an opening mark follows a space, a closing one precedes one), a paragraph
/// left open continues into the next one that opens with a mark, and a closing mark with no
/// opening one closes a quote that started with the paragraph. Short or title-like quoted terms,
/// and text quoted from a cited instrument, are not quotes.
/// </summary>
internal static class QuoteExtractor
{
    private sealed class Raw
    {
        public int OpenMark;
        public int Start;
        public int End;
        public int CloseMark = -1;
        public int FirstBlock;
        public int LastBlock;

        // Set while duplicates are dropped: a mark on the object instead of a set of references.
        public bool Kept;
    }

    private static readonly string[] TitleCues =
    [
        "entitled", "titled", "called", "named", "known as", "so-called", "dubbed", "report", "book", "campaign", "film", "programme", "program",
        "titulado", "titulada", "denominado", "denominada", "llamado", "llamada", "informe", "libro", "campaña",
    ];

    // A cue without a space is the last word of the text before the quote; those with one are few.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OneWordTitleCues =
        TitleCues.Where(c => !c.Contains(' ', StringComparison.Ordinal)).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] SpacedTitleCues = [.. TitleCues.Where(c => c.Contains(' ', StringComparison.Ordinal))];

    public static List<FoundQuote> Extract(string text, List<Token> tokens, List<RawBlock> blocks, List<List<TextSpan>> sentences, List<(int Start, int End)> citations)
    {
        var raws = FindMarks(text, blocks);
        var book = new SpeakerBook(text);
        IntroduceBriefingSpeaker(text, blocks, book);
        var quotes = new List<FoundQuote>();
        var rawIndex = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Kind == BlockKind.PullQuote && b + 1 < blocks.Count && blocks[b + 1].Kind == BlockKind.Attribution)
            {
                quotes.Add(PullQuote(text, block, blocks[b + 1], book));
                continue;
            }
            string? previousSpeakerInBlock = null;
            var joinNext = false;
            while (rawIndex < raws.Count && raws[rawIndex].FirstBlock == b)
            {
                var raw = raws[rawIndex++];
                var continues = joinNext && raw.Start < text.Length && char.IsLower(text[SkipSpace(text, raw.Start, raw.End)]);
                if (continues && quotes.Count > 0)
                {
                    // "Part one," said X, "part two." is one quote with the attribution in the middle.
                    var head = quotes[^1];
                    var (s2, e2) = Trim(text, raw.Start, raw.End);
                    quotes[^1] = head with
                    {
                        End = e2,
                        LastBlock = raw.LastBlock,
                        JoinedText = (head.JoinedText ?? text[head.Start..head.End]) + " " + text[s2..e2],
                    };
                    joinNext = false;
                    continue;
                }
                var q = Accept(text, tokens, blocks, sentences, citations, raw, book, ref previousSpeakerInBlock, out joinNext);
                if (q is { SecondStart: { } second })
                {
                    // Two quotes, one attribution: the second goes on in the same voice.
                    var (s2, e2) = Trim(text, second, raw.End);
                    var split = raw.FirstBlock;
                    while (split < raw.LastBlock && blocks[split].End <= s2)
                    {
                        split++;
                    }
                    quotes.Add(q with { LastBlock = split, SecondStart = null });
                    if (e2 > s2)
                    {
                        quotes.Add(q with { Start = s2, End = e2, FirstBlock = split, SecondStart = null });
                    }
                }
                else if (q is not null)
                {
                    quotes.Add(q);
                }
                else
                {
                    joinNext = false;
                }
            }
        }
        quotes.Sort((x, y) => x.Start.CompareTo(y.Start));
        return LinkPullQuotes(text, quotes);
    }

    /// <summary>
    /// A briefing note's heading line "Spokesperson for the UN High Commissioner for Human Rights: Marta Lindqvist"
    /// ("Portavoz de ...: ..."), in its first blocks: the person the note's "the spokesperson said" means.
    /// </summary>
    private static void IntroduceBriefingSpeaker(string text, List<RawBlock> blocks, SpeakerBook book)
    {
        for (var b = 0; b < blocks.Count && b < 6; b++)
        {
            // "Spokesperson for the UN High Commissioner for Human Rights: Marta Lindqvist", "Nota informativa de la
            // portavoz de la Oficina de la ONU para los Derechos Humanos, Inés Arrieta".
            var line = text.AsSpan(blocks[b].Start, blocks[b].End - blocks[b].Start).Trim();
            if (line.Length > 160 || line.IndexOfAny('.', '"') >= 0
                || !(line.Contains("Spokesperson", StringComparison.OrdinalIgnoreCase) || line.Contains("portavoz", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            var split = line.LastIndexOfAny(':', ',');
            var name = split > 0 ? line[(split + 1)..].Trim() : default;
            if (name.Length > 3 && name.Contains(' ') && char.IsUpper(name[0]) && name.IndexOfAny(";()") < 0)
            {
                // The role is the spokesperson's, from that word on ("portavoz de la Oficina ...").
                var role = line[..split].Trim();
                var word = role.IndexOf("portavoz", StringComparison.OrdinalIgnoreCase) is var p and >= 0 ? p : role.IndexOf("Spokesperson", StringComparison.OrdinalIgnoreCase);
                book.Introduce(name.ToString(), role[Math.Max(0, word)..].ToString());
            }
            return;
        }
    }

    private static FoundQuote PullQuote(string text, RawBlock block, RawBlock attribution, SpeakerBook book)
    {
        var (s, e) = StripMarks(text, block.Start, block.End);
        var line = text[attribution.Start..attribution.End].TrimStart('-', '–', '—', ' ');
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        var name = comma > 0 ? line[..comma].Trim() : line.Trim();
        var role = comma > 0 ? line[(comma + 1)..].Trim().TrimEnd('.') : null;
        var speaker = book.Resolve(name, role);
        return new FoundQuote(s, e, speaker, role ?? book.RoleOf(speaker), QuoteKind.PullQuote, block.Index, block.Index, null);
    }

    /// <summary>", añadieron.", ", dijeron.": the attribution is one Spanish verb in the third person plural of the past.</summary>
    private static bool PluralVerbOnly(ReadOnlySpan<char> after)
    {
        var verb = after.Trim(" ,.;—–-\n");
        return verb.Length > 5 && verb.IndexOf(' ') < 0 && verb.EndsWith("ron", StringComparison.Ordinal);
    }

    /// <summary>"la CIDH", "the IACHR": the phrase without its article, when it is a name of a body the actor registry knows; else null.</summary>
    private static string? RegisteredBody(string phrase)
    {
        var space = phrase.IndexOf(' ');
        var name = space > 0 && phrase[..space].ToLowerInvariant() is "the" or "la" or "el" or "los" ? phrase[(space + 1)..] : phrase;
        return ActorRegistry.Default.BodyNamed(name) is not null ? name : null;
    }

    private static bool StartsWithArticle(string name) =>
        name.StartsWith("The ", StringComparison.Ordinal) || name.StartsWith("La ", StringComparison.Ordinal) || name.StartsWith("El ", StringComparison.Ordinal);

    /// <summary>A capital, then a full stop, question or exclamation mark inside the closing mark or right after it ("Pide sus libros".).</summary>
    private static bool WholeSentence(string text, int start, int end, int closeMark) =>
        char.IsUpper(text[start])
        && (text[end - 1] is '.' or '!' or '?' || (closeMark >= 0 && closeMark + 1 < text.Length && text[closeMark + 1] is '.' or '!' or '?'));

    private static (int Start, int End) StripMarks(string text, int s, int e)
    {
        while (s < e && (text[s] is '"' || char.IsWhiteSpace(text[s])))
        {
            s++;
        }
        while (e > s && (text[e - 1] is '"' || char.IsWhiteSpace(text[e - 1])))
        {
            e--;
        }
        return (s, e);
    }

    private static FoundQuote? Accept(string text, List<Token> tokens, List<RawBlock> blocks, List<List<TextSpan>> sentences,
        List<(int Start, int End)> citations, Raw raw, SpeakerBook book, ref string? previousSpeakerInBlock, out bool joinNext)
    {
        joinNext = false;
        var (start, end) = Trim(text, raw.Start, raw.End);
        if (end <= start)
        {
            return null;
        }
        // Only "fewer than 3" and "fewer than 5" words are ever asked, so counting stops at 5.
        var words = BlockSplitter.CountWords(text.AsSpan(start, end - start), 5);
        var block = blocks[raw.FirstBlock];
        var sentence = SentenceAt(sentences[raw.FirstBlock], raw.OpenMark, block);
        var prefix = text.AsSpan(sentence.Start, Math.Max(0, raw.OpenMark - sentence.Start));
        var sentenceInitial = prefix.Trim("(-–—").IsWhiteSpace();

        if (words < 3 || IsTitle(text, tokens, start, end, prefix))
        {
            return null;
        }
        // The attribution after the quote, read only for a passage that may be a quote (the caller
        // drops joinNext when it is not).
        var after = Attribution.None;
        ReadOnlySpan<char> afterText = default;
        if (raw.CloseMark >= 0)
        {
            var lastBlock = blocks[raw.LastBlock];
            var afterEnd = lastBlock.End;
            var nextMark = text.IndexOf('"', raw.CloseMark + 1, afterEnd - raw.CloseMark - 1);
            if (nextMark >= 0)
            {
                afterEnd = nextMark;
            }
            var afterSentence = SentenceAt(sentences[raw.LastBlock], Math.Min(raw.CloseMark + 1, lastBlock.End - 1), lastBlock);
            // When the closing mark ends a sentence, the attribution may still follow it ("... done." she said.)
            afterEnd = Math.Min(afterEnd, Math.Max(afterSentence.End, raw.CloseMark + 1));
            if (afterEnd <= raw.CloseMark + 1 && raw.CloseMark + 1 < lastBlock.End)
            {
                var next = SentenceAt(sentences[raw.LastBlock], SkipSpace(text, raw.CloseMark + 1, lastBlock.End), lastBlock);
                afterEnd = nextMark >= 0 ? Math.Min(next.End, nextMark) : next.End;
            }
            afterText = raw.CloseMark + 1 < afterEnd ? text.AsSpan((raw.CloseMark + 1)..afterEnd) : default;
            after = AttributionParser.After(afterText);
            joinNext = after.Found && afterText.TrimEnd().EndsWith(',') && nextMark >= 0;
        }

        // «Las familias ... —señaló Mbemba-Costa—, y todavía ...»: an attribution between dashes inside the quote speaks
        // for all of it, and is no part of its text.
        string? joined = null;
        int? secondStart = null;
        var afterIsInciso = false;
        if (Inciso(text, start, end) is { } inciso)
        {
            afterIsInciso = true;
            after = inciso.Attribution;
            afterText = text.AsSpan(inciso.Open + 1, inciso.Close - inciso.Open - 1);
            var resume = SkipSpace(text, inciso.Close + 1, end);
            // «Hemos ido a todas las comisarías —nos contó su esposa—. Nadie nos explica nada»: the attribution ends a
            // sentence and a new one starts, so the passage is two quotes.
            if (resume < end && text[resume] == '.' && SkipSpace(text, resume + 1, end) is var next && next < end && char.IsUpper(text[next]))
            {
                secondStart = next;
                end = inciso.Open;
                while (end > start && text[end - 1] == ' ')
                {
                    end--;
                }
                resume = end;
            }
            while (resume < end && text[resume] is ',' or ' ')
            {
                resume++;
            }
            joined = secondStart is null ? text[start..inciso.Open].TrimEnd() + " " + text[resume..end] : null;
        }

        // The attribution before the quote is read at most once, for the spoken-or-scare test and for the speaker.
        Attribution? before = null;
        if (!sentenceInitial)
        {
            // Text quoted from a law or treaty: the sentence cites an instrument before the quote.
            foreach (var (cs, _) in citations)
            {
                if (cs >= sentence.Start && cs < raw.OpenMark)
                {
                    return null;
                }
            }
            // "described the protest as "an attack on the nation"", "lo calificó como «un acto de terrorismo»": a label, not a quote.
            if (char.IsLower(text[start]) && (prefix.TrimEnd().EndsWith(" as", StringComparison.Ordinal) || prefix.TrimEnd().EndsWith(" como", StringComparison.Ordinal)))
            {
                return null;
            }
            var colon = prefix.TrimEnd().EndsWith(':');
            var verb = AttributionParser.HasSpeechVerb(prefix) || !AttributionParser.ClauseBeforeGerund(prefix).IsEmpty;
            var spoken = colon || verb || after.Found || (before ??= AttributionParser.Before(prefix)).Found;
            // "X told reporters: "Nobody has been charged."": a short whole sentence announced by a speech verb and a colon.
            var announced = colon && verb && char.IsUpper(text[start]) && text[end - 1] is '.' or '!' or '?';
            if (words < (announced ? 3 : 5) || !spoken)
            {
                return null; // a scare quote or a quoted term
            }
        }
        else if (words < 5 && !after.Found && !(words >= 3 && previousSpeakerInBlock is not null && WholeSentence(text, start, end, raw.CloseMark)))
        {
            // Short and unattributed: a quoted term, unless it is a whole sentence that goes on a
            // quote earlier in the paragraph (""...," he said. "He wants his books."").
            return null;
        }

        // "The minister said: "... houses." Amnesty International wrote to the ministry ...": a quote a colon announces that
        // ends its own sentence is the announcer's; the next sentence is not its attribution.
        if (after.Found && !afterIsInciso && !joinNext && !sentenceInitial && prefix.TrimEnd().EndsWith(':') && text[end - 1] is '.' or '!' or '?'
            && (before ??= AttributionParser.Before(prefix)).Found && before.Value.Kind != AttributionKind.Pronoun)
        {
            after = Attribution.None;
        }
        var attribution = after.Found ? after : before ?? AttributionParser.Before(prefix);
        if (!attribution.Found && sentenceInitial)
        {
            // "X said:" closing the previous sentence of the paragraph.
            var previous = PreviousSentence(sentences[raw.FirstBlock], sentence);
            if (previous is { } p && text.AsSpan(p.Start, p.Length).TrimEnd().EndsWith(':'))
            {
                attribution = AttributionParser.Before(text.AsSpan(p.Start, p.Length));
            }
            else if (previous is null && raw.FirstBlock > 0 && sentences[raw.FirstBlock - 1].Count > 0)
            {
                // "... the mother of one of the detainees, said:" closing the paragraph before.
                var last = sentences[raw.FirstBlock - 1][^1];
                var announcing = text.AsSpan(last.Start, last.Length);
                if (announcing.TrimEnd().EndsWith(':'))
                {
                    attribution = AttributionParser.Before(announcing);
                    // "One witness, a farmer whom Human Rights Watch is calling "Peter", said he hid ... brothers:": the
                    // person the sentence reports speaking.
                    if (!attribution.Found && AttributionParser.ReportedSubject(announcing) is { } reported)
                    {
                        attribution = new Attribution(AttributionKind.Name, reported, AttributionParser.RoleBefore(announcing, reported));
                    }
                }
            }
        }
        // "Kehinde Awoyemi, a fisherman whose house was destroyed, described the first morning: "...": the person the
        // sentence opens with, when the words before the colon read as no attribution.
        if (!attribution.Found && !sentenceInitial && prefix.TrimEnd().EndsWith(':')
            && (AttributionParser.ReportedSubject(prefix) ?? AttributionParser.OpeningPerson(prefix)) is { } subject)
        {
            attribution = new Attribution(AttributionKind.Name, subject, null);
        }
        // "On 2 May, a spokesperson for the Ministry of Interior denied ..., telling a local radio station: "...": the unnamed person it opens with.
        else if (!attribution.Found && !sentenceInitial && prefix.TrimEnd().EndsWith(':') && AttributionParser.OpeningDescription(prefix) is { } described)
        {
            attribution = new Attribution(AttributionKind.Described, described, null);
        }
        // "Al día siguiente, el Consejo Estatal de Seguridad (CES) publicó un comunicado en el que afirmó: «...»": the body it
        // opens with, not a description that runs on through its verb to "en el que".
        else if ((!attribution.Found || attribution.Kind == AttributionKind.Described) && !sentenceInitial && prefix.TrimEnd().EndsWith(':')
                 && AttributionParser.HasSpeechVerb(prefix) && AttributionParser.OpeningOrganisation(prefix) is { } body
                 && (!attribution.Found || attribution.Name!.Contains(body, StringComparison.Ordinal)))
        {
            attribution = new Attribution(AttributionKind.Name, body, null);
        }
        // "la alcaldesa de Viña del Mar declaró a la prensa que la municipalidad "no tiene competencias ..."": a quote inside
        // reported speech is the words of whom the sentence reports speaking.
        // A Spanish verb read as having no subject ("declaró a la prensa que ...") may have one before it.
        else if ((!attribution.Found || attribution is { Kind: AttributionKind.Pronoun, Name: null }) && !sentenceInitial && EndsInReportedSpeech(prefix) && AttributionParser.HasSpeechVerb(prefix))
        {
            if (AttributionParser.ReportedSubject(prefix) is { } reported)
            {
                attribution = new Attribution(AttributionKind.Name, reported, AttributionParser.RoleBefore(prefix, reported));
            }
            // "The organisation said that ...": a generic title speaks for whom it stands for, as "the organisation said" does.
            else if (AttributionParser.OpeningOffice(prefix) is { } office)
            {
                attribution = new Attribution(AttributionKind.Generic, office, null);
            }
            // "El Ministerio del Interior calificó lo ocurrido como ... y sostuvo, en un comunicado, que": the body it opens with.
            else if (AttributionParser.OpeningOrganisation(prefix) is { } organisation)
            {
                attribution = new Attribution(AttributionKind.Name, organisation, null);
            }
            // "la Fiscalía estatal informó en un comunicado que": the body named before by that word.
            else if (AttributionParser.OpeningBody(prefix) is { } openingBody)
            {
                attribution = new Attribution(AttributionKind.Described, openingBody, null);
            }
            else if (AttributionParser.OpeningDescription(prefix, definite: true) is { } description)
            {
                attribution = new Attribution(AttributionKind.Described, description, null);
            }
        }
        // "The minister rejected the report, saying that "..."": whom the clause before the gerund opens with.
        if (!attribution.Found && !sentenceInitial)
        {
            attribution = AttributionParser.Gerund(prefix);
        }
        string? speaker;
        var role = attribution.Role;
        switch (attribution.Kind)
        {
            case AttributionKind.Name:
                // "The High Commissioner said:": a title that opens the sentence, held by a speaker named before, or with none
                // named, the office by its full name.
                // "the Tehran Prosecutor warned ...": an office of capitalised words that no one named holds is described, not a name.
                speaker = (StartsWithArticle(attribution.Name!) ? book.HoldingTitle(attribution.Name!) ?? UnOffice(text, attribution.Name!) : null)
                          ?? (attribution.Name!.Contains(' ') && AttributionParser.EndsWithTitleNoun(attribution.Name!)
                              ? book.HoldingTitle(StartsWithArticle(attribution.Name!) ? attribution.Name! : "the " + attribution.Name!) ?? book.Describe(attribution.Name!)
                              : null)
                          ?? book.Resolve(attribution.Name!, role);
                break;
            // "The company said in a statement:": the company the text names before the quote ("Saruwa Hydro Power Company Ltd").
            case AttributionKind.Described or AttributionKind.Generic when IsCompanyHead(attribution.Name!) && CompanyNamedBefore(text, raw.OpenMark) is { } company:
                speaker = book.Resolve(company, null);
                break;
            // "the Saudi Human Rights Commission rejected ... "...," the commission said": the body the text named before.
            case AttributionKind.Described or AttributionKind.Generic when BodyHead(attribution.Name!) is { } head && BodyNamedBefore(text, raw.OpenMark, head) is { } named:
                speaker = book.Resolve(named, null);
                break;
            case AttributionKind.Described:
                // "La directora regional adjunta añadió:": a role, with its article, held by a speaker named before.
                // "sostuvo la CIDH": a body the registry knows, by its name.
                speaker = (StartsWithArticle(attribution.Name!) ? book.HoldingTitle(attribution.Name!) : null)
                          ?? (RegisteredBody(attribution.Name!) is { } body ? book.Resolve(body, null) : null)
                          ?? UnOffice(text, attribution.Name!) ?? book.Describe(attribution.Name!);
                break;
            case AttributionKind.Pronoun when AttributionParser.IsPluralPronoun(attribution.Name) && book.LastGroup is { } group:
                speaker = group;
                break;
            // "«...», añadieron.": a Spanish plural verb with no subject speaks for the group.
            case AttributionKind.Pronoun when attribution.Name is null && after.Found && PluralVerbOnly(afterText) && book.LastGroup is { } plural:
                speaker = plural;
                break;
            // "they said", "afirmaron" before any group has spoken: the experts the statement is from, when it names them.
            case AttributionKind.Pronoun when (AttributionParser.IsPluralPronoun(attribution.Name) || (attribution.Name is null && after.Found && PluralVerbOnly(afterText)))
                                              && GroupName(text, null) is { } experts:
                speaker = book.Describe(experts);
                break;
            case AttributionKind.Pronoun:
                // "His mother, Grace Akinyi, said ... "...," she said.": the person the paragraph reports speaking.
                speaker = ReportedSpeaker(text, block, raw.OpenMark, book)
                          ?? (raw.FirstBlock > 0 && text.AsSpan(block.Start, raw.OpenMark - block.Start).IsWhiteSpace() ? ReportedInParagraphBefore(text, blocks[raw.FirstBlock - 1], sentences[raw.FirstBlock - 1], book) : null)
                          ?? book.Last;
                break;
            case AttributionKind.Generic when AttributionParser.IsGroupHead(attribution.Name!):
                // "the experts said" is the group, not the last expert named.
                speaker = book.Describe(GroupName(text, attribution.Name!));
                break;
            case AttributionKind.Generic:
                // "the organisation said" speaks for the last named speaker; with none yet, "the experts" is all the text says of them.
                // "the organisation" or "the group" speaks for the last organisation named, if any.
                // "la Relatora" speaks for the speaker who holds that title.
                // "subrayó la experta" after a Relator and a Relatora: the one the article's gender names.
                // "the High Commissioner said" with no holder named: the office, by its full name.
                speaker = (AttributionParser.IsOrganisationHead(attribution.Name!) ? book.LastOrganisation : book.HoldingTitle(attribution.Name!) ?? book.LastOfGender(attribution.Name!))
                          ?? UnOffice(text, attribution.Name!) ?? (AttributionParser.NamesMandate(attribution.Name!) ? null
                              : AttributionParser.IsOrganisationHead(attribution.Name!) ? book.LastNamed : book.LastNamedInOffice(attribution.Name!)) ?? book.Describe(attribution.Name!);
                break;
            default:
                // An interrupted quote goes on in the same voice; an unattributed quote paragraph
                // in a run of quotes belongs to the speaker of the run. "..., the SAF spokesperson, Brigadier General Omer
                // Kamal, denied any role in the attacks. "...": a quote that follows the sentence introducing its speaker.
                speaker = previousSpeakerInBlock ?? (sentenceInitial ? ReportedSpeaker(text, block, raw.OpenMark, book) : null) ?? book.Last;
                break;
        }
        book.Touch(speaker);
        previousSpeakerInBlock = speaker;
        return new FoundQuote(start, end, speaker, role ?? book.RoleOf(speaker), QuoteKind.Inline, raw.FirstBlock, raw.LastBlock, null, joined)
        {
            SpeakerNamed = book.IsNamed(speaker),
            SecondStart = secondStart,
        };
    }

    /// <summary>"... declaró a la prensa que la municipalidad", "told reporters that the city had": the words before a quote go on from "que" or "that".</summary>
    private static bool EndsInReportedSpeech(ReadOnlySpan<char> prefix)
    {
        foreach (var joiner in (ReadOnlySpan<string>)[" que ", " that "])
        {
            var at = prefix.LastIndexOf(joiner, StringComparison.Ordinal);
            if (at > 0 && prefix.Length - at < 120 && prefix[at..].IndexOfAny(".;\"«»“”") < 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "... comisarías —señaló Mbemba-Costa—, y todavía ...": a verb of saying and its speaker between two dashes inside
    /// a quote, the opening dash after a space. Null when the quote has none.
    /// </summary>
    private static (int Open, int Close, Attribution Attribution)? Inciso(string text, int start, int end)
    {
        var at = start;
        while (text.IndexOf('—', at, end - at) is var open and > 0 && open + 2 < end)
        {
            at = open + 1;
            if (text[open - 1] != ' ' || !char.IsLower(text[open + 1]))
            {
                continue;
            }
            var limit = Math.Min(end, open + 120);
            var close = text.IndexOfAny(['—', '\n'], open + 1, limit - open - 1);
            if (close < 0 || text[close] != '—')
            {
                continue;
            }
            var attribution = AttributionParser.After(text.AsSpan(open + 1, close - open - 1));
            if (attribution.Found && attribution.Kind != AttributionKind.Described)
            {
                return (open, close, attribution);
            }
        }
        return null;
    }

    /// <summary>
    /// The person a sentence earlier in the paragraph reports speaking ("His mother, Grace Akinyi,
    /// said her son ...", "Gina Romero expresó ..."), when that sentence names one and has a
    /// verb of saying and the last speaker is someone else. Null otherwise.
    /// </summary>
    private static string? ReportedSpeaker(string text, RawBlock block, int openMark, SpeakerBook book)
    {
        if (openMark <= block.Start)
        {
            return null;
        }
        var before = text.AsSpan(block.Start, openMark - block.Start);
        // The sentence before the quote's own sentence: from the last stop before the quote's sentence.
        var own = before.LastIndexOf(". ");
        var previous = own > 0 ? before[..own] : default;
        if (previous.IsEmpty)
        {
            return null;
        }
        var start = previous.LastIndexOf(". ") + 1;
        var sentence = WithoutConnective(previous[start..].Trim());
        if (AttributionParser.ReportedSubject(sentence) is { } name)
        {
            return book.Resolve(name, AttributionParser.RoleBefore(sentence, name));
        }
        // "Marta Lopez, whose son was arrested in 2022, has not seen him since. "...," she said.": the sentence before opens with her.
        if (AttributionParser.OpeningPerson(sentence) is { } subject)
        {
            return book.Resolve(subject, null);
        }
        // "Høeg said the Office had shared ... "...," she said.": a speaker already named, by surname.
        if (AttributionParser.OpeningSurname(sentence) is { } surname && book.Known(surname) is { } known)
        {
            return known;
        }
        // "The Special Rapporteur on ... said she had been told ... "...," she said.": the office that opens the sentence.
        if (AttributionParser.OpeningOffice(sentence) is { } office)
        {
            return book.HoldingTitle(office) ?? UnOffice(text, office) ?? book.Describe(office);
        }
        // "A 34-year-old woman said soldiers took her husband ... "...," she said.": the unnamed person it opens with.
        // "In a press note, the deputy inspector general of police said ... He added: "..."": an office held by no one named.
        return DescribedSpeaker(text, sentence, book);
    }

    /// <summary>
    /// The unnamed speaker a sentence opens with as the subject of a verb of saying: a person it describes ("A 34-year-old
    /// woman said ..."), or a title with its article ("el fiscal del Estado aseguró ..."); null when it opens otherwise.
    /// </summary>
    private static string? DescribedSpeaker(string text, ReadOnlySpan<char> sentence, SpeakerBook book)
    {
        if (AttributionParser.OpeningDescription(sentence) is { } description)
        {
            return book.Describe(description);
        }
        return AttributionParser.OpeningDescription(sentence, definite: true) is { } definite && AttributionParser.DescribesPerson(definite)
            ? book.HoldingTitle(definite) ?? UnOffice(text, definite) ?? book.Describe(definite)
            : null;
    }

    // "Sin embargo, su esposa, Claudine Uwera, dijo ...": a connective before the subject links the sentence to the one before.
    private static readonly string[] Connectives =
        ["Sin embargo, ", "No obstante, ", "Por su parte, ", "Además, ", "Asimismo, ", "Más tarde, ", "Por otro lado, ",
         "However, ", "Meanwhile, ", "Moreover, ", "In addition, ", "Later, ", "For her part, ", "For his part, ", "But "];

    private static ReadOnlySpan<char> WithoutConnective(ReadOnlySpan<char> sentence)
    {
        foreach (var connective in Connectives)
        {
            if (sentence.StartsWith(connective, StringComparison.Ordinal))
            {
                return sentence[connective.Length..];
            }
        }
        return sentence;
    }

    /// <summary>
    /// "Her husband, X, said he has seen her twice. [new paragraph] "...," he said.": a quote that opens its
    /// paragraph with a pronoun speaks for the person the last sentence of the paragraph before reports
    /// speaking or opens with, when that paragraph quotes no one itself (a quote there has its own speaker, whom the pronoun follows).
    /// </summary>
    private static string? ReportedInParagraphBefore(string text, RawBlock previous, List<TextSpan> sentences, SpeakerBook book)
    {
        if (previous.Kind != BlockKind.Paragraph || sentences.Count == 0 || text.AsSpan(previous.Start, previous.End - previous.Start).Contains('"'))
        {
            return null;
        }
        var last = sentences[^1];
        var sentence = text.AsSpan(last.Start, last.Length).Trim();
        if (AttributionParser.ReportedSubject(sentence) is { } name)
        {
            return book.Resolve(name, AttributionParser.RoleBefore(sentence, name));
        }
        // "His sister, Faith Chebet, has visited every police station. [new paragraph] "...," she said.": the person it opens with.
        if (AttributionParser.OpeningPerson(WithoutConnective(sentence)) is { } subject)
        {
            return book.Resolve(subject, null);
        }
        // "The High Commissioner described the directive as ... [new paragraph] "...," he said.": the office that opens it.
        if (AttributionParser.OpeningOffice(sentence) is { } office)
        {
            return book.HoldingTitle(office) ?? UnOffice(text, office) ?? book.Describe(office);
        }
        return DescribedSpeaker(text, sentence, book);
    }

    // The words a body's name is referred back to by ("the commission"), as they are capitalised inside the name.
    private static readonly Dictionary<string, string> BodyHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        ["commission"] = "Commission", ["committee"] = "Committee", ["ministry"] = "Ministry", ["department"] = "Department",
        ["council"] = "Council", ["agency"] = "Agency", ["court"] = "Court", ["tribunal"] = "Tribunal", ["comisión"] = "Comisión",
        ["comité"] = "Comité", ["ministerio"] = "Ministerio", ["departamento"] = "Departamento", ["consejo"] = "Consejo",
        ["agencia"] = "Agencia", ["corte"] = "Corte", ["fiscalía"] = "Fiscalía", ["defensoría"] = "Defensoría", ["procuraduría"] = "Procuraduría",
        ["office"] = "Office", ["oficina"] = "Oficina",
    };

    /// <summary>"the commission", "la comisión": the head, as written inside a name, when the phrase is an article and such a word; else null.</summary>
    internal static string? BodyHead(string phrase)
    {
        var space = phrase.IndexOf(' ');
        if (space <= 0 || phrase[..space].ToLowerInvariant() is not ("the" or "la" or "el" or "al"))
        {
            return null;
        }
        // "la Fiscalía estatal": a lower-case adjective after the head says which one, not another name.
        var second = phrase.IndexOf(' ', space + 1);
        if (second > 0 && (phrase.IndexOf(' ', second + 1) >= 0 || !char.IsLower(phrase[second + 1])))
        {
            return null;
        }
        return BodyHeads.GetValueOrDefault(phrase[(space + 1)..(second > 0 ? second : phrase.Length)]);
    }

    /// <summary>
    /// The last name before <paramref name="before"/> (in the few thousand characters before it) that holds
    /// <paramref name="head"/> among its capitalised words ("Saudi Human Rights Commission", "Departamento de
    /// Seguridad Nacional"); null when there is none.
    /// </summary>
    internal static string? BodyNamedBefore(string text, int before, string head)
    {
        var from = Math.Max(0, before - 4000);
        for (var at = text.LastIndexOf(head, before - 1, before - from, StringComparison.Ordinal); at > 0; at = at > from ? text.LastIndexOf(head, at - 1, at - from, StringComparison.Ordinal) : -1)
        {
            var end = at + head.Length;
            if (text[at - 1] != ' ' || (end < text.Length && char.IsLetter(text[end])))
            {
                continue;
            }
            // Back over capitalised words, forward over capitalised words and the joining words between them.
            var start = at;
            for (var words = 0; words < 6; words++)
            {
                var previous = text.LastIndexOf(' ', start - 2);
                var word = text.AsSpan(previous + 1, start - 1 - (previous + 1));
                if (word.IsEmpty || !char.IsUpper(word[0]) || word.IndexOfAny(",.;:()\n\"") >= 0 || word is "The" or "El" or "La" or "In" or "En")
                {
                    break;
                }
                start = previous + 1;
                if (previous < 0)
                {
                    break;
                }
            }
            var stop = end;
            for (var words = 0; words < 8 && stop < text.Length && text[stop] == ' '; words++)
            {
                var next = text.IndexOfAny([' ', ',', '.', ';', ':', '\n', ')', '"'], stop + 1);
                next = next < 0 ? text.Length : next;
                var word = text.AsSpan(stop + 1, next - stop - 1);
                if (word is "de" or "del" or "of" or "for" or "on" or "para" or "la" or "los" or "las" or "the" or "y" or "and")
                {
                    // A joining word only inside the name: a capitalised word must follow it.
                    if (next < text.Length && text[next] == ' ' && next + 1 < text.Length && (char.IsUpper(text[next + 1]) || text.AsSpan(next + 1).StartsWith("la ") || text.AsSpan(next + 1).StartsWith("los ")
                                                                                || text.AsSpan(next + 1).StartsWith("las ") || text.AsSpan(next + 1).StartsWith("the ")))
                    {
                        stop = next;
                        continue;
                    }
                    break;
                }
                if (word.IsEmpty || !char.IsUpper(word[0]))
                {
                    break;
                }
                stop = next;
            }
            // Trailing joining words are not part of it.
            var name = text[start..stop].TrimEnd();
            foreach (var joiner in (ReadOnlySpan<string>)[" de la", " de los", " del", " de", " of the", " of", " for", " la", " los", " the"])
            {
                if (name.EndsWith(joiner, StringComparison.Ordinal))
                {
                    name = name[..^joiner.Length];
                }
            }
            if (name.Contains(' ', StringComparison.Ordinal) && name != head)
            {
                return name;
            }
        }
        return null;
    }

    private static bool IsCompanyHead(string phrase)
    {
        var space = phrase.LastIndexOf(' ');
        var head = space < 0 ? phrase : phrase[(space + 1)..];
        return head.ToLowerInvariant() is "company" or "firm" or "empresa" or "compañía" or "corporation";
    }

    // What ends a company's name: "Ltd", "S.A.", "Inc." ...
    private static readonly string[] CompanyEnds = ["Ltd", "Limited", "Inc", "Corporation", "Corp", "S.A.", "Lda", "Ltda", "PLC", "plc", "LLC", "GmbH", "Company", "S.A.S."];

    /// <summary>The last company name before <paramref name="before"/>: capitalised words that end with "Ltd", "S.A." and the like; null when there is none.</summary>
    internal static string? CompanyNamedBefore(string text, int before)
    {
        // Only the few thousand characters before the quote are read, so that no statement makes this slow.
        var from = Math.Max(0, before - 4000);
        var window = text.AsSpan(from, before - from);
        var end = -1;
        foreach (var word in CompanyEnds)
        {
            var rest = window;
            while (rest.LastIndexOf(word, StringComparison.Ordinal) is var at and > 0)
            {
                var after = at + word.Length;
                if (rest[at - 1] == ' ' && (from + after >= text.Length || !char.IsLetter(text[from + after])))
                {
                    end = Math.Max(end, from + after + (from + after < text.Length && text[from + after] == '.' && word is "Ltd" or "Inc" or "Corp" or "Lda" or "Ltda" ? 1 : 0));
                    break;
                }
                rest = rest[..at];
            }
        }
        if (end < 0)
        {
            return null;
        }
        // Back over the capitalised words of the name, at most six.
        var start = text.LastIndexOf(' ', end - 1 - 1);
        var words = 0;
        while (start > 0 && words < 6)
        {
            var previous = text.LastIndexOf(' ', start - 1);
            var word = text.AsSpan(previous + 1, start - previous - 1);
            // "Palmas del Litoral S.A.", "Bank of Kigali Ltd": a joining word between capitalised words.
            if (word is "de" or "del" or "of" or "and" or "&" or "y" && previous > 0 && text.LastIndexOf(' ', previous - 1) is var before2
                && previous - before2 > 1 && char.IsUpper(text[before2 + 1]))
            {
                start = previous;
                continue;
            }
            // "Golden Lotus Agro-Industrial Co. Ltd.": an abbreviation inside the name keeps its stop.
            if (word is "Co." or "Corp." or "Pty." or "Bhd." or "Cía.")
            {
                start = previous;
                continue;
            }
            if (word.IsEmpty || !char.IsUpper(word[0]) || word.IndexOfAny(",.;:\n") >= 0 || word is "The" or "El" or "La" or "A" or "Una" or "Un")
            {
                break;
            }
            start = previous;
            words++;
        }
        var name = text[(start + 1)..end];
        return words > 0 ? name : null;
    }

    /// <summary>"the High Commissioner", "la Alta Comisionada": the UN office a title names when no one named holds it, or null.</summary>
    private static string? UnOffice(string text, string phrase)
    {
        if (!phrase.Contains("High Commissioner", StringComparison.OrdinalIgnoreCase) && !phrase.Contains("Alto Comisionado", StringComparison.OrdinalIgnoreCase)
            && !phrase.Contains("Alta Comisionada", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var refugees = text.Contains("for Refugees", StringComparison.OrdinalIgnoreCase) || text.Contains("para los Refugiados", StringComparison.OrdinalIgnoreCase);
        var rights = text.Contains("for Human Rights", StringComparison.OrdinalIgnoreCase) || text.Contains("para los Derechos Humanos", StringComparison.OrdinalIgnoreCase)
                     || text.Contains("OHCHR", StringComparison.Ordinal) || text.Contains("ACNUDH", StringComparison.Ordinal);
        return refugees && !rights ? "UN High Commissioner for Refugees" : "UN High Commissioner for Human Rights";
    }

    // "UN experts", "UN human rights experts", "expertos de la ONU": how the statement names the group.
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(phrase))]
    private static string? GroupName(string text, string? phrase)
    {
        foreach (var (needle, name) in GroupNames)
        {
            if (text.Contains(needle, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }
        return phrase;
    }

    private static readonly (string Needle, string Name)[] GroupNames =
    [
        ("UN experts", "UN experts"), ("UN human rights experts", "UN experts"), ("UN independent experts", "UN experts"),
        ("United Nations experts", "UN experts"), ("United Nations human rights experts", "UN experts"),
        ("expertos de la ONU", "UN experts"), ("expertos de las Naciones Unidas", "UN experts"), ("expertos independientes de la ONU", "UN experts"),
        ("expertas de la ONU", "UN experts"),
    ];

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end - 1 && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    private static TextSpan? PreviousSentence(List<TextSpan> sentences, TextSpan current)
    {
        TextSpan? previous = null;
        foreach (var s in sentences)
        {
            if (s.Start >= current.Start)
            {
                break;
            }
            previous = s;
        }
        return previous;
    }

    private static TextSpan SentenceAt(List<TextSpan> sentences, int offset, RawBlock block)
    {
        TextSpan? last = null;
        foreach (var s in sentences)
        {
            if (s.Start > offset)
            {
                break;
            }
            last = s;
        }
        return last ?? new TextSpan(block.Start, block.End);
    }

    private static (int, int) Trim(string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == ','))
        {
            e--;
        }
        return (s, e);
    }

    private static bool IsTitle(string text, List<Token> tokens, int start, int end, ReadOnlySpan<char> prefix)
    {
        // The cue is the prefix's last word, or the word before a final "the"; matched in place on
        // the lower-cased end of the prefix, since this runs for every quoted passage. No cue is
        // longer than the window, so the rest of the prefix can only matter when it is all there is.
        var trimmed = prefix.TrimEnd().TrimEnd(",:");
        const int Window = 32;
        var whole = trimmed.Length <= Window;
        Span<char> buffer = stackalloc char[Window];
        var p = buffer[..trimmed[Math.Max(0, trimmed.Length - Window)..].ToLowerInvariant(buffer)];
        var beforeThe = p.EndsWith(" the", StringComparison.Ordinal) ? p[..^4] : default;
        if (EndsWithCue(p) || (whole && IsCue(p)) || EndsWithCue(beforeThe))
        {
            return true;
        }
        // Title Case with no sentence punctuation reads as the name of a report or law.
        var inner = text.AsSpan(start, end - start).TrimEnd();
        if ((inner.Length > 0 && inner[^1] is '.' or '!' or '?' or ',' or ';') || prefix.Trim().Length == 0)
        {
            return false;
        }
        var words = 0;
        for (var k = Token.FirstAtOrAfter(tokens, start); k < tokens.Count && tokens[k].End <= end; k++)
        {
            var t = tokens[k];
            if (t.End - t.Start <= 3 && char.IsLower(text[t.Start]))
            {
                continue; // "of", "the", "and", "on" do not count against Title Case
            }
            if (!char.IsUpper(text[t.Start]))
            {
                return false;
            }
            words++;
        }
        return words >= 2;
    }

    /// <summary>True when <paramref name="s"/> ends with a space and then a title cue.</summary>
    private static bool EndsWithCue(ReadOnlySpan<char> s)
    {
        var space = s.LastIndexOf(' ');
        if (space >= 0 && OneWordTitleCues.Contains(s[(space + 1)..]))
        {
            return true;
        }
        foreach (var cue in SpacedTitleCues)
        {
            if (EndsWithWord(s, cue))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsCue(ReadOnlySpan<char> s)
    {
        if (OneWordTitleCues.Contains(s))
        {
            return true;
        }
        foreach (var cue in SpacedTitleCues)
        {
            if (s.SequenceEqual(cue))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="s"/> ends with a space and then <paramref name="word"/>.</summary>
    private static bool EndsWithWord(ReadOnlySpan<char> s, string word) =>
        s.Length > word.Length && s.EndsWith(word, StringComparison.Ordinal) && s[s.Length - word.Length - 1] == ' ';

    /// <summary>Pairs quotation marks block by block, carrying an open quote into the next paragraph when it opens with a mark.</summary>
    private static List<Raw> FindMarks(string text, List<RawBlock> blocks)
    {
        var raws = new List<Raw>();
        Raw? carry = null;
        // One list of the paragraph's double-quoted stretches, emptied for each paragraph.
        var doubleSpans = new List<(int, int)>();
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Kind is not (BlockKind.Paragraph or BlockKind.Heading))
            {
                carry = null;
                continue;
            }
            Raw? open = null;
            var first = true;
            doubleSpans.Clear();
            if (carry is not null)
            {
                if (text[block.Start] == '"')
                {
                    open = carry;
                    open.LastBlock = b;
                    first = false;
                    carry = null;
                    // The continuation mark itself is consumed here.
                    ScanDoubles(text, block, block.Start + 1, ref open, ref first, raws, doubleSpans, b);
                    goto singles;
                }
                carry = null;
            }
            ScanDoubles(text, block, block.Start, ref open, ref first, raws, doubleSpans, b);
        singles:
            if (open is not null)
            {
                open.End = block.End;
                open.LastBlock = b;
                raws.Add(open);
                doubleSpans.Add((open.OpenMark, block.End));
                carry = open;
            }
            ScanSingles(text, block, b, doubleSpans, raws);
        }
        // A quote carried on and closed later was added twice (once per open paragraph); keep the
        // last, in the order of the last additions.
        var unique = new List<Raw>(raws.Count);
        for (var i = raws.Count - 1; i >= 0; i--)
        {
            if (!raws[i].Kept)
            {
                raws[i].Kept = true;
                unique.Add(raws[i]);
            }
        }
        unique.Reverse();
        unique.Sort((x, y) => x.OpenMark != y.OpenMark ? x.OpenMark.CompareTo(y.OpenMark) : x.Start.CompareTo(y.Start));
        return unique;
    }

    private static void ScanDoubles(string text, RawBlock block, int from, ref Raw? open, ref bool first, List<Raw> raws, List<(int, int)> spans, int b)
    {
        for (var k = from; k < block.End; k++)
        {
            k = text.IndexOf('"', k, block.End - k);
            if (k < 0)
            {
                break;
            }
            var opening = IsOpening(text, block, k);
            var closing = IsClosing(text, block, k);
            if (open is null)
            {
                if (closing && !opening && first)
                {
                    // A closing mark with no opening one: the quote started with the paragraph.
                    raws.Add(new Raw { OpenMark = block.Start, Start = block.Start, End = k, CloseMark = k, FirstBlock = b, LastBlock = b });
                    spans.Add((block.Start, k + 1));
                }
                else if (opening || !closing)
                {
                    open = new Raw { OpenMark = k, Start = k + 1, FirstBlock = b, LastBlock = b };
                }
            }
            else if (closing || !opening)
            {
                open.End = k;
                open.CloseMark = k;
                open.LastBlock = b;
                raws.Add(open);
                spans.Add((open.OpenMark, k + 1));
                open = null;
            }
            else
            {
                // A new opening mark while one is open: the earlier quote was never closed.
                open.End = k;
                open.LastBlock = b;
                raws.Add(open);
                spans.Add((open.OpenMark, k));
                open = new Raw { OpenMark = k, Start = k + 1, FirstBlock = b, LastBlock = b };
            }
            first = false;
        }
    }

    private static void ScanSingles(string text, RawBlock block, int b, List<(int, int)> doubleSpans, List<Raw> raws)
    {
        var open = -1;
        for (var k = block.Start; k < block.End; k++)
        {
            k = text.IndexOf('\'', k, block.End - k);
            if (k < 0)
            {
                break;
            }
            if (Inside(doubleSpans, k))
            {
                continue;
            }
            var prev = k > block.Start ? text[k - 1] : ' ';
            var next = k + 1 < block.End ? text[k + 1] : ' ';
            if (open < 0)
            {
                if ((char.IsWhiteSpace(prev) || prev is '(' or '[' or '—' or '–') && char.IsLetterOrDigit(next))
                {
                    open = k;
                }
            }
            else if ((char.IsLetterOrDigit(prev) || prev is '.' or ',' or '!' or '?') && (char.IsWhiteSpace(next) || next is ',' or '.' or ';' or ':' or '!' or '?' or ')' || k + 1 >= block.End))
            {
                raws.Add(new Raw { OpenMark = open, Start = open + 1, End = k, CloseMark = k, FirstBlock = b, LastBlock = b });
                open = -1;
            }
        }
    }

    private static bool Inside(List<(int Start, int End)> spans, int k)
    {
        foreach (var (s, e) in spans)
        {
            if (k >= s && k < e)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsOpening(string text, RawBlock block, int k)
    {
        var prev = k > block.Start ? text[k - 1] : ' ';
        var next = k + 1 < block.End ? text[k + 1] : ' ';
        return !char.IsWhiteSpace(next) && (char.IsWhiteSpace(prev) || prev is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':');
    }

    private static bool IsClosing(string text, RawBlock block, int k)
    {
        var prev = k > block.Start ? text[k - 1] : ' ';
        var next = k + 1 < block.End ? text[k + 1] : ' ';
        return !char.IsWhiteSpace(prev) && (char.IsWhiteSpace(next) || next is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '—' or '–' or '-' || k + 1 >= block.End);
    }

    /// <summary>Links each pull quote to the body quote it repeats: the nearest one whose squashed text holds the pull quote's first 60 squashed characters.</summary>
    private static List<FoundQuote> LinkPullQuotes(string text, List<FoundQuote> quotes)
    {
        if (!quotes.Exists(q => q.Kind == QuoteKind.PullQuote))
        {
            return quotes; // nothing to link, so no need to squash every quote
        }
        // Quotes are squashed (letters and digits, lower case) when first needed, into one pooled
        // buffer; body quotes are tried nearest first, so most are never squashed.
        var total = 0;
        foreach (var q in quotes)
        {
            total += q.End - q.Start;
        }
        var buffer = ArrayPool<char>.Shared.Rent(total + Squasher.Slack);
        var squashed = new (int Start, int Length)[quotes.Count];
        Array.Fill(squashed, (-1, 0));
        var used = 0;
        ReadOnlySpan<char> Squashed(int i)
        {
            if (squashed[i].Start < 0)
            {
                var n = Squasher.Squash(text.AsSpan(quotes[i].Start, quotes[i].End - quotes[i].Start), buffer.AsSpan(used));
                squashed[i] = (used, n);
                used += n;
            }
            return buffer.AsSpan(squashed[i].Start, squashed[i].Length);
        }
        try
        {
            // Each quote's distance and index in one number: sorting them orders by distance, then
            // by index, without a comparison delegate.
            var byDistance = new long[quotes.Count];
            for (var i = 0; i < quotes.Count; i++)
            {
                if (quotes[i].Kind != QuoteKind.PullQuote)
                {
                    continue;
                }
                var probe = Squashed(i);
                probe = probe.Length > 60 ? probe[..60] : probe;
                if (probe.Length == 0)
                {
                    continue;
                }
                // Nearest first; among equally near ones, the earlier, as a scan in order would pick.
                var start = quotes[i].Start;
                for (var j = 0; j < byDistance.Length; j++)
                {
                    byDistance[j] = ((long)Math.Abs(quotes[j].Start - start) << 32) | (uint)j;
                }
                Array.Sort(byDistance);
                foreach (var key in byDistance)
                {
                    var j = (int)(key & uint.MaxValue);
                    if (quotes[j].Kind == QuoteKind.Inline && Squashed(j).Contains(probe, StringComparison.Ordinal))
                    {
                        quotes[i] = quotes[i] with { RepeatsQuote = j };
                        break;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
        return quotes;
    }

    /// <summary>
    /// "The government said", "the Ministry of Interior stated", "the Interior Minister told reporters": a state's
    /// office that speaks without its state named is the office of the state the statement is about, and is named with
    /// the state's demonym ("Togolese government", "Saudi Ministry of Interior"), so that one state's ministry is not
    /// another's on a speaker's page. A spokesperson named after a body ("Ministry of Interior spokesperson") is left as
    /// the text names the body; a name in Spanish is left as written.
    /// </summary>
    internal static void NameStateOffices(List<FoundQuote> quotes, Actor? focus, ActorRegistry registry)
    {
        if (focus?.CountryCode is not { } code || registry.DemonymOf(code) is not { } demonym)
        {
            return;
        }
        for (var i = 0; i < quotes.Count; i++)
        {
            if (quotes[i].Speaker is { } speaker && IsUnplacedStateOffice(speaker, registry))
            {
                var lower = speaker.StartsWith("Government", StringComparison.Ordinal) && !speaker.Contains(" of ", StringComparison.Ordinal);
                quotes[i] = quotes[i] with { Speaker = demonym + " " + (lower ? "g" + speaker[1..] : speaker) };
            }
        }
    }

    private static readonly FrozenSet<string> OfficeJoiners = FrozenSet.Create(StringComparer.Ordinal, "of", "and", "for", "the");

    // "government", "Government spokesperson"; "Ministry of Interior", "Minister of Security", "Interior Ministry", "Foreign Minister".
    private static bool IsUnplacedStateOffice(string speaker, ActorRegistry registry)
    {
        var words = speaker.Split(' ');
        if (words is ["government" or "Government"] or ["government" or "Government", "spokesperson"])
        {
            return true;
        }
        var head = Array.FindIndex(words, w => w is "Ministry" or "Minister");
        if (head < 0 || words.Length > 8)
        {
            return false;
        }
        for (var k = 0; k < words.Length; k++)
        {
            var w = words[k];
            // Every word a capitalised one or a joiner: "Ministry of Interior spokesperson" is a spokesperson's name.
            if (w.Length == 0 || (!char.IsUpper(w[0]) && !(k > head && OfficeJoiners.Contains(w))))
            {
                return false;
            }
            // "Ministry of Foreign Affairs of Laos", "Saudi Ministry of Interior": the state is named already.
            if (registry.StateCode(w) is not null || (k + 1 < words.Length && registry.StateCode(w + " " + words[k + 1]) is not null))
            {
                return false;
            }
        }
        // "Ministry of Interior", "Minister of Security": an office in English; "Ministerio del Interior" is not one.
        return head == 0 ? words.Length >= 3 && words[1] == "of" : head == words.Length - 1;
    }
}
