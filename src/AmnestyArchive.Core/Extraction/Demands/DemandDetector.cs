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
    // Words are sets of folded words, tested by id (see WordSet); the sets register their words
    // in the lexicon when this class loads, before any text is tokenised.
    private static readonly WordSet Determiners = new("the", "los", "las", "el", "la", "these", "those", "both", "its", "their", "sus", "su");

    private static readonly WordSet OfficeAdjectives = new(
        "new", "current", "incoming", "interim", "transitional", "caretaker", "nuevo", "nueva", "nuevos", "nuevas", "actual", "actuales",
        "proximo", "proxima", "entrante", "interino", "interina", "transitorio", "transitoria", "federal", "central", "national", "nacional", "federales", "centrales", "nacionales");

    private static readonly WordSet Impersonal = new(
        "there", "what", "which", "that", "who", "whoever", "nothing", "no", "nobody", "hay", "nadie", "nada", "que", "quien",
        "justice", "justicia", // "Justice must be done" asks no one
        "any", "cualquier", "ninguna", "ningun"); // "any restriction must be provided by law" states a rule

    private static readonly WordSet Adverbs = new(
        "not", "now", "also", "immediately", "never", "urgently", "promptly", "therefore", "still", "no", "ya", "también", "inmediatamente", "be", "ser");

    private static readonly WordSet ObjectSkips = new(
        "on", "upon", "a", "al", "the", "los", "las", "el", "la", "to", "that", "que",
        "today", "hoy", "again", "also", "urgently", "publicly", "yesterday", "nuevamente", "reiteradamente", "tambien", "ayer", "publicamente",
        "asimismo", "ademas", "igualmente");

    // "a la empresa Palmas del Litoral S.A. que ...", "the company Golden Crest Ltd to ...": what the name that follows is.
    private static readonly WordSet CompanyHeads = new("empresa", "compania", "company", "firm", "corporacion", "corporation");

    private static readonly WordSet Pronouns = new("it", "they", "ellos", "ellas", "them", "les");

    // Organs of a state that stand for its authorities when no state is named with them.
    private static readonly WordSet GenericAuthorities = new(
        "authorities", "autoridades", "government", "gobierno", "state", "estado", "military", "army", "police", "junta", "regime", "ejercito", "policia", "regimen");

    private static readonly WordSet ArmedOrSecurity = new("armed", "security");
    private static readonly WordSet ArmadasOrDe = new("armadas", "de");
    private static readonly int Forces = Lexicon.Register("forces").Id;
    private static readonly int Fuerzas = Lexicon.Register("fuerzas").Id;

    // "the State must" stands for the authorities; "the state of emergency must end" does not.
    private static readonly WordSet StateWords = new("state", "estado");
    private static readonly WordSet OfWords = new("of", "de", "del");

    // "la Junta Central Electoral", "the Police Service Commission": a capitalised organ word that opens a longer name is that name.
    private static bool OpensName(string text, ReadOnlySpan<Token> words, int i) =>
        i + 1 < words.Length && Token.StartsUpper(text, words[i]) && Token.StartsUpper(text, words[i + 1])
        && (words[i + 1].Flags & WordFlags.DemandCue) == 0; // "Authorities Should Free ...": a headline in title case

    private static readonly WordSet Juntas = new("junta", "juntas");

    /// <summary>"la Junta de Indultos y Libertad Condicional": a capitalised "Junta" that opens a name is a board, not a military junta.</summary>
    private static bool BoardName(string text, ReadOnlySpan<Token> words, int i) =>
        Juntas.Contains(words[i]) && Token.StartsUpper(text, words[i]) && i + 2 < words.Length && OfWords.Contains(words[i + 1]) && Token.StartsUpper(text, words[i + 2]);

    private static bool IsStateOrgan(string text, ReadOnlySpan<Token> words, int i, ActorRegistry registry) =>
        i < words.Length && ((GenericAuthorities.Contains(words[i]) && !(StateWords.Contains(words[i]) && i + 1 < words.Length && OfWords.Contains(words[i + 1])
                                                                            && !(i + 2 < words.Length && words[i + 2].WordId == Que)) // "su solicitud al Estado de que ..."
                              && !OpensName(text, words, i) && !BoardName(text, words, i))
            // "el Tribunal Constitucional", "la Policía Nacional": a body's one word that opens a name is an organ of its own ("el Poder Ejecutivo" is the phrase).
            || (registry.BodyAt(words, i, out var bodyWords) is not null && !(bodyWords == 1 && OpensName(text, words, i)))
            || (i + 1 < words.Length && ((ArmedOrSecurity.Contains(words[i]) && words[i + 1].WordId == Forces) || (words[i].WordId == Fuerzas && ArmadasOrDe.Contains(words[i + 1])))));

    /// <summary>
    /// The actor a generic organ word at <paramref name="i"/> stands for (see <see cref="IsStateOrgan"/>), of the
    /// country the demand is read against: "the State" is the state itself, "the courts", "los jueces" and "the
    /// military" are those bodies of it, anything else its authorities.
    /// </summary>
    private static Actor? OrganOf(string text, ReadOnlySpan<Token> words, int i, in Context context)
    {
        if (LocalOrgan(text, words, i, context.Registry) is { } local)
        {
            return local;
        }
        // "The state government of Chhattisgarh should ...": a sub-national government, named by its place.
        if (i + 1 < words.Length && SubnationalWords.Contains(words[i]) && !Token.StartsUpper(text, words[i]) && LocalOrgan(text, words, i + 1, context.Registry) is { } subnational)
        {
            return subnational;
        }
        if (context.Country() is not { } code)
        {
            return null;
        }
        if (StateWords.Contains(words[i]))
        {
            return context.Registry.StateOf(code);
        }
        // "the military junta", "the military government": the military that governs is the authorities.
        if (i + 1 < words.Length && GoverningWords.Contains(words[i + 1]))
        {
            return context.Registry.AuthoritiesOf(code);
        }
        return (context.Registry.BodyAt(words, i) is { } body ? context.Registry.BodyOf(body, code) : null) ?? context.Registry.AuthoritiesOf(code);
    }

    private static readonly WordSet GoverningWords = new("junta", "regime", "government", "gobierno", "regimen");

    /// <summary>
    /// Whether a quoted speaker's personal name of two words or more ends with <paramref name="word"/> ("Ana Lucía Montenegro"),
    /// not an office that ends with a state's name ("Special Rapporteur on the situation of human rights in Burundi").
    /// </summary>
    private static bool SpeakerSurname(List<FoundQuote> quotes, ReadOnlySpan<char> word)
    {
        foreach (var q in quotes)
        {
            if (q.Speaker is { } speaker && speaker.Length > word.Length + 1 && speaker.AsSpan().EndsWith(word, StringComparison.Ordinal)
                && speaker[speaker.Length - word.Length - 1] == ' ' && AttributionParser.IsPersonName(speaker))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a quoted speaker's name has <paramref name="word"/> as a surname: its last word, or in Spanish its first surname ("Bahena" of "Fidel Bahena Ocampo").</summary>
    private static bool QuotedBySurname(List<FoundQuote> quotes, ReadOnlySpan<char> word)
    {
        foreach (var q in quotes)
        {
            if (q.Speaker is { } speaker && AttributionParser.IsPersonName(speaker) && speaker.IndexOf(' ') is var space and > 0)
            {
                foreach (var part in speaker.AsSpan(space + 1).Split(' '))
                {
                    if (speaker.AsSpan(space + 1)[part].SequenceEqual(word))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static readonly WordSet OpeningAdverbs = new("now", "today", "therefore", "instead", "thus", "ahora", "hoy", "entonces", "finally", "finalmente");

    private static readonly WordSet LocalOrganWords = new("authorities", "autoridades", "government", "gobierno");
    private static readonly WordSet PlaceOf = new("of", "in", "de", "en", "del");
    private static readonly WordSet SubnationalWords = new("state", "estado", "province", "provincia", "region", "department", "departamento", "county", "municipality", "municipio", "city", "ciudad");

    // Capitalised words after "the authorities of" that name a government or an office, not a place.
    private static readonly WordSet NoPlaceWords = new(
        "estado", "state", "republica", "republic", "national", "nacional", "unity", "unidad", "transition", "transicion", "accord", "acuerdo",
        "salvation", "salvacion", "facto", "union", "federation", "federacion", "kingdom", "reino");

    /// <summary>
    /// "las autoridades de Jalisco", "the authorities in Chhattisgarh", "el gobierno del estado de Oaxaca": the organs of a place
    /// within a state, which the registry does not hold (a state named so is a registered phrase, found before this).
    /// </summary>
    // "las autoridades judiciales de la provincia de Salta": which authorities, in English (looked up by span, with no string per word).
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> LocalAdjectives = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["judiciales"] = "judicial", ["judicial"] = "judicial", ["provinciales"] = "provincial", ["provincial"] = "provincial",
        ["locales"] = "local", ["local"] = "local", ["municipales"] = "municipal", ["municipal"] = "municipal", ["regionales"] = "regional",
        ["regional"] = "regional", ["policiales"] = "police", ["penitenciarias"] = "prison",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Actor? LocalOrgan(string text, ReadOnlySpan<Token> words, int i, ActorRegistry registry)
    {
        // "las autoridades judiciales de ...": an adjective that says which, then the place.
        string? which = null;
        var of = i + 1;
        if (of + 2 < words.Length && !Token.StartsUpper(text, words[of]) && LocalAdjectives.TryGetValue(text.AsSpan(words[of].Start, words[of].End - words[of].Start), out var adjective))
        {
            which = adjective;
            of++;
        }
        if (of + 1 >= words.Length || !LocalOrganWords.Contains(words[i]) || !PlaceOf.Contains(words[of]) || HasComma(text, words[i].End, words[of + 1].Start))
        {
            return null;
        }
        var k = of + 1;
        // "de la provincia de Salta": the article before the kind of place.
        if (k + 3 < words.Length && Articles.Contains(words[k]) && SubnationalWords.Contains(words[k + 1]) && !Token.StartsUpper(text, words[k + 1]) && PlaceOf.Contains(words[k + 2]))
        {
            k++;
        }
        // "el gobierno del estado de Oaxaca", "el Gobierno del Estado de Sinaloa".
        if (k + 2 < words.Length && SubnationalWords.Contains(words[k]) && PlaceOf.Contains(words[k + 1])
            && (!Token.StartsUpper(text, words[k]) || (Token.StartsUpper(text, words[k + 2]) && registry.StateCode(text[words[k + 2].Start..words[k + 2].End]) is null)))
        {
            k += 2;
        }
        if (!Token.StartsUpper(text, words[k]) || NoPlaceWords.Contains(words[k]) || (words[k].Flags & WordFlags.DemandCue) != 0)
        {
            return null;
        }
        var end = k + 1;
        while (end < words.Length && end < k + 2 && Token.StartsUpper(text, words[end]) && text.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).SequenceEqual(" "))
        {
            end++;
        }
        var place = text[words[k].Start..words[end - 1].End];
        if (registry.StateCode(place) is not null || registry.StateCode(text[words[k].Start..words[k].End]) is not null)
        {
            return null;
        }
        var government = words[i].WordId == Government || words[i].WordId == Gobierno;
        // "the authorities in Jakarta", "el gobierno en Moscú": a capital stands for the state's government.
        if (registry.StateOfCapital(place) is { } code)
        {
            return (government ? registry.Find(code.ToLowerInvariant() + "-government") : null) ?? registry.AuthoritiesOf(code);
        }
        return NamedAddressee.Unregistered(place + (which is null ? "" : " " + which) + (government ? " government" : " authorities"));
    }

    private static readonly int Government = Lexicon.Register("government").Id;
    private static readonly int Gobierno = Lexicon.Register("gobierno").Id;

    // Every word that CueAt can start a cue with: registered with a flag, so that the words of a
    // sentence that start none are passed over with a bit test.
    private static readonly string[] CueFirstWords =
    [
        "must", "should", "debe", "deben", "deberia", "deberian", "debera", "deberan", "need", "needs", "have", "has", "ought", "tiene", "tienen",
        "call", "calls", "called", "calling", "urge", "urges", "urged", "urging", "ask", "asks", "asked", "demand", "demands", "demanded",
        "insta", "instan", "insto", "exhorta", "exhortan", "exhorto", "pide", "piden", "pidio", "exige", "exigen", "exigio", "solicita",
        "solicitan", "solicito", "reclama", "reclaman", "hace", "hacen", "hizo", "hicieron", "hago", "es", "it",
        "instamos", "exhortamos", "pedimos", "exigimos", "solicitamos", "reclamamos", "hacemos",
        "instaron", "exhortaron", "pidieron", "exigieron", "solicitaron", "reclamaron", "urgieron", "urge", "urgen", "pido", "exijo",
        "llama", "llaman", "llamo", "llamaron", "llamamos",
        "alienta", "alientan", "alentamos", "alento", "alentaron", "encourage", "encourages", "encouraged",
        "reitera", "reiteran", "reiteramos", "reitero", "reiteraron", "renueva", "renuevan", "renovamos", "renovo",
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
        (Actor Actor, int Block)? Last, (Actor Actor, int Block)? LastNamed, Actor? LastState, Actor? StateInSentence, Actor? Focus, int Block,
        ActorRegistry Registry, List<Actor>? Also = null, Actor? PreviousSubject = null, List<FoundQuote>? Quotes = null)
    {
        /// <summary>The last addressee, if it was named at most three blocks back, else the headline's subject.</summary>
        public Actor? Addressee() => Last is { } l && Block - l.Block <= 3 ? l.Actor : Focus;

        /// <summary>
        /// What "it" or "they" as a subject stands for: a name the registry does not hold, asked last and in this
        /// paragraph ("Golden Crest Mining Ltd should ... It should also ..."), else <see cref="Addressee"/>.
        /// </summary>
        /// <remarks>An actor that opens the sentence right before, in the same paragraph, comes first: "Separatist armed
        /// groups have also committed abuses. They should stop ..."</remarks>
        public Actor? Pronoun() => ReferenceEquals(PreviousSubject, NoActor) ? null : PreviousSubject ?? (LastNamed is { } n && n.Block == Block ? n.Actor : Addressee());

        /// <summary>
        /// The country a demand without a named state is read against ("the authorities", "the State"): the state
        /// the sentence names before what is asked, else the state the headline is about, else the state named last,
        /// else the last addressee's. A statement on deportations from one state to another names the second often,
        /// and still asks the first: "Pedimos al Gobierno que suspenda las deportaciones hacia Haití".
        /// </summary>
        public string? Country() => (StateInSentence ?? (Focus?.Kind == "state" ? Focus : null) ?? LastState ?? (Last is { } l && l.Actor.CountryCode is not null ? l.Actor : Focus))?.CountryCode;
    }

    private enum CueKind
    {
        Modal,
        Object,
        CallFor,
    }

    /// <summary>The flags of the tokens <see cref="Detect"/> needs marked: the cue words and the words actor names start with.</summary>
    public static WordFlags MarkedFlags(ActorRegistry registry) => WordFlags.DemandCue | registry.Matcher.RootFlag;

    /// <param name="marked">The indexes, in order, of the tokens with any of <see cref="MarkedFlags"/> (more do no harm).</param>
    /// <param name="citations">The statement's citations: "Article 21 of the ICCPR provides that restrictions must be ..." states a norm, not a demand.</param>
    public static List<FoundDemand> Detect(string text, List<RawBlock> blocks, List<List<TextSpan>> sentences,
        List<Token> tokens, ReadOnlySpan<int> marked, List<FoundQuote> quotes, List<Citations.FoundCitation> citations, ActorRegistry registry, Actor? focus)
    {
        var demands = new List<FoundDemand>();
        (Actor Actor, int Block)? last = null;
        (Actor Actor, int Block)? lastNamed = null;
        Actor? lastState = null;
        var seenStates = new HashSet<string>(StringComparer.Ordinal);
        var t0 = 0;
        var m0 = 0;
        var all = CollectionsMarshal.AsSpan(tokens);
        // One mention list and one list of the sentence's addressees, refilled for each sentence.
        var mentions = new List<PhraseMatch<Actor>>();
        var found = new List<Actor>();
        // The second actor of a subject of two ("El Gobierno y el Parlamento deben ..."), filled by ModalSubject.
        var also = new List<Actor>();
        Actor? previousSubject = null;
        // After "las organizaciones firmantes exigimos:", the items of the list that follows.
        var listIntro = false;
        // After "Amnesty International is calling on the European Union to:", whom it asks, and where its own demands are.
        List<FoundDemand>? listAsk = null;
        var listAskAt = -1;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            previousSubject = null;
            var blockHasCue = false;
            var listItem = false;
            foreach (var sentence in sentences[b])
            {
                var before = demands.Count;
                while (t0 < all.Length && all[t0].Start < sentence.Start)
                {
                    t0++;
                }
                var t1 = t0;
                while (t1 < all.Length && all[t1].End <= sentence.End)
                {
                    t1++;
                }
                var words = all[t0..t1];
                while (m0 < marked.Length && marked[m0] < t0)
                {
                    m0++;
                }
                var m1 = m0;
                while (m1 < marked.Length && marked[m1] < t1)
                {
                    m1++;
                }
                var inSentence = marked[m0..m1];
                registry.Matcher.FindAll(text, words, inSentence, t0, mentions);
                JoinDemonyms(text, words, mentions, registry);
                // "el caso Carvajal Carvajal y otros vs. Colombia" names a case, not a state the statement is about.
                for (var m = mentions.Count - 1; m >= 0 && citations.Count > 0; m--)
                {
                    if (mentions[m].Value.CountryCode is not null && InCitation(mentions[m].Start, citations))
                    {
                        mentions.RemoveAt(m);
                    }
                }
                // "«...», señaló Montenegro.": a speaker's surname, not the state of that name.
                for (var m = mentions.Count - 1; m >= 0 && quotes.Count > 0; m--)
                {
                    if (mentions[m].Value.Kind == "state" && mentions[m].FirstToken == mentions[m].LastToken
                        && SpeakerSurname(quotes, text.AsSpan(mentions[m].Start, mentions[m].End - mentions[m].Start)))
                    {
                        mentions.RemoveAt(m);
                    }
                }
                // The repeat of a demand in a pull quote is not another demand; datelines and attribution lines hold none.
                if (block.Kind is BlockKind.Paragraph or BlockKind.Heading && words.Length > 0)
                {
                    found.Clear();
                    if (b == 0 && block.Kind == BlockKind.Heading && focus is not null && ImperativeAfterColon(text, words))
                    {
                        // "Iran: Release all detained lawyers" asks the headline's subject to act: a state's authorities, who
                        // hold the lawyers ("Saudi Arabia: Free teacher ..." asks the Saudi authorities).
                        var asked = focus.Kind == "state" && focus.CountryCode is { } focused && registry.AuthoritiesOf(focused) is { } authorities ? authorities : focus;
                        found.Add(asked);
                        demands.Add(new FoundDemand(sentence.Start, sentence.End, asked, null, b));
                        last = (asked, b);
                    }
                    // "(Geneva, 3 June 2025) – UN experts urged ...": the dateline that opens a paragraph is not part of the demand.
                    var demandStart = sentence.Start == block.Start ? AfterDateline(text, sentence.Start, sentence.End) : sentence.Start;
                    // "1. Al Ministerio del Interior y a la Policía Nacional, abstenerse de ...": an item of a list of demands
                    // that opens with whom it asks, after "exigimos:".
                    // The sentence opens the block, or follows only the item's number ("1." may be a sentence of its own).
                    if (text.AsSpan(block.Start, sentence.Start - block.Start).IndexOfAnyExcept(ItemNumberChars) < 0 && ListItemObject(text, words) is var item and >= 0)
                    {
                        listItem = true;
                        if (listIntro)
                        {
                            var context = new Context(last, lastNamed, lastState, StateInSentence(words, mentions, item, focus), focus, b, registry, also, previousSubject, quotes);
                            var comma = item + 1;
                            while (comma < words.Length && !HasComma(text, words[comma - 1].End, words[comma].Start))
                            {
                                comma++;
                            }
                            for (var k = item; k < comma; k++)
                            {
                                if ((k == item || (AndWords.Contains(words[k - 1]) && AOrAl.Contains(words[k])))
                                    && (ObjectOf(text, words, mentions, item, k, CueKind.Object, false, citations, context) ?? ItemNamed(text, words, mentions, k, comma, context)) is { } asked
                                    && !HasActor(found, asked.Id))
                                {
                                    found.Add(asked);
                                    demands.Add(new FoundDemand(demandStart, sentence.End, asked, SpeakerAt(quotes, words[item].Start), b));
                                    last = (asked, b);
                                }
                            }
                        }
                    }
                    // The marked words of the sentence, in order; a cue of several words is passed over whole.
                    var nextCue = 0;
                    var askedBefore = false;
                    foreach (var index in inSentence)
                    {
                        var i = index - t0;
                        if (i < nextCue || (words[i].Flags & WordFlags.DemandCue) == 0)
                        {
                            continue;
                        }
                        // "exigimos:" asks no one yet: the list after it says whom.
                        blockHasCue = true;
                        var (kind, length) = CueAt(words, i);
                        if (length == 0 || InQuotedTerm(text, sentence, words[i].Start, quotes) || (kind != CueKind.Modal && NegatedAsk(words, i)))
                        {
                            continue;
                        }
                        // "India's partners should raise the cases and urge the Indian government to ...": what those asked are
                        // asked to do is to ask another; the publisher asks only them.
                        if (askedBefore && kind == CueKind.Object && i > 0 && BaseAsks.Contains(words[i]) && (AndWords.Contains(words[i - 1]) || words[i - 1].WordId == To))
                        {
                            continue;
                        }
                        // What the sentence's context says, as it stands at this cue.
                        also.Clear();
                        var stateInSentence = StateInSentence(words, mentions, i + length, focus);
                        var context = new Context(last, lastNamed, lastState, stateInSentence, focus, b, registry, also, previousSubject, quotes);
                        var heading = block.Kind == BlockKind.Heading;
                        var addressee = kind switch
                        {
                            // "Las autoridades no deben detener ...": the negation before the modal is no part of the subject.
                            // "El Salvador no tiene que elegir ...": not having to do something asks nothing.
                            CueKind.Modal when i > 1 && words[i - 1].WordId == No && TieneCues.Contains(words[i]) => null,
                            CueKind.Modal when i > 1 && words[i - 1].WordId == No => ModalSubject(text, words, mentions, i - 1, length + 1, sentence, heading, citations, context),
                            CueKind.Modal => ModalSubject(text, words, mentions, i, length, sentence, heading, citations, context),
                            _ => ObjectOf(text, words, mentions, i, i + length, kind, heading, citations, context),
                        };
                        askedBefore |= addressee is not null;
                        if (addressee is not null && !HasActor(found, addressee.Id))
                        {
                            // "Hamas and other armed groups must ...", "insta a la Unión Europea y a Estados Unidos a ...": one demand per addressee, in text order.
                            var joined = Coordinated(text, words, mentions, addressee, kind == CueKind.Modal ? -1 : i + length, kind == CueKind.Modal ? i : words.Length, registry);
                            for (var j = joined.Count - 1; j >= 0; j--)
                            {
                                var (more, position) = joined[j];
                                if (position < 0 && !HasActor(found, more.Id))
                                {
                                    found.Add(more);
                                    demands.Add(new FoundDemand(demandStart, sentence.End, more, SpeakerAt(quotes, words[i].Start), b));
                                }
                            }
                            found.Add(addressee);
                            var addresseeAt = demands.Count;
                            // The cue, not the sentence start, tells whether a quoted speaker makes the demand.
                            demands.Add(new FoundDemand(demandStart, sentence.End, addressee, SpeakerAt(quotes, words[i].Start), b));
                            // A passive demand after "President X must ..." is still one on the authorities, not on President X.
                            if (addressee.Kind != NamedAddressee.Kind)
                            {
                                last = (addressee, b);
                                lastNamed = null;
                            }
                            else
                            {
                                lastNamed = (addressee, b);
                            }
                            foreach (var more in also)
                            {
                                if (!HasActor(found, more.Id))
                                {
                                    found.Add(more);
                                    demands.Add(new FoundDemand(demandStart, sentence.End, more, SpeakerAt(quotes, words[i].Start), b));
                                }
                            }
                            foreach (var (more, position) in joined)
                            {
                                if (position > 0 && !HasActor(found, more.Id))
                                {
                                    found.Add(more);
                                    demands.Add(new FoundDemand(demandStart, sentence.End, more, SpeakerAt(quotes, words[i].Start), b));
                                }
                            }
                            // "The military and every armed group ... must": the organ came from a word, the actor after "and" from the registry.
                            if (kind == CueKind.Modal && joined.Count == 0 && !MentionedAs(mentions, addressee.Id))
                            {
                                foreach (var m in mentions)
                                {
                                    if (m.LastToken < i && m.FirstToken >= 2 && !HasActor(found, m.Value.Id) && JoinedBefore(words, m.FirstToken) && !InExamples(words, m.FirstToken))
                                    {
                                        found.Add(m.Value);
                                        demands.Add(new FoundDemand(demandStart, sentence.End, m.Value, SpeakerAt(quotes, words[i].Start), b));
                                        break;
                                    }
                                    // "RSF and army must ...", "The RSF and the army must": the actor before "and", the organ word after it, asked first.
                                    if (m.FirstToken <= 2 && m.LastToken + 2 < i && AndWords.Contains(words[m.LastToken + 1]) && !HasActor(found, m.Value.Id)
                                        && OnlyOrganBetween(words, mentions, m.LastToken + 2, i))
                                    {
                                        found.Add(m.Value);
                                        demands.Insert(addresseeAt, new FoundDemand(demandStart, sentence.End, m.Value, SpeakerAt(quotes, words[i].Start), b));
                                        break;
                                    }
                                }
                            }
                            // "calls on the Ministry of Justice to ..., and on the Ministry of Environment to ...",
                            // "insta al Estado a ... y a la Fiscalía a ...": the cue asks a second actor later in the sentence.
                            if (kind == CueKind.Object)
                            {
                                var infinitive = false;
                                for (var k = i + length + 2; k + 2 < words.Length; k++)
                                {
                                    // "urged the Government to respond to the requests of the Working Group and the Special Rapporteur":
                                    // past the "to" of what is asked, a name after "and the" is part of it.
                                    // A comma closes the clause the "to" was in ("the European Union, which is due to hold ..., and the OSCE").
                                    infinitive = words[k].WordId == To || (infinitive && !HasComma(text, words[k - 1].End, words[k].Start));
                                    // "... the Ministry of Education and the Office of ... to": a second name, asked the same.
                                    if (AndWords.Contains(words[k]) && (OnOrUpon.Contains(words[k + 1]) || AOrAl.Contains(words[k + 1])
                                                                        || (!infinitive && words[k + 1].WordId == The && k + 2 < words.Length && Token.StartsUpper(text, words[k + 2])))
                                        && ObjectOf(text, words, mentions, i, k + 1, kind, heading, citations, context) is { } second && !HasActor(found, second.Id))
                                    {
                                        found.Add(second);
                                        demands.Add(new FoundDemand(demandStart, sentence.End, second, SpeakerAt(quotes, words[i].Start), b));
                                    }
                                }
                            }
                        }
                        nextCue = i + length;
                    }
                }
                previousSubject = OpensWithPeople(words) ? NoActor : OpeningActor(text, words, mentions, new Context(last, lastNamed, lastState, null, focus, b, registry));
                foreach (var m in mentions)
                {
                    if (m.Value.Kind == "state" || m.Value.Kind == "authorities")
                    {
                        // A state named once in passing ("el Tribunal Europeo condenó a Italia") does not take over from the
                        // state the statement is about: another state needs a second mention to be the one read against.
                        // With no state in the headline, a state named in passing ("en un caso contra Colombia") does not take
                        // over either, until it is named twice; its authorities, or a state that opens the sentence, do.
                        var code = m.Value.CountryCode;
                        var namedBefore = code is not null && !seenStates.Add(code);
                        if (focus?.CountryCode is { } focused
                                ? code == focused || namedBefore
                                : lastState is null || code == lastState.CountryCode || namedBefore || m.Value.Kind == "authorities" || m.FirstToken <= 1)
                        {
                            lastState = m.Value;
                        }
                    }
                }
                if (block.Kind is BlockKind.Paragraph or BlockKind.Heading)
                {
                    AskedByList(text, block.Start, sentence, b, demands, before, ref listAsk, ref listAskAt);
                }
                t0 = t1;
            }
            // A list goes on while its items do; a block that ends with a colon after a cue opens one.
            listIntro = (listIntro && listItem) || (blockHasCue && text[block.End - 1] == ':');
        }
        return demands;
    }

    /// <summary>
    /// A name the registry does not hold, which opens a list item and ends at its comma or at "y a": "A la Fiscalía
    /// General del Estado, investigar ...", "Al Ministerio del Interior y a la Policía Nacional, ...".
    /// </summary>
    private static Actor? ItemNamed(string text, ReadOnlySpan<Token> words, List<PhraseMatch<Actor>> mentions, int from, int comma, in Context context)
    {
        var k = from;
        while (k < comma && ObjectSkips.Contains(words[k]))
        {
            k++;
        }
        var end = NamedAddressee.RunEnd(text, words, k, comma);
        return end > k && (end == comma || AndWords.Contains(words[end])) ? Named(text, words, mentions, k, end, positional: false, context) : null;
    }

    /// <summary>
    /// "Amnesty International is calling on the European Union to:" and then "• Suspend all funding ...", "1. Investigar
    /// de oficio ...": each item of the list that asks no one of its own is a demand on whom the introduction asks, and
    /// the introduction, which says nothing of what is asked, is no demand once an item says it. The list ends at the
    /// first line that is not an item; an item's later sentences are part of it.
    /// </summary>
    private static void AskedByList(string text, int blockStart, TextSpan sentence, int block, List<FoundDemand> demands, int before, ref List<FoundDemand>? listAsk, ref int listAskAt)
    {
        var opens = demands.Count > before && text.AsSpan(sentence.Start, sentence.Length).TrimEnd().EndsWith(':');
        if (listAsk is null && !opens)
        {
            return;
        }
        var line = LineOf(text, blockStart, sentence, out var itemStart);
        if (listAsk is not null)
        {
            if (line == ListLine.Item && demands.Count == before)
            {
                if (listAskAt >= 0)
                {
                    demands.RemoveRange(listAskAt, listAsk.Count);
                    listAskAt = -1;
                }
                foreach (var asked in listAsk)
                {
                    demands.Add(asked with { Start = itemStart, End = sentence.End, Block = block });
                }
                return;
            }
            if (line == ListLine.Other)
            {
                listAsk = null;
            }
        }
        if (opens)
        {
            listAsk = demands.GetRange(before, demands.Count - before);
            listAskAt = before;
        }
    }

    private enum ListLine
    {
        /// <summary>A sentence with others before it on its line.</summary>
        Inside,
        /// <summary>Only an item's number ("1."), which the sentence splitter may leave on its own.</summary>
        Number,
        /// <summary>The first sentence of an item: "• Suspend ...", "1. Investigar ...", "3) Fortalecer ...".</summary>
        Item,
        /// <summary>A line that is no item.</summary>
        Other,
    }

    private static readonly System.Buffers.SearchValues<char> ItemMarks = System.Buffers.SearchValues.Create("•·▪‣◦*-–—");

    private static ListLine LineOf(string text, int blockStart, TextSpan sentence, out int itemStart)
    {
        var lineStart = blockStart + text.AsSpan(blockStart, sentence.Start - blockStart).LastIndexOf('\n') + 1;
        var before = text.AsSpan(lineStart, sentence.Start - lineStart).Trim();
        var own = text.AsSpan(sentence.Start, sentence.Length);
        var lead = own.Length - own.TrimStart().Length;
        itemStart = sentence.Start + lead;
        if (before.Length > 0)
        {
            return IsItemNumber(before) ? ListLine.Item : ListLine.Inside;
        }
        own = own.Trim();
        if (IsItemNumber(own))
        {
            return ListLine.Number;
        }
        // "• Suspend ...", or "1. investigar ..." that the sentence splitter kept whole.
        var mark = own.IndexOfAny(' ', '\t');
        if (mark > 0 && ((mark == 1 && ItemMarks.Contains(own[0])) || IsItemNumber(own[..mark])))
        {
            itemStart += mark + own[mark..].Length - own[mark..].TrimStart().Length;
            return ListLine.Item;
        }
        return ListLine.Other;
    }

    /// <summary>"1.", "12)", "a)": a list item's number or letter.</summary>
    private static bool IsItemNumber(ReadOnlySpan<char> s) =>
        s.Length is >= 2 and <= 3 && s[^1] is '.' or ')' && (s[..^1].IndexOfAnyExceptInRange('0', '9') < 0 || (s.Length == 2 && char.IsAsciiLetterLower(s[0])));

    private static readonly System.Buffers.SearchValues<char> ItemNumberChars = System.Buffers.SearchValues.Create("0123456789.) \t\n");

    private static readonly WordSet MinisterWords = new("minister");

    /// <summary>"justice" in "the justice minister" is the portfolio "Justice"; null for a word that names none.</summary>
    private static string? Portfolio(string text, Token word) => text.AsSpan(word.Start, word.Length) switch
    {
        "justice" => "Justice",
        "interior" => "the Interior",
        "defence" or "defense" => "Defence",
        "health" => "Health",
        "education" => "Education",
        "finance" => "Finance",
        "labour" or "labor" => "Labour",
        "foreign" => "Foreign Affairs",
        _ => null,
    };

    private static readonly WordSet Negations = new("no", "not", "never", "nunca", "jamas");
    private static readonly int No = Lexicon.Register("no").Id;

    /// <summary>"Yo no le pido nada a nadie", "we are not calling for ...": a request said not to be made asks no one.</summary>
    private static bool NegatedAsk(ReadOnlySpan<Token> words, int cue) =>
        (cue > 0 && Negations.Contains(words[cue - 1])) || (cue > 1 && Negations.Contains(words[cue - 2]) && (Clitics.Contains(words[cue - 1]) || Auxiliaries.Contains(words[cue - 1])));

    private static readonly WordSet Auxiliaries = new("are", "is", "am", "do", "does", "did", "have", "has", "were", "was", "estamos", "esta");

    /// <summary>
    /// Where the actor named by a list item opens: "1. Al Ministerio del Interior, abstenerse de ...", "A la Fiscalía,
    /// investigar ...", "To the Ministry of Justice: ..."; -1 when the item does not open so.
    /// </summary>
    private static int ListItemObject(string text, ReadOnlySpan<Token> words)
    {
        var k = 0;
        // "1.", "2)", "a)": the item's number.
        if (words.Length > 2 && text[words[0].Start] is >= '0' and <= '9' && words[0].End < text.Length && text[words[0].End] is '.' or ')')
        {
            k = 1;
        }
        var opens = k + 2 < words.Length && (AOrAl.Contains(words[k]) || words[k].WordId == To) && Token.StartsUpper(text, words[k])
                    && (Token.StartsUpper(text, words[k + 1]) || Token.StartsUpper(text, words[k + 2]));
        return opens ? k : -1;
    }

    /// <summary>
    /// The last state the sentence names up to what is asked ("the authorities of Haiti to ..."), unless it names the
    /// state in focus too ("Morocco/Western Sahara: The authorities must"). Past the object of a cue, the words say
    /// what is asked, not of whom: "Pedimos al Gobierno que suspenda las deportaciones hacia Haití" asks the
    /// government of the state in focus.
    /// </summary>
    private static Actor? StateInSentence(ReadOnlySpan<Token> words, List<PhraseMatch<Actor>> mentions, int cueEnd, Actor? focus)
    {
        var limit = cueEnd;
        while (limit < words.Length && !ThatOrQue.Contains(words[limit]) && words[limit].WordId != To)
        {
            limit++;
        }
        Actor? state = null;
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            if (mentions[m].FirstToken < limit && mentions[m].Value.CountryCode is { } code && (state is null || (focus?.CountryCode is { } focused && code == focused)))
            {
                state = mentions[m].Value;
            }
        }
        return state;
    }

    /// <summary>
    /// "charged with "calls for mass riots" under Article 278": a cue between quotation marks that are no quote's is
    /// part of a quoted term (a charge, a slogan), not a call on anyone.
    /// </summary>
    private static bool InQuotedTerm(string text, TextSpan sentence, int at, List<FoundQuote> quotes)
    {
        var marks = text.AsSpan(sentence.Start, at - sentence.Start).Count('"');
        if (marks % 2 == 0)
        {
            return false;
        }
        foreach (var q in quotes)
        {
            if (at >= q.Start && at < q.End)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Where a sentence starts once an opening dateline is passed over: "(Geneva, 3 June 2025) –", "MADRID, 2 de
    /// junio de 2025 —", "GENEVA (9 July 2025) -". A dateline holds a year and ends with a dash within 80 characters.
    /// </summary>
    private static int AfterDateline(string text, int start, int end)
    {
        var head = text.AsSpan(start, Math.Min(80, end - start));
        // "(Geneva, 3 June 2025) – ", "Ciudad de México, 12 de agosto de 2025.- ".
        foreach (var dash in (ReadOnlySpan<string>)[" – ", " — ", " - ", ".- ", ".– ", ".— "])
        {
            var at = head.IndexOf(dash, StringComparison.Ordinal);
            if (at > 0 && HasYear(head[..at]) && head[..at].IndexOf(". ", StringComparison.Ordinal) < 0)
            {
                var from = start + at + dash.Length;
                while (from < end && char.IsWhiteSpace(text[from]))
                {
                    from++;
                }
                return from < end ? from : start;
            }
        }
        return start;
    }

    private static bool HasYear(ReadOnlySpan<char> s)
    {
        for (var i = 0; i + 4 <= s.Length; i++)
        {
            if ((s[i] == '1' && s[i + 1] == '9' || s[i] == '2' && s[i + 1] == '0') && char.IsAsciiDigit(s[i + 2]) && char.IsAsciiDigit(s[i + 3])
                && (i == 0 || !char.IsAsciiDigit(s[i - 1])) && (i + 4 == s.Length || !char.IsAsciiDigit(s[i + 4])))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly WordSet EveryWords = new("every", "all", "each", "any", "todo", "toda", "todos", "todas", "cada");

    private static bool MentionedAs(List<PhraseMatch<Actor>> mentions, string id)
    {
        foreach (var m in mentions)
        {
            if (m.Value.Id == id)
            {
                return true;
            }
        }
        return false;
    }

    // "... and every armed group": "and" right before the mention, past an article or a quantifier.
    private static bool JoinedBefore(ReadOnlySpan<Token> words, int mentionStart)
    {
        var k = mentionStart - 1;
        while (k > 0 && k >= mentionStart - 2 && (CoordinationSkips.Contains(words[k]) || EveryWords.Contains(words[k])))
        {
            k--;
        }
        return AndWords.Contains(words[k]);
    }

    // The infinitive of an ask, as it reads after "and" or "to" in what another is asked to do.
    private static readonly WordSet BaseAsks = new("urge", "ask", "demand", "call", "encourage");
    private static readonly WordSet AndWords = new("and", "y", "e", "as", "well");

    /// <summary>Whether the words from <paramref name="from"/> to the modal are at most an article and the organ word, with no actor of the registry among them.</summary>
    private static bool OnlyOrganBetween(ReadOnlySpan<Token> words, List<PhraseMatch<Actor>> mentions, int from, int modal)
    {
        if (modal - from > 2)
        {
            return false;
        }
        foreach (var m in mentions)
        {
            if (m.FirstToken >= from && m.FirstToken < modal)
            {
                return false;
            }
        }
        return true;
    }

    // What opens examples of a group: "Governments hosting asylum seekers, including Ethiopia and Sudan, should".
    private static readonly WordSet ExampleOpeners = new("including", "incluidos", "incluidas", "incluyendo", "such", "particularly", "notably", "especially", "como", "particular", "especialmente");

    /// <summary>Whether a word before <paramref name="k"/> opens examples, so that the mention at <paramref name="k"/> is one.</summary>
    private static bool InExamples(ReadOnlySpan<Token> words, int k)
    {
        for (var j = 0; j < k; j++)
        {
            if (ExampleOpeners.Contains(words[j]))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly int The = Lexicon.Register("the").Id;
    private static readonly WordSet CoordinationSkips = new("a", "al", "the", "los", "las", "el", "la", "other", "otros", "otras", "to", "de", "del");

    /// <summary>
    /// The actors joined to <paramref name="first"/> by "and", "y" or commas, after the mention of it
    /// that follows <paramref name="after"/> and before <paramref name="before"/>. Usually none: made
    /// only when a mention follows a conjunction.
    /// </summary>
    /// <returns>Each actor with -1 when it comes before <paramref name="first"/>, 1 when after; those before are listed last to first.</returns>
    private static List<(Actor Actor, int Position)> Coordinated(string text, ReadOnlySpan<Token> words, List<PhraseMatch<Actor>> mentions, Actor first, int after, int before, ActorRegistry registry)
    {
        List<(Actor, int)>? more = null;
        var at = -1;
        var start = -1;
        foreach (var m in mentions)
        {
            if (m.FirstToken > after && m.LastToken < before && m.Value.Id == first.Id)
            {
                at = m.LastToken;
                start = m.FirstToken;
            }
        }
        // "Libyan and Algerian authorities", "las autoridades libias y argelinas": the mention takes in another state's
        // demonym joined to its own (see JoinDemonyms), which asks the same body of that state.
        if (start >= 0 && first.CountryCode is { } code && first.Kind != "state")
        {
            if (start + 2 < words.Length && AndWords.Contains(words[start + 1]) && SameBodyOf(text, words[start], first, code, registry) is { } front)
            {
                (more ??= []).Add((front, -1));
            }
            if (at >= 2 && AndWords.Contains(words[at - 1]) && SameBodyOf(text, words[at], first, code, registry) is { } back)
            {
                (more ??= []).Add((back, 1));
            }
        }
        // A subject: the actors before it too ("Hamas and other armed groups must").
        // "The United States, the European Union and the United Kingdom should": past an "and", a comma lists one more.
        var listed = false;
        while (after < 0 && start > 0)
        {
            var k = start - 1;
            var joined = false;
            while (k > 0 && k > start - 4 && (AndWords.Contains(words[k]) || CoordinationSkips.Contains(words[k])))
            {
                joined |= AndWords.Contains(words[k]);
                k--;
            }
            joined |= listed && k + 1 < words.Length && HasComma(text, words[k].End, words[k + 1].Start);
            listed = joined;
            var previousStart = start;
            start = -1;
            if (!joined)
            {
                break;
            }
            // "The European Union, which funds programmes in Cameroon, and the African Union should": the state in the
            // relative clause is not the first subject; the name before ", which" is.
            var relative = -1;
            for (var r = k; r > 0 && r > k - 12; r--)
            {
                if (Relatives.Contains(words[r]) && r < k)
                {
                    relative = r;
                }
                if (HasComma(text, words[r - 1].End, words[r].Start))
                {
                    break;
                }
            }
            if (relative > 0 && HasComma(text, words[relative - 1].End, words[relative].Start))
            {
                k = relative - 1;
            }
            foreach (var m in mentions)
            {
                // Strictly before the actor after it, so the walk only goes back.
                if (m.LastToken == k && k < previousStart)
                {
                    (more ??= []).Add((m.Value, -1));
                    start = m.FirstToken;
                    break;
                }
            }
        }
        while (at >= 0 && at + 1 < before)
        {
            var k = at + 1;
            var joined = HasComma(text, words[at].End, words[k].Start);
            while (k < before && k < at + 6 && (AndWords.Contains(words[k]) || CoordinationSkips.Contains(words[k])))
            {
                joined |= AndWords.Contains(words[k]);
                k++;
            }
            var previous = at;
            at = -1;
            if (!joined || k >= before)
            {
                break;
            }
            foreach (var m in mentions)
            {
                // Strictly after the actor before it, so the walk only goes forward.
                // "the United States, Bahrain's closest allies,": a state's name that owns what follows is no second addressee.
                if (m.FirstToken > previous && m.FirstToken <= k && m.LastToken < before
                    && !(m.LastToken + 1 < words.Length && NamedAddressee.PossessiveS(text, words[m.LastToken], words[m.LastToken + 1])))
                {
                    // "... and the UN Special Rapporteur on adequate housing": the mandate, not the UN.
                    var run = NamedAddressee.RunEnd(text, words, m.FirstToken, before);
                    (more ??= []).Add((run > m.FirstToken && NamedAddressee.Mandate(text, words, m.FirstToken, run) is { } mandate ? mandate : m.Value, 1));
                    at = m.LastToken;
                    break;
                }
            }
        }
        return more ?? NoActors;
    }

    private static readonly List<(Actor, int)> NoActors = [];

    /// <summary>
    /// "Libyan and Algerian authorities", "autoridades libias y argelinas": a mention of a state's body takes in the
    /// demonym of another state joined to it by "and" or "y", before or after it, so that the subject or object is read whole.
    /// </summary>
    private static void JoinDemonyms(string text, ReadOnlySpan<Token> words, List<PhraseMatch<Actor>> mentions, ActorRegistry registry)
    {
        for (var n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            if (m.Value.CountryCode is not { } code || m.Value.Kind == "state")
            {
                continue;
            }
            if (m.FirstToken >= 2 && AndWords.Contains(words[m.FirstToken - 1]) && (n == 0 || mentions[n - 1].LastToken < m.FirstToken - 2)
                && SameBodyOf(text, words[m.FirstToken - 2], m.Value, code, registry) is not null)
            {
                mentions[n] = m with { FirstToken = m.FirstToken - 2, Start = words[m.FirstToken - 2].Start };
            }
            else if (m.LastToken + 2 < words.Length && AndWords.Contains(words[m.LastToken + 1]) && (n + 1 == mentions.Count || mentions[n + 1].FirstToken > m.LastToken + 2)
                     && SameBodyOf(text, words[m.LastToken + 2], m.Value, code, registry) is not null)
            {
                mentions[n] = m with { LastToken = m.LastToken + 2, End = words[m.LastToken + 2].End };
            }
        }
    }

    /// <summary>The body <paramref name="actor"/> is of its state, of the state whose demonym <paramref name="word"/> is ("Libyan", "argelinas"); null when it is no other state's demonym.</summary>
    private static Actor? SameBodyOf(string text, Token word, Actor actor, string code, ActorRegistry registry)
    {
        if (!char.IsLetter(text[word.Start]))
        {
            return null;
        }
        var written = text.AsSpan(word.Start, word.Length).ToString();
        var other = registry.StateCode(written) ?? (written.EndsWith('s') ? registry.StateCode(written[..^1]) : null);
        var prefix = code.ToLowerInvariant();
        if (other is null || other == code || !actor.Id.StartsWith(prefix + "-", StringComparison.Ordinal))
        {
            return null;
        }
        return registry.Find(other.ToLowerInvariant() + actor.Id[prefix.Length..]);
    }

    private static bool HasComma(string text, int from, int to) => text.AsSpan(from, Math.Max(0, to - from)).Contains(',');

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

    private static readonly WordSet Imperatives = new(
        "release", "free", "end", "stop", "halt", "investigate", "protect", "repeal", "drop", "lift", "allow", "ensure", "guarantee",
        "respect", "cease", "quash", "overturn", "abolish", "suspend", "reveal", "grant", "prosecute", "reinstate", "restore", "withdraw",
        "liberen", "libere", "detengan", "investiguen", "garanticen", "protejan", "deroguen", "pongan", "cesen", "respeten", "liberad",
        // Spanish headlines ask in the infinitive: "Líbano: Detener las deportaciones".
        "liberar", "detener", "investigar", "garantizar", "proteger", "derogar", "poner", "cesar", "respetar", "suspender", "revelar",
        "anular", "retirar", "levantar", "permitir", "frenar",
        // "Guatemala: Cese la persecución penal ...": or in the subjunctive, as a plea.
        "cese", "detenga", "investigue", "garantice", "proteja", "derogue", "ponga", "respete", "suspenda", "revele", "anule", "retire",
        "levante", "permita", "frene", "termine", "terminen", "suspendan", "revelen", "anulen", "retiren", "levanten", "permitan", "frenen");

    private static bool ImperativeAfterColon(string text, ReadOnlySpan<Token> words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).Contains(':'))
            {
                return Imperatives.Contains(words[i]);
            }
        }
        return false;
    }

    private static string? SpeakerAt(List<FoundQuote> quotes, int offset)
    {
        foreach (var q in quotes)
        {
            if (q.Kind == QuoteKind.Inline && offset >= q.Start - 2 && offset < q.End)
            {
                // A demand inside an unnamed witness's words has no named speaker.
                return q.SpeakerNamed ? q.Speaker : null;
            }
        }
        return null;
    }

    private static readonly WordSet ThereWords = new("there");

    private static readonly WordSet IfWords = new("if", "si");

    private static readonly WordSet ModalCues = new("must", "should", "debe", "deben", "deberia", "deberian", "debera", "deberan");
    private static readonly WordSet NeedCues = new("need", "needs", "have", "has", "ought");
    private static readonly WordSet TieneCues = new("tiene", "tienen");
    private static readonly WordSet CallCues = new("call", "calls", "called", "calling");
    // "The organization also called for an independent investigation": whether the publisher asks is read from the subject.
    private static readonly WordSet CallForCues = new("call", "calls", "called");
    private static readonly WordSet OnOrUpon = new("on", "upon");
    private static readonly WordSet AskCues = new(
        "urge", "urges", "urged", "urging", "ask", "asks", "asked", "demand", "demands", "demanded",
        "insta", "instan", "insto", "exhorta", "exhortan", "exhorto", "pide", "piden", "pidio",
        "exige", "exigen", "exigio", "solicita", "solicitan", "solicito", "reclama", "reclaman",
        "instamos", "exhortamos", "pedimos", "exigimos", "solicitamos", "reclamamos",
        "instaron", "exhortaron", "pidieron", "exigieron", "solicitaron", "reclamaron", "urgieron", "urgen", "pido", "exijo",
        "alienta", "alientan", "alentamos", "alento", "alentaron", "encourage", "encourages", "encouraged");
    // "llama al Estado a no aplicarla": "llamar a" is "call on"; "se llama" is not.
    private static readonly WordSet LlamaCues = new("llama", "llaman", "llamo", "llamaron", "llamamos");
    private static readonly WordSet AOrAl = new("a", "al");
    private static readonly WordSet HaceCues = new("hace", "hacen", "hizo", "hicieron", "hacemos", "hago");
    // "Reiteramos nuestro llamado al Estado ...", "La CIDH renueva su llamamiento a ...".
    private static readonly WordSet ReiteraCues = new("reitera", "reiteran", "reiteramos", "reitero", "reiteraron", "renueva", "renuevan", "renovamos", "renovo");
    private static readonly WordSet SuOrNuestro = new("su", "nuestro", "sus", "nuestros");
    private static readonly WordSet Llamado = new("llamado", "llamamiento", "llamados", "llamamientos");
    // "reitera su solicitud al Estado de que ...", "reitera su exhortación a las autoridades a ...".
    private static readonly WordSet ReiteratedAsks = new("solicitud", "solicitudes", "exhortacion", "pedido", "peticion", "exigencia", "recomendacion", "urgencia");
    private static readonly WordSet CallAdverbs = new("tambien", "asimismo", "ademas", "hoy", "nuevamente", "igualmente", "ahora");
    private static readonly int To = Lexicon.Register("to").Id;
    private static readonly int Que = Lexicon.Register("que").Id;
    private static readonly int For = Lexicon.Register("for").Id;
    private static readonly int Un = Lexicon.Register("un").Id;
    private static readonly int Es = Lexicon.Register("es").Id;
    private static readonly int Hora = Lexicon.Register("hora").Id;
    private static readonly int De = Lexicon.Register("de").Id;
    private static readonly int It = Lexicon.Register("it").Id;
    private static readonly int Is = Lexicon.Register("is").Id;
    private static readonly int Time = Lexicon.Register("time").Id;

    private static (CueKind Kind, int Length) CueAt(ReadOnlySpan<Token> w, int i)
    {
        // Word ids; 0 past the end of the sentence, which no registered word has.
        var a = w[i].WordId;
        var b = i + 1 < w.Length ? w[i + 1].WordId : 0;
        var c = i + 2 < w.Length ? w[i + 2].WordId : 0;
        var d = i + 3 < w.Length ? w[i + 3].WordId : 0;
        if (ModalCues.Contains(a))
        {
            return (CueKind.Modal, 1);
        }
        if ((NeedCues.Contains(a) && b == To && !Foretold(w, i)) || (TieneCues.Contains(a) && b == Que))
        {
            return (CueKind.Modal, 2);
        }
        if (CallCues.Contains(a) && OnOrUpon.Contains(b))
        {
            return (CueKind.Object, 1);
        }
        if (CallForCues.Contains(a) && b == For)
        {
            return (CueKind.CallFor, 2);
        }
        if (AskCues.Contains(a) || (LlamaCues.Contains(a) && AOrAl.Contains(w[Math.Min(i + 1, w.Length - 1)]) && i + 1 < w.Length))
        {
            return (CueKind.Object, 1);
        }
        if ((HaceCues.Contains(a) && b == Un && Llamado.Contains(c)) || (ReiteraCues.Contains(a) && SuOrNuestro.Contains(b) && (Llamado.Contains(c) || ReiteratedAsks.Contains(c))))
        {
            return (CueKind.Object, 3);
        }
        // "La CIDH reitera al Estado su solicitud de ...": whom the request is made of, then the request.
        if (ReiteraCues.Contains(a) && AOrAl.Contains(b))
        {
            return (CueKind.Object, 1);
        }
        // "La organización hace también un llamamiento a ...": an adverb before the call.
        if (HaceCues.Contains(a) && CallAdverbs.Contains(b) && c == Un && Llamado.Contains(d))
        {
            return (CueKind.Object, 4);
        }
        if ((a == Es && b == Hora && c == De && d == Que) || (a == It && b == Is && c == Time && d == For))
        {
            return (CueKind.Object, 4);
        }
        return (CueKind.Modal, 0);
    }

    private static readonly WordSet WillWords = new("will", "would", "shall");
    private static readonly WordSet SoonWords = new("soon", "now", "also", "then", "still", "eventually", "no", "longer");

    // "Companies will soon have to show ...": what a rule will require, not what anyone is asked to do.
    private static bool Foretold(ReadOnlySpan<Token> w, int i)
    {
        var k = i - 1;
        while (k >= 0 && k >= i - 3 && SoonWords.Contains(w[k]))
        {
            k--;
        }
        return k >= 0 && WillWords.Contains(w[k]);
    }

    private static readonly WordSet Conditions = new("the", "a", "an", "this", "these", "any", "you", "we", "i");
    private static readonly WordSet NeverOrNot = new("never", "not");
    private static readonly WordSet IrregularParticiples = new("done", "made", "had", "been", "taken", "let", "put");
    private static bool AllCapitalised(string text, ReadOnlySpan<Token> words, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!Token.StartsUpper(text, words[k]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool InsideMention(List<PhraseMatch<Actor>> mentions, int k)
    {
        foreach (var m in mentions)
        {
            if (m.FirstToken < k && k < m.LastToken)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly WordSet Conjunctions = new("but", "and", "while", "pero", "y", "mientras", "sino");
    private static readonly WordSet ThatOrQue = new("that", "que");
    private static readonly WordSet Relatives = new("that", "que", "who", "which", "quienes");
    private static readonly WordSet BeWords = new("be", "ser", "been", "sean", "sea");
    private static readonly int Have = Lexicon.Register("have").Id;

    private static readonly int That = Lexicon.Register("that").Id;

    // "Human Rights Watch said authorities must ...": the subject of the modal follows the verb of saying.
    private static readonly WordSet SpeechVerbs = new(
        "said", "says", "added", "stated", "warned", "noted", "dijo", "afirmo", "senalo", "declaro", "agrego", "advirtio", "sostuvo");

    /// <param name="heading">The sentence is a heading, whose capitals say nothing of names.</param>
    private static Actor? ModalSubject(string text, ReadOnlySpan<Token> words, List<PhraseMatch<Actor>> mentions, int modal, int length,
        TextSpan sentence, bool heading, List<Citations.FoundCitation> citations, in Context context)
    {
        var next = modal + length < words.Length ? words[modal + length].WordId : 0;
        if (Conditions.Contains(next))
        {
            return null; // "should the evidence meet ..." is a condition, not a demand
        }
        if (next == Have || (NeverOrNot.Contains(next) && modal + length + 1 < words.Length && words[modal + length + 1].WordId == Have))
        {
            var after = IndexOfHave(words, modal + length) + 1;
            if (after > 0 && after < words.Length && words[after] is var p
                && (p.FoldedEndsWith(text, "ed") || p.FoldedEndsWith(text, "en") || p.FoldedEndsWith(text, "wn") || IrregularParticiples.Contains(p)))
            {
                return null; // "should never have arrested": a reproach about the past
            }
        }
        var be = PassiveAt(text, words, modal + length);
        var passive = be >= 0;

        // The clause holding the modal starts after the last comma, semicolon, colon or conjunction.
        var clauseStart = 0;
        for (var k = modal - 1; k >= 0; k--)
        {
            // "the African Commission on Human and Peoples' Rights should": an "and" inside a name the registry knows joins no clauses.
            if ((Conjunctions.Contains(words[k]) && !NamedAddressee.AndInsideName(text, words, k, modal) && !InsideMention(mentions, k))
                || (((ThatOrQue.Contains(words[k]) && !DemonstrativeThat(words, k)) || SpeechVerbs.Contains(words[k])) && k < modal - 1))
            {
                clauseStart = k + 1;
                break;
            }
            // "el Instituto de Desarrollo Rural (INDER) debe": the brackets round the subject's acronym break no clause.
            if (HasClauseBreak(text, words[k].End, k + 1 < words.Length ? words[k + 1].Start : sentence.End) && !(k >= modal - 2 && BracketedAcronymBefore(text, words, modal)))
            {
                clauseStart = k + 1;
                break;
            }
        }
        // "There must be a prompt investigation ..., and the findings must be made public": a passive clause joined to an
        // impersonal one asks no more than it does.
        if (passive && clauseStart > 0 && AndWords.Contains(words[clauseStart - 1]) && words.Length > 2 && ThereWords.Contains(words[0]) && ModalCues.Contains(words[1]))
        {
            return null;
        }
        // "The military and every armed group ... must": the "and" joins two subjects, not two clauses.
        if (clauseStart >= 2 && AndWords.Contains(words[clauseStart - 1]))
        {
            var opening = 0;
            while (opening < clauseStart - 2 && Determiners.Contains(words[opening]))
            {
                opening++;
            }
            // "El Ministerio del Interior y la Fiscalía deben ...": or a name that opens the sentence.
            if ((opening == clauseStart - 2 && IsStateOrgan(text, words, opening, context.Registry))
                || (clauseStart - 1 - opening <= 8 && Token.StartsUpper(text, words[opening]) && NamedAddressee.MayOpenName(words[opening])
                    && NamedAddressee.RunEnd(text, words, opening, clauseStart - 1) == clauseStart - 1))
            {
                clauseStart = 0;
            }
        }
        // "The Basic Principles make clear that lawyers must not ...", "la Corte estableció en el caso X vs. México que el
        // Estado debe ...": what an instrument or a court says, not what anyone is asked; "... y que sus familiares deben
        // ser informados" goes on saying it.
        if (clauseStart > 0 && ThatOrQue.Contains(words[clauseStart - 1]) && InstrumentSays(words, clauseStart - 1, citations))
        {
            return null;
        }
        // "Kyrgyz law states that a detained person must ...", "Under Bahrain's prison regulations, an inmate on hunger
        // strike must be examined ...": a rule the law lays down, not a call on anyone.
        if ((clauseStart > 1 && ThatOrQue.Contains(words[clauseStart - 1]) && LawSays(words, clauseStart - 1))
            || (clauseStart > 1 && clauseStart < modal && UnderLaw(words, clauseStart) && RuleSubjects.Contains(words[clauseStart]))
            // "Under Article 36 of the Vienna Convention ..., detained foreign nationals must be informed ...": what a cited
            // provision lays down for people no actor is named among.
            || (passive && clauseStart > 1 && clauseStart < modal && UnderCitation(words, clauseStart, citations) && !MentionBetween(mentions, words[clauseStart].Start, words[modal].Start)))
        {
            return null;
        }
        // "En su observación general n.º 34, el Comité ... subrayó que los Estados deben ...": a body's own document.
        if (clauseStart > 0 && ThatOrQue.Contains(words[clauseStart - 1]) && OpensWithOwnDocument(words, citations))
        {
            return null;
        }
        if (clauseStart > 1 && ThatOrQue.Contains(words[clauseStart - 1]) && AndWords.Contains(words[clauseStart - 2]))
        {
            for (var k = clauseStart - 3; k > 0; k--)
            {
                if (ThatOrQue.Contains(words[k]))
                {
                    if (InstrumentSays(words, k, citations))
                    {
                        return null;
                    }
                    break;
                }
            }
        }
        // "Battery and electric-vehicle manufacturers that buy nickel ... should press ...": businesses asked as a group.
        if (BusinessGroup(text, words, 0, modal, out var head) is { } business && (clauseStart == 0 || (clauseStart == head + 2 && RelativeWords.Contains(words[head + 1]))
                                                                                     || (clauseStart == head + 2 && ThatOrQue.Contains(words[head + 1]))
                                                                                     // "Companies sponsoring the Grand Prix and other events ... should": the "and" is the modifier's.
                                                                                     || (clauseStart > head + 2 && AndWords.Contains(words[clauseStart - 1]) && !HasComma(text, words[head].End, words[modal].Start))))
        {
            return business;
        }
        // "The company must suspend ...", "La empresa debe ...": the company the text has named ("Golden Lotus Agro-Industrial Co. Ltd.").
        if (modal - clauseStart == 2 && Determiners.Contains(words[clauseStart]) && CompanyHeads.Contains(words[clauseStart + 1])
            && QuoteExtractor.CompanyNamedBefore(text, words[clauseStart].Start) is { } company)
        {
            return NamedAddressee.Unregistered(company);
        }
        // "Nigeria's international partners, including lenders ..., should ...": a group the state's name owns.
        foreach (var m in mentions)
        {
            if (m.FirstToken == 0 && m.Value.Kind == "state"
                && NamedAddressee.PossessiveGroup(text, words, m.FirstToken, m.LastToken, m.Value.CountryCode, modal) is { } group)
            {
                return group;
            }
        }
        // "President Ruto's government should ...": the organ of a person's state is its authorities.
        for (var k = clauseStart + 1; k < modal; k++)
        {
            if (GenericAuthorities.Contains(words[k]) && !StateWords.Contains(words[k]) && words[k].Start >= 3
                && text.AsSpan(words[k].Start - 3, 3) is var possessive && (possessive.SequenceEqual("'s ") || possessive.SequenceEqual("’s ")))
            {
                return OrganOf(text, words, k, context);
            }
        }
        // "También debe separar ...", "Además, debe investigar ...": Spanish leaves out a subject it has just named.
        if (LeftOutSubject(words, clauseStart == modal ? 0 : clauseStart, modal, length))
        {
            return context.Pronoun();
        }
        // "El ICE tiene la facultad de liberarlas. Debe hacerlo ya.": a sentence that opens with the modal goes on with the
        // actor the sentence before opened with, in the same paragraph. Not "Debe haber ..." nor "Debe investigarse ...",
        // which ask no one.
        if (modal == 0 && !passive && SpanishModals.Contains(words[0]) && context.PreviousSubject is { } previous && !ReferenceEquals(previous, NoActor)
            && length < words.Length && !Existential.Contains(VerbAfter(words, length)) && !words[length].FoldedEndsWith(text, "se"))
        {
            return previous;
        }
        if (clauseStart == modal)
        {
            // "The commission, for its part, should publish ...": the body of that kind the text named before
            // ("the Human Rights Commission of Sri Lanka").
            if (words.Length > 2 && words[1].End < text.Length && text[words[1].End] == ',' && BodyNamedBefore(text, words, 1, context) is { } body)
            {
                return body;
            }
            // "... released researchers, but should immediately free ...": the sentence subject.
            return SentenceSubject(text, words, mentions, context) ?? AppositiveSubject(text, words, mentions, modal, heading, context)
                ?? (passive ? context.Addressee() : null);
        }
        var first = clauseStart;
        // "Justice must be done" asks no one; "the Ministry of Justice must" asks the ministry.
        if (Impersonal.Contains(words[first]) || (Impersonal.Contains(words[modal - 1]) && !(modal - 2 > first && OfWords.Contains(words[modal - 2]))))
        {
            return null;
        }
        // "Flogging people in front of crowds is cruel ... It must stop.": a practice that is to end, not someone asked.
        if (modal - first == 1 && ThingPronouns.Contains(words[first]) && modal + length + 1 == words.Length && EndingVerbs.Contains(words[modal + length]))
        {
            return null;
        }
        if (modal - first <= 2 && Pronouns.Contains(words[modal - 1]))
        {
            // "If the government is serious about reform, it should ...": the subject of the condition.
            if (first > 2 && IfWords.Contains(words[0]) && SubjectAt(text, words, mentions, 1, first, context) is { } condition)
            {
                return condition;
            }
            // "Three journalists remain in detention. They must be released": people asked nothing of, so what is
            // asked is asked of whoever holds them.
            return context.Pronoun() ?? (passive ? context.Addressee() : null);
        }
        // "Now the police must obey them", "Ahora el Congreso debe ...": an adverb of time before the subject.
        if (first == 0 && modal > 2 && OpeningAdverbs.Contains(words[0]))
        {
            first = 1;
        }
        while (first < modal && Determiners.Contains(words[first]))
        {
            first++;
        }
        // "The justice minister should ...": the minister of that portfolio ("Minister of Justice"), of the state the
        // demand is read against, as "the Minister of Justice should" is.
        if (modal - first == 2 && MinisterWords.Contains(words[modal - 1]) && !Token.StartsUpper(text, words[first])
            && Portfolio(text, words[first]) is { } portfolio)
        {
            var name = "Minister of " + portfolio;
            var nameWords = CollectionsMarshal.AsSpan(Token.Tokenize(name, 0, name.Length));
            return NamedAddressee.Make(name, nameWords, 0, nameWords.Length, positional: false, context.Country(), context.Registry) ?? NamedAddressee.Unregistered(name);
        }
        // "The new government should ...", "El nuevo gobierno debería ...": which government, not who.
        while (first < modal - 1 && OfficeAdjectives.Contains(words[first]) && !Token.StartsUpper(text, words[first]))
        {
            first++;
        }
        // "The de facto Ministry of Public Health should ...".
        if (first + 2 < modal && DeFactoAt(text, words, first))
        {
            first += 2;
        }
        if (first + 3 == modal && DemonymOrgan(text, words, first, context) is { } organ)
        {
            return organ;
        }
        // "The Council should renew ...", "El Departamento debe ...": the body of that kind the text named before.
        if (first + 1 == modal && first > clauseStart && BodyNamedBefore(text, words, first, context) is { } named)
        {
            return named;
        }
        if (CoordinatedSubject(text, words, mentions, first, modal, sentence, context) is { } both)
        {
            context.Also?.Add(both.Second);
            return both.First;
        }
        foreach (var m in mentions)
        {
            // The alias may include the article ("los gobiernos") or not ("gobiernos").
            if (m.FirstToken >= clauseStart && m.FirstToken <= first && m.LastToken < modal)
            {
                return NarrowedStates(text, words, m, modal, context.Registry) ?? m.Value;
            }
        }
        // "The security forces deployed in Sagaing state must ...": the organ heads a subject of up to six words;
        // "The military and every armed group operating in Sagaing must ...": or it is the first of two.
        if (first < modal && IsStateOrgan(text, words, first, context.Registry)
            && (modal - first <= 6 || (modal - first <= 12 && first + 1 < modal && AndWords.Contains(words[first + 1]))
                // "Las autoridades judiciales de la provincia de Salta deben ...": the organs of a place, named at length.
                || (modal - first <= 9 && LocalOrgan(text, words, first, context.Registry) is not null)))
        {
            return OrganOf(text, words, first, context);
        }
        foreach (var m in mentions)
        {
            // "Foreign governments should ...": an actor right before the modal heads a short subject.
            // Not "The Parliament of Georgia should": there the actor completes a name.
            if (m.LastToken == modal - 1 && m.FirstToken >= clauseStart && modal - clauseStart <= 4
                && !(m.FirstToken > clauseStart && OfWords.Contains(words[m.FirstToken - 1])))
            {
                return m.Value;
            }
        }
        // "States that are parties to the Rome Statute should ...": the actor before the relative pronoun.
        if (clauseStart >= 2 && Relatives.Contains(words[clauseStart - 1]))
        {
            foreach (var m in mentions)
            {
                if (m.LastToken == clauseStart - 2)
                {
                    return NarrowedStates(text, words, m, modal, context.Registry) ?? m.Value;
                }
            }
            // "Los tribunales federales que examinan las peticiones ... deben ...": an organ of the state, before the relative pronoun.
            for (var k = clauseStart - 2; k >= Math.Max(0, clauseStart - 3); k--)
            {
                if (IsStateOrgan(text, words, k, context.Registry) && (k == clauseStart - 2 || OfficeAdjectives.Contains(words[k + 1]))
                    && (k == 0 || (k == 1 && Determiners.Contains(words[0]))))
                {
                    return OrganOf(text, words, k, context);
                }
            }
        }
        if (passive)
        {
            // "Evidence obtained under torture must never be used", "Toda muerte ... debe ser investigada": a rule about a
            // thing, or about every case of one, asks no one; an agent named after it still is asked.
            return AgentOf(text, words, mentions, be, context) ?? (RuleAboutAThing(words, first, modal) ? null : context.Addressee());
        }
        // A headline in sentence case ("México: La Fiscalía de Jalisco debe buscar ...", "Kenya: The Director of Public
        // Prosecutions must charge ...") writes names in capitals as a paragraph does: the word after the modal says so.
        var sentenceCase = heading && modal + length < words.Length && !Token.StartsUpper(text, words[modal + length]);
        // "The Punjab government should ...", "Fano militias must ...": a government or an armed group the registry does not hold.
        if ((!heading || sentenceCase) && NamedGroup(text, words, mentions, first, modal) is { } namedGroup)
        {
            return namedGroup;
        }
        // "Parliament must ...", "President William Ruto should ...": a name the registry does not hold is the whole subject.
        // "Juan Pérez must receive medical care" asks nothing of Juan Pérez.
        // In a headline every word may be capitalised, so only an organ the registry knows is believed there ("Paraguay: La Fiscalía debe ...").
        // "el Instituto de Desarrollo Rural (INDER) debe": the name's acronym in brackets before the modal is part of the subject.
        var subjectEnd = BracketedAcronymBefore(text, words, modal) ? modal - 1 : modal;
        if (NamedAddressee.RunEnd(text, words, first, subjectEnd) == subjectEnd && subjectEnd > first && !NotDoing.Contains(VerbAfter(words, modal + length))
            && (!heading || sentenceCase || (first < subjectEnd && context.Registry.Organ(text[words[first].Start..words[subjectEnd - 1].End]) is not null)))
        {
            return Named(text, words, mentions, first, subjectEnd, NamedAddressee.OpensSentence(text, words, first, sentence.Start), context);
        }
        return null;
    }

    /// <summary>
    /// The actor the registry knows that opens a sentence, as its subject: "Separatist armed groups have ...", "The
    /// European Union has ...". Not an owner ("Kenya's partners"), nor one after a comma ("In Kenya, ...").
    /// </summary>
    private static Actor? OpeningActor(string text, ReadOnlySpan<Token> words, List<PhraseMatch<Actor>> mentions, in Context context)
    {
        // "The authorities detained ...": an organ word, of the state the sentence is read against.
        var first = 0;
        while (first < words.Length && Determiners.Contains(words[first]))
        {
            first++;
        }
        if (first + 1 < words.Length && IsStateOrgan(text, words, first, context.Registry) && (mentions.Count == 0 || mentions[0].FirstToken > first)
            && !HasComma(text, words[first].End, words[first + 1].Start) && !OfWords.Contains(words[first + 1]))
        {
            return OrganOf(text, words, first, context);
        }
        // "La presidenta de la República tiene en sus manos ...": an office in a lower-case title that opens the sentence,
        // which the registry does not hold.
        if (first > 0 && first < words.Length && !Token.StartsUpper(text, words[first]) && (mentions.Count == 0 || mentions[0].FirstToken >= first)
            && NamedAddressee.RunEnd(text, words, first, words.Length) is var runEnd && runEnd > first + 1 && runEnd < words.Length
            && !HasComma(text, words[runEnd - 1].End, words[runEnd].Start)
            && NamedAddressee.Make(text, words, first, runEnd, positional: false, context.Country(), context.Registry) is { } office)
        {
            return office;
        }
        if (mentions.Count == 0 || mentions[0].FirstToken > 2 || mentions[0].LastToken + 1 >= words.Length)
        {
            return null;
        }
        var m = mentions[0];
        for (var k = 0; k < m.FirstToken; k++)
        {
            if (HasComma(text, words[k].End, words[k + 1].Start) || !(Determiners.Contains(words[k]) || char.IsUpper(text[words[k].Start])))
            {
                return null;
            }
        }
        var after = words[m.LastToken + 1];
        return NamedAddressee.PossessiveS(text, words[m.LastToken], after) || HasComma(text, words[m.LastToken].End, after.Start) ? null : m.Value;
    }

    /// <summary>
    /// "the Ethiopian federal authorities", "the Nigerian national police": a state's organ with a word between the demonym
    /// and the organ, which no alias of the registry holds; null otherwise.
    /// </summary>
    private static Actor? DemonymOrgan(string text, ReadOnlySpan<Token> words, int k, in Context context)
    {
        if (k + 2 >= words.Length || !Token.StartsUpper(text, words[k]) || !OfficeAdjectives.Contains(words[k + 1]) || Token.StartsUpper(text, words[k + 1])
            || !IsStateOrgan(text, words, k + 2, context.Registry)
            || context.Registry.StateCode(text[words[k].Start..words[k].End]) is not { } code || context.Registry.StateOf(code) is not { } state)
        {
            return null;
        }
        return OrganOf(text, words, k + 2, context with { StateInSentence = state });
    }

    private static readonly WordSet GroupNouns = new("government", "authorities", "militia", "militias", "rebels", "fighters", "insurgents");

    /// <summary>
    /// "Punjab government", "Fano militias": one or two capitalised words the registry does not know, then a lower-case
    /// word for a government or an armed group, right before the modal.
    /// </summary>
    private static Actor? NamedGroup(string text, ReadOnlySpan<Token> words, List<PhraseMatch<Actor>> mentions, int first, int modal)
    {
        var noun = modal - 1;
        if (noun - first is < 1 or > 2 || !GroupNouns.Contains(words[noun]) || Token.StartsUpper(text, words[noun]) || !NamedAddressee.MayOpenName(words[first]))
        {
            return null;
        }
        for (var k = first; k < noun; k++)
        {
            if (!Token.StartsUpper(text, words[k]) || HasComma(text, words[k].End, words[k + 1].Start))
            {
                return null;
            }
        }
        foreach (var m in mentions)
        {
            if (m.FirstToken <= noun && m.LastToken >= first)
            {
                return null;
            }
        }
        var name = text[words[first].Start..words[noun].End];
        return NamedAddressee.Unregistered(name);
    }

    /// <summary>
    /// Stands, as the subject of the sentence before, for people who are no addressee: "The people of Chak 518 need more
    /// than condolences. They need to see ..." asks nothing of anyone.
    /// </summary>
    private static readonly Actor NoActor = new("", "", "", "", null, []);

    private static readonly WordSet PeopleWords = new(
        "people", "families", "relatives", "victims", "survivors", "residents", "villagers", "children", "women", "mothers", "communities",
        "detainees", "prisoners", "protesters", "journalists", "defenders", "workers", "students", "refugees", "migrants",
        "familias", "familiares", "victimas", "sobrevivientes", "habitantes", "ninos", "ninas", "mujeres", "madres", "comunidades", "personas",
        "detenidos", "presos", "manifestantes", "periodistas", "defensores", "trabajadores", "estudiantes", "refugiados", "migrantes");

    /// <summary>Whether the sentence opens with people who are no addressee ("The families of the victims ...", "Las madres ...").</summary>
    private static bool OpensWithPeople(ReadOnlySpan<Token> words)
    {
        var first = 0;
        while (first < words.Length && first < 2 && Determiners.Contains(words[first]))
        {
            first++;
        }
        return first < words.Length && PeopleWords.Contains(words[first]);
    }

    private static readonly WordSet LawWords = new(
        "law", "laws", "legislation", "regulations", "rules", "code", "constitution", "ley", "leyes", "legislacion", "reglamento", "normas",
        "codigo", "constitucion", "normativa");

    private static readonly WordSet LawVerbs = new(
        "states", "provides", "requires", "says", "stipulates", "establishes", "guarantees", "mandates", "establece", "dispone", "exige",
        "estipula", "garantiza", "preve", "ordena");

    // Who a rule is about: "an inmate", "any detainee", "toda persona".
    private static readonly WordSet RuleSubjects = new("a", "an", "any", "every", "each", "un", "una", "cualquier", "toda", "todo", "cada");

    private static readonly WordSet UnderWords = new("under", "according", "segun", "conforme", "con");

    /// <summary>"... law states that": a law word among the few words before a verb of stating, right before <paramref name="that"/>.</summary>
    private static bool LawSays(ReadOnlySpan<Token> words, int that)
    {
        if (that < 2 || !LawVerbs.Contains(words[that - 1]))
        {
            return false;
        }
        for (var k = Math.Max(0, that - 5); k < that - 1; k++)
        {
            if (LawWords.Contains(words[k]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Under Bahrain's prison regulations, ...", "Según la ley, ...": a sentence that opens with the law it reads, up to <paramref name="clause"/>.</summary>
    private static bool UnderLaw(ReadOnlySpan<Token> words, int clause)
    {
        if (!UnderWords.Contains(words[0]))
        {
            return false;
        }
        for (var k = 1; k < clause; k++)
        {
            if (LawWords.Contains(words[k]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Under Article 36 of the Vienna Convention ..., ", "Según el artículo 9 del Pacto ..., ": the clause before <paramref name="clause"/> opens with "under" and a citation.</summary>
    private static bool UnderCitation(ReadOnlySpan<Token> words, int clause, List<Citations.FoundCitation> citations)
    {
        if (!UnderWords.Contains(words[0]))
        {
            return false;
        }
        foreach (var c in citations)
        {
            if (c.Start >= words[1].Start && c.End <= words[clause - 1].End)
            {
                return true;
            }
        }
        return false;
    }

    private static bool MentionBetween(List<PhraseMatch<Actor>> mentions, int start, int end)
    {
        foreach (var m in mentions)
        {
            if (m.Start >= start && m.Start < end)
            {
                return true;
            }
        }
        return false;
    }

    // "Any restriction on that right must ...": after a preposition, "that" points at something; it opens no clause.
    private static readonly WordSet PrepositionsBeforeThat = new("on", "of", "in", "to", "for", "with", "by", "at", "from", "about", "under", "into", "over");

    private static bool DemonstrativeThat(ReadOnlySpan<Token> words, int k) => k > 0 && words[k].WordId == That && PrepositionsBeforeThat.Contains(words[k - 1]);

    /// <summary>
    /// "El Gobierno y el Parlamento deben ...", "The Ministry of the Interior and the police must ...": a subject of
    /// two actors, each a whole part of it (an actor the registry knows, an organ word, or a name). Three or more
    /// are left to the other rules.
    /// </summary>
    private static (Actor First, Actor Second)? CoordinatedSubject(string text, ReadOnlySpan<Token> words, List<PhraseMatch<Actor>> mentions, int first, int modal,
        TextSpan sentence, in Context context)
    {
        if (modal - first > 12)
        {
            return null;
        }
        // "Tanto el Gobierno como el Congreso deben ...": "tanto ... como" joins two subjects as "both ... and" does.
        var tanto = Tanto.Contains(words[first]);
        if (tanto)
        {
            first++;
            while (first < modal && Determiners.Contains(words[first]))
            {
                first++;
            }
        }
        var and = -1;
        for (var k = first + 1; k < modal - 1; k++)
        {
            if ((tanto ? Como.Contains(words[k]) : AndWords.Contains(words[k])) && !NamedAddressee.AndInsideName(text, words, k, modal))
            {
                if (and >= 0)
                {
                    return null;
                }
                and = k;
            }
        }
        if (and < 0)
        {
            return null;
        }
        var second = and + 1;
        while (second < modal && Determiners.Contains(words[second]))
        {
            second++;
        }
        var a = SubjectPart(text, words, mentions, first, and, sentence, context);
        var b = a is null ? null : SubjectPart(text, words, mentions, second, modal, sentence, context);
        return a is not null && b is not null && a.Id != b.Id ? (a, b) : null;
    }

    private static readonly WordSet Tanto = new("tanto");

    private static readonly WordSet Como = new("como");

    private static Actor? SubjectPart(string text, ReadOnlySpan<Token> words, List<PhraseMatch<Actor>> mentions, int from, int to, TextSpan sentence, in Context context)
    {
        if (to <= from)
        {
            return null;
        }
        foreach (var m in mentions)
        {
            if (m.FirstToken == from && m.LastToken == to - 1)
            {
                return m.Value;
            }
        }
        if (to - from <= 2 && IsStateOrgan(text, words, from, context.Registry) && (to - from == 1 || context.Registry.BodyAt(words, from) is not null))
        {
            return OrganOf(text, words, from, context);
        }
        return NamedAddressee.RunEnd(text, words, from, to) == to
            ? Named(text, words, mentions, from, to, NamedAddressee.OpensSentence(text, words, from, sentence.Start), context)
            : null;
    }

    /// <summary>
    /// "The Himalayan Infrastructure Fund, the project's main lender, should ...": a name the registry does not hold
    /// opens the sentence, a description between commas follows it, and the modal comes right after the second comma.
    /// </summary>
    private static Actor? AppositiveSubject(string text, ReadOnlySpan<Token> words, List<PhraseMatch<Actor>> mentions, int modal, bool heading, in Context context)
    {
        if (heading || modal < 3 || !HasComma(text, words[modal - 1].End, words[modal].Start))
        {
            return null;
        }
        var first = 0;
        while (first < modal && Determiners.Contains(words[first]))
        {
            first++;
        }
        if (first >= modal || !Token.StartsUpper(text, words[first]))
        {
            return null;
        }
        var end = NamedAddressee.RunEnd(text, words, first, modal);
        if (end <= first || end >= modal - 1 || !HasComma(text, words[end - 1].End, words[end].Start))
        {
            return null;
        }
        // One description between the two commas, no clause of its own.
        for (var k = end; k < modal - 1; k++)
        {
            if (HasComma(text, words[k].End, words[k + 1].Start))
            {
                return null;
            }
        }
        return Named(text, words, mentions, first, end, positional: true, context);
    }

    /// <summary>Whether the word before <paramref name="modal"/> is an acronym in brackets: "(INDER)", "(INDECOM)".</summary>
    private static bool BracketedAcronymBefore(string text, ReadOnlySpan<Token> words, int modal)
    {
        if (modal < 2 || modal >= words.Length)
        {
            return false;
        }
        var acronym = words[modal - 1];
        var before = text.AsSpan(words[modal - 2].End, acronym.Start - words[modal - 2].End);
        var after = text.AsSpan(acronym.End, words[modal].Start - acronym.End);
        return acronym.Length >= 2 && before.Trim().SequenceEqual("(") && after.Trim().SequenceEqual(")") && char.IsUpper(text[acronym.Start]) && char.IsUpper(text[acronym.End - 1]);
    }

    // What an instrument does with a norm: "provides that", "makes clear that", "establece que".
    private static readonly WordSet NormVerbs = new(
        "provides", "provide", "requires", "require", "states", "stipulates", "stipulate", "says", "prohibits", "prohibit", "recognizes",
        "recognises", "recognize", "guarantees", "guarantee", "clear", "affirms", "establishes", "establish", "obliges", "oblige",
        "dispone", "disponen", "establece", "establecen", "exige", "exigen", "senala", "senalan", "preve", "preven", "estipula",
        "reconoce", "reconocen", "prohibe", "prohiben", "aclara", "aclaran", "claro", "garantiza", "garantizan", "obliga", "obligan");

    /// <summary>
    /// Whether the "that" at <paramref name="that"/> follows a citation and a verb of what it lays down, at most ten words
    /// after it ("Paragraph 88 of General Comment No. 37, adopted by the Human Rights Committee, says that ...").
    /// </summary>
    private static bool InstrumentSays(ReadOnlySpan<Token> words, int that, List<Citations.FoundCitation> citations)
    {
        // Words [k, that) lie between the citation, which ends in word k - 1, and "that": a verb of what a norm says
        // among them, or at most two words ("establecen que", "held in X v. Y that").
        // Further back, past a clause about the instrument ("el principio 22 de la Declaración ..., adoptada por la Comisión
        // Africana ... en 2019, establece que ..."), only with such a verb.
        var norm = false;
        for (var k = that; k >= 1 && k >= that - 25; k--)
        {
            norm |= k < that && NormVerbs.Contains(words[k]);
            foreach (var c in citations)
            {
                if (c.End > words[k - 1].Start && c.End <= words[k].Start)
                {
                    return norm || that - k <= 2;
                }
            }
            if (k < that - 10 && !norm)
            {
                return false;
            }
        }
        return false;
    }

    private static readonly WordSet InWords = new("in", "en");

    private static readonly WordSet OwnWords = new("its", "their", "su", "sus");

    /// <summary>"In its General Comment No. 34, ...", "En su Observación general conjunta ...": the sentence opens with a body's own document.</summary>
    private static bool OpensWithOwnDocument(ReadOnlySpan<Token> words, List<Citations.FoundCitation> citations)
    {
        if (words.Length < 3 || !InWords.Contains(words[0]) || !OwnWords.Contains(words[1]))
        {
            return false;
        }
        foreach (var c in citations)
        {
            if (c.Start <= words[2].Start && c.End > words[2].Start)
            {
                return true;
            }
        }
        return false;
    }

    private static bool AskedInThePast(string text, ReadOnlySpan<Token> words, int cue)
    {
        for (var k = cue + 1; k + 1 < words.Length && k <= cue + 8; k++)
        {
            if (words[k].WordId == Que)
            {
                var verb = words[k + 1];
                return verb.Length > 5 && (verb.FoldedEndsWith(text, "ara") || verb.FoldedEndsWith(text, "aran") || verb.FoldedEndsWith(text, "iera")
                    || verb.FoldedEndsWith(text, "ieran") || verb.FoldedEndsWith(text, "ase") || verb.FoldedEndsWith(text, "asen")
                    || verb.FoldedEndsWith(text, "iese") || verb.FoldedEndsWith(text, "iesen"));
            }
        }
        return false;
    }

    private static readonly WordSet ToAct = new("a", "para", "que");

    private static readonly WordSet SpanishA = new("a");

    private static bool AsksToAct(ReadOnlySpan<Token> words, int from)
    {
        for (var k = from; k < words.Length; k++)
        {
            if (ToAct.Contains(words[k]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a citation ends in one of the two words before the cue: the instrument is the one that asks.</summary>
    private static bool CitedRightBefore(string text, ReadOnlySpan<Token> words, int cue, List<Citations.FoundCitation> citations)
    {
        foreach (var c in citations)
        {
            // "Human Rights Council resolution 16/18, which Pakistan itself introduced, calls on States to ...": the
            // document opens the sentence, and a relative clause between commas separates it from its verb.
            if (c.Start <= words[0].Start && c.End > words[0].Start && c.End <= words[cue].Start
                && text.AsSpan(c.End, words[cue].Start - c.End).Trim() is var between && between.Length > 2 && between[0] == ',' && between[^1] == ','
                && between[1..].TrimStart() is var clause && (clause.StartsWith("which ") || clause.StartsWith("que ") || clause.StartsWith("adopted ") || clause.StartsWith("adoptada ")))
            {
                return true;
            }
            // "... revisar el Código Penal, y pidieron ...": after "and" the code is no longer the subject.
            if (c.End <= words[cue].Start && c.End > words[Math.Max(0, cue - 2)].Start && !(words[cue - 1].Start >= c.End && AndWords.Contains(words[cue - 1])))
            {
                return true;
            }
        }
        return false;
    }

    private static bool InCitation(int offset, List<Citations.FoundCitation> citations)
    {
        foreach (var c in citations)
        {
            if (offset >= c.Start && offset < c.End)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly WordSet SpanishModals = new("debe", "deben", "deberia", "deberian", "debera", "deberan");

    // "También debe haber justicia": "there must be", which asks no one.
    private static readonly WordSet Existential = new("haber", "existir", "ser", "estar");

    // Words a sentence may open with before a verb whose subject it leaves out: "También debe ...", "Asimismo, pidió ...".
    private static readonly WordSet Openers = new(
        "tambien", "ademas", "asimismo", "igualmente", "finalmente", "por", "ultimo", "otra", "parte", "su", "lado", "y", "e");

    /// <summary>Whether the modal at <paramref name="modal"/> has only openers before it from <paramref name="from"/>, and asks something of someone.</summary>
    private static bool LeftOutSubject(ReadOnlySpan<Token> words, int from, int modal, int length) =>
        modal > from && SpanishModals.Contains(words[modal]) && OnlyOpeners(words, from, modal) && !Existential.Contains(VerbAfter(words, modal + length));

    private static bool OnlyOpeners(ReadOnlySpan<Token> words, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!Openers.Contains(words[k]))
            {
                return false;
            }
        }
        return true;
    }

    private static int IndexOfHave(ReadOnlySpan<Token> words, int from)
    {
        for (var k = from; k < words.Length; k++)
        {
            if (words[k].WordId == Have)
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>The index of "be" in a passive that starts at <paramref name="from"/> ("must [not] be held"), or -1.</summary>
    private static int PassiveAt(string text, ReadOnlySpan<Token> words, int from)
    {
        for (var k = from; k < words.Length && k < from + 4; k++)
        {
            if (BeWords.Contains(words[k]))
            {
                // "must be able to operate" says what must be possible, not what someone must do to it;
                // "must be the rule", "debe ser una prioridad", "deben ser precisas", "should be exceptional" say what something must be.
                var next = k + 1;
                while (next < words.Length && next < k + 3 && Adverbs.Contains(words[next]))
                {
                    next++;
                }
                return next < words.Length && (NotPassive.Contains(words[next]) || Articles.Contains(words[next]) || !LooksLikeParticiple(text, words[next])) ? -1 : k;
            }
            if (!Adverbs.Contains(words[k]))
            {
                return -1;
            }
        }
        return -1;
    }

    private static readonly WordSet Articles = new("the", "a", "an", "el", "la", "los", "las", "un", "una");

    private static readonly string[] ParticipleEndings =
    [
        "ed", "en", "wn", "ne", "ht", "ld", "id", "nd", "rd", "de", "ck", "ut", "et", "pt", "ft", "st", "nt", "un", "ng", "ot",
        "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "to", "ta", "tos", "tas", "cho", "cha", "chos", "chas",
    ];

    /// <summary>
    /// Whether a word after "be" or "ser" may be a participle ("held", "brought", "liberados", "puesto"), by its ending or
    /// the short list of irregular ones; an adjective ("exceptional", "precisas") says what something must be, and asks no one.
    /// </summary>
    private static bool LooksLikeParticiple(string text, Token word)
    {
        if (IrregularParticiples.Contains(word))
        {
            return true;
        }
        foreach (var ending in ParticipleEndings)
        {
            if (word.FoldedEndsWith(text, ending))
            {
                return true;
            }
        }
        return false;
    }

    // The things a passive rule is about: "Restrictions ... must be provided by law", "Evidence ... must never be used".
    private static readonly WordSet RuleNouns = new(
        "restriction", "restrictions", "limitation", "limitations", "evidence", "conservation", "measure", "measures", "legislation", "use",
        "force", "detention", "deprivation", "proceedings", "trials", "confessions", "words", "promises", "commitments",
        "restriccion", "restricciones", "limitacion", "limitaciones", "prueba", "pruebas", "conservacion", "medida", "medidas", "legislacion",
        "uso", "fuerza", "detencion", "privacion", "juicios", "confesiones", "palabras", "promesas", "compromisos");

    // "Toda muerte ...", "Every detainee ...": a subject of every one of a kind states a rule.
    private static readonly WordSet EveryOne = new("every", "each", "toda", "todo", "cada");

    private static readonly WordSet OneOf = new("one", "of", "una", "uno", "de");

    /// <summary>Whether the subject of a passive, <c>words[first..modal]</c>, is a thing a rule is about, or every one of a kind.</summary>
    private static bool RuleAboutAThing(ReadOnlySpan<Token> words, int first, int modal)
    {
        // "Cada una de estas muertes debe ser investigada" asks for these deaths to be investigated, not for a rule.
        if (first + 1 < modal && EveryOne.Contains(words[first]) && !OneOf.Contains(words[first + 1]))
        {
            return true;
        }
        var k = first;
        while (k < modal && Determiners.Contains(words[k]))
        {
            k++;
        }
        return k < modal && RuleNouns.Contains(words[k]);
    }

    private static readonly WordSet NotPassive = new("able", "capaz", "capaces", "possible", "posible", "free", "libre", "libres");

    private static readonly WordSet ByWords = new("by", "por");

    /// <summary>"must be investigated by the ICC Prosecutor": the agent of a passive, when an actor is named as one.</summary>
    private static Actor? AgentOf(string text, ReadOnlySpan<Token> words, List<PhraseMatch<Actor>> mentions, int be, in Context context)
    {
        var by = be + 1;
        while (by < words.Length && by < be + 4 && !ByWords.Contains(words[by]))
        {
            by++;
        }
        if (by >= words.Length || !ByWords.Contains(words[by]))
        {
            return null;
        }
        var first = by + 1;
        while (first < words.Length && Determiners.Contains(words[first]))
        {
            first++;
        }
        foreach (var m in mentions)
        {
            if (m.FirstToken > by && m.FirstToken <= first)
            {
                return m.Value;
            }
        }
        return IsStateOrgan(text, words, first, context.Registry) ? OrganOf(text, words, first, context) : null;
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
        return SubjectAt(text, words, mentions, first, words.Length, context);
    }

    /// <summary>The actor that the words from <paramref name="start"/> open (after determiners), within <paramref name="limit"/>: a mention, or a state's organ.</summary>
    private static Actor? SubjectAt(string text, ReadOnlySpan<Token> words, List<PhraseMatch<Actor>> mentions, int start, int limit, in Context context)
    {
        var first = start;
        while (first < limit && Determiners.Contains(words[first]))
        {
            first++;
        }
        foreach (var m in mentions)
        {
            if (m.FirstToken >= start && m.FirstToken <= first && m.LastToken < limit)
            {
                return NarrowedStates(text, words, m, limit, context.Registry) ?? m.Value;
            }
        }
        return first < limit && IsStateOrgan(text, words, first, context.Registry) ? OrganOf(text, words, first, context) : null;
    }

    private static int VerbAfter(ReadOnlySpan<Token> words, int from)
    {
        var k = from;
        while (k < words.Length && Adverbs.Contains(words[k]))
        {
            k++;
        }
        return k < words.Length ? words[k].WordId : 0;
    }

    private static readonly int Facto = Lexicon.Register("facto").Id;

    /// <summary>"de facto" in lower case at <paramref name="k"/>, before what it qualifies.</summary>
    private static bool DeFactoAt(string text, ReadOnlySpan<Token> words, int k) =>
        k + 2 < words.Length && words[k].WordId == De && words[k + 1].WordId == Facto && !Token.StartsUpper(text, words[k]);

    private static readonly WordSet ThingPronouns = new("it", "this", "that", "esto", "eso");

    private static readonly WordSet EndingVerbs = new("stop", "end", "cease", "terminar", "parar", "acabar", "cesar");

    // Verbs whose subject is not asked to act: "Juan Pérez must receive medical care", "Gaza City must not become ...".
    private static readonly WordSet NotDoing = new(
        "receive", "get", "obtain", "enjoy", "become", "remain", "stay", "recibir", "obtener", "gozar", "contar", "tener", "poder", "convertirse", "seguir", "permanecer");

    /// <summary>
    /// The actor a name the registry does not hold stands for. A body the registry knows inside it
    /// is the one asked ("la Fiscalía de la Corte Penal Internacional" is the ICC's), and a state
    /// inside it is its country ("the Parliament of Kenya").
    /// </summary>
    private static Actor? Named(string text, ReadOnlySpan<Token> words, List<PhraseMatch<Actor>> mentions, int from, int end, bool positional,
        in Context context)
    {
        if (NamedAddressee.Mandate(text, words, from, end) is { } mandate)
        {
            return mandate;
        }
        var country = context.Country();
        foreach (var m in mentions)
        {
            if (m.FirstToken >= from && m.LastToken < end)
            {
                // "the West Papua National Liberation Army": a known name that ends a longer one is part of another's name.
                if (m.Value.CountryCode is null && !(m.FirstToken > from && m.LastToken == end - 1 && AllCapitalised(text, words, from, m.FirstToken)))
                {
                    return m.Value;
                }
                country = m.Value.CountryCode ?? country;
            }
        }
        return NamedAddressee.Make(text, words, from, end, positional, country, context.Registry);
    }

    /// <summary>
    /// "We urge the Ministry to ...", "The Council should ...", "Pedimos al Tribunal que ...": an article and the head
    /// word of a body's name (<paramref name="k"/>) point back to the last body of that kind the text named ("the
    /// Ministry of the Interior", "the Human Rights Council"), as the registry knows it or by its name; null when the
    /// text named none.
    /// </summary>
    private static Actor? BodyNamedBefore(string text, ReadOnlySpan<Token> words, int k, in Context context)
    {
        if (k < 1 || !NameDeterminers.Contains(words[k - 1]) || QuoteExtractor.BodyHead(text[words[k - 1].Start..words[k].End]) is not { } head
            || QuoteExtractor.BodyNamedBefore(text, words[k - 1].Start, head) is not { } name)
        {
            return null;
        }
        var nameWords = CollectionsMarshal.AsSpan(Token.Tokenize(name, 0, name.Length));
        var known = context.Registry.Matcher.FindAll(name, nameWords);
        if (known.Count == 1 && known[0].FirstToken == 0 && known[0].LastToken == nameWords.Length - 1)
        {
            return known[0].Value;
        }
        return NamedAddressee.Make(name, nameWords, 0, nameWords.Length, positional: false, context.Country(), context.Registry) ?? NamedAddressee.Unregistered(name);
    }

    private static readonly WordSet Clitics = new("le", "les");

    private static readonly WordSet ObjectClitics = new("le", "les", "los", "las");

    private static readonly WordSet PluralPronouns = new("them", "they", "les", "los", "las", "ellos", "ellas");

    /// <summary>
    /// "We remind all States that ..., and we call on them to respect it": a plural pronoun asked to act stands for the
    /// group of states or people the sentence named before the cue; otherwise for whom the context points at.
    /// </summary>
    private static Actor? PronounAddressee(Token pronoun, List<PhraseMatch<Actor>> mentions, int cue, in Context context)
    {
        if (PluralPronouns.Contains(pronoun))
        {
            for (var m = mentions.Count - 1; m >= 0; m--)
            {
                if (mentions[m].LastToken < cue && mentions[m].Value.Kind is "states" or "group")
                {
                    return mentions[m].Value;
                }
            }
        }
        return context.Pronoun();
    }

    // What narrows states or governments in general to some of them: "Governments hosting ...", "States with embassies in
    // ...", "States that are parties to ...", "Los Estados de la región", "Los Estados con influencia sobre ...".
    private static readonly WordSet StateQualifiers = new("with", "that", "which", "who", "whose", "in", "of", "from", "con", "que", "de", "del", "en");

    private static readonly WordSet Generalities = new("all", "todos", "todas", "los", "las", "the");

    /// <summary>The index of the first word at or after <paramref name="from"/> in <paramref name="set"/>, or the sentence's length.</summary>
    private static int NextIndex(ReadOnlySpan<Token> words, WordSet set, int from)
    {
        for (var k = from; k < words.Length; k++)
        {
            if (set.Contains(words[k]))
            {
                return k;
            }
        }
        return words.Length;
    }

    /// <summary>
    /// "Governments hosting Eritrean asylum seekers, including ...", "States with embassies in Asmara", "Los Estados de la región":
    /// states in general (<paramref name="m"/>), narrowed by the words after them up to a comma or <paramref name="end"/>, are
    /// the group those words name, in English when the glossary allows. Null when nothing narrows them.
    /// </summary>
    private static Actor? NarrowedStates(string text, ReadOnlySpan<Token> words, PhraseMatch<Actor> m, int end, ActorRegistry registry)
    {
        var next = m.LastToken + 1;
        if (m.Value.Kind != "states" || next >= end || HasComma(text, words[m.LastToken].End, words[next].Start)
            || !(StateQualifiers.Contains(words[next]) || (words[next].FoldedEndsWith(text, "ing") && !Token.StartsUpper(text, words[next]))))
        {
            return null;
        }
        var last = next;
        for (var k = next + 1; k < end && k <= next + 10 && !HasComma(text, words[k - 1].End, words[k].Start); k++)
        {
            last = k;
        }
        if (last == next)
        {
            return null;
        }
        var first = m.FirstToken;
        while (first < m.LastToken && Generalities.Contains(words[first]))
        {
            first++;
        }
        var name = text[words[first].Start..words[last].End];
        name = char.ToUpperInvariant(name[0]) + name[1..];
        return NamedAddressee.Unregistered(SpanishName.Body(name, registry) ?? name);
    }

    // What follows the asked: "calls on X to ...", "insta a X a ...", "pide a X que ...".
    private static readonly WordSet ObjectEnds = new("to", "a", "que", "para");

    private static readonly WordSet MembersWords = new("members", "miembros", "integrantes");

    private static readonly WordSet RelativeWords = new("which", "who", "whose", "que", "quien", "cuyo", "cuya", "donde", "where");

    private static readonly WordSet NameDeterminers = new("the", "a", "al", "la", "el", "los", "las");

    /// <summary>
    /// Whether what follows a name at <paramref name="end"/> is what it is asked to do: "to ..." at once, or after
    /// the name's acronym in brackets ("the Independent Commission (INDECOM) to"), after a second name ("the
    /// Ministry of Education and the Office of ... to", "a la Fuerza de Policía y a la Guardia Nacional a"), or
    /// after a relative clause between commas ("the Mazhilis, which debates the law in May, to").
    /// </summary>
    private static readonly WordSet OwnerNouns = new("estado", "país", "pais", "state", "country", "provincia", "province", "departamento", "región", "region");

    /// <summary>
    /// "la Junta de Indultos y Libertad Condicional del estado a conmutar": past "del estado", "of the country" that says whose
    /// body a name is, the index of the word after it; <paramref name="at"/> itself when no such words follow the name.
    /// </summary>
    private static int AfterOwnerQualifier(string text, ReadOnlySpan<Token> words, int at)
    {
        var k = at;
        if (k + 1 < words.Length && OfWords.Contains(words[k]))
        {
            k++;
            if (k + 1 < words.Length && NameDeterminers.Contains(words[k]) && !Token.StartsUpper(text, words[k]))
            {
                k++;
            }
            if (k + 1 < words.Length && OwnerNouns.Contains(words[k]) && !Token.StartsUpper(text, words[k]))
            {
                return k + 1;
            }
        }
        return at;
    }

    private static bool AskedAfterName(string text, ReadOnlySpan<Token> words, int end)
    {
        if (ObjectEnds.Contains(words[end]) || ObjectEnds.Contains(words[AfterOwnerQualifier(text, words, end)]))
        {
            return true;
        }
        if (end + 1 < words.Length && BracketedAcronymBefore(text, words, end + 1) && ObjectEnds.Contains(words[end + 1]))
        {
            return true;
        }
        var gap = text.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End);
        if (AndWords.Contains(words[end]) && !gap.Contains(','))
        {
            var k = end + 1;
            while (k < words.Length && k < end + 3 && NameDeterminers.Contains(words[k]))
            {
                k++;
            }
            var second = k < words.Length && Token.StartsUpper(text, words[k]) ? NamedAddressee.RunEnd(text, words, k, words.Length) : k;
            return second > k && second < words.Length && ObjectEnds.Contains(words[AfterOwnerQualifier(text, words, second)]);
        }
        // "pide a Sentinel Custody Group, la empresa privada que gestiona Red Mesa ..., que publique": what the name is, between commas.
        if (gap.Contains(',') && NameDeterminers.Contains(words[end]) && end + 1 < words.Length && !Token.StartsUpper(text, words[end + 1]))
        {
            for (var k = end + 2; k < words.Length && k < end + 30; k++)
            {
                if (text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Contains(','))
                {
                    return ObjectEnds.Contains(words[k]);
                }
            }
        }
        if (gap.Contains(',') && RelativeWords.Contains(words[end]))
        {
            for (var k = end + 1; k < words.Length && k < end + 30; k++)
            {
                if (text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Contains(','))
                {
                    return ObjectEnds.Contains(words[k]);
                }
            }
        }
        return false;
    }

    // Told in the past, "asked Juan Pérez to" is most often the story ("Police asked ..."); it is a
    // demand when the publisher or "we" asks.
    // Businesses asked as a group: "Battery and electric-vehicle manufacturers that buy nickel ... should", "calls on banks operating in ...".
    private static readonly WordSet BusinessHeads = new(
        "companies", "banks", "businesses", "manufacturers", "investors", "lenders", "buyers", "brands", "retailers", "firms", "corporations",
        "insurers", "suppliers", "traders", "purchasers");

    // What may follow such a group: a relative clause, a participle, a place.
    private static readonly WordSet AfterBusinessHead = new("that", "which", "who", "in", "from", "based", "with");

    /// <summary>
    /// "Battery and electric-vehicle manufacturers", "banks operating in ...": a group of businesses, in English and in lower case, that
    /// starts at <paramref name="from"/>, with at most four words before its head, as the subject before
    /// <paramref name="limit"/>. Null when no such group starts there.
    /// </summary>
    private static Actor? BusinessGroup(string text, ReadOnlySpan<Token> words, int from, int limit) => BusinessGroup(text, words, from, limit, out _);

    private static Actor? BusinessGroup(string text, ReadOnlySpan<Token> words, int from, int limit, out int head)
    {
        head = -1;
        for (var k = from; k < limit && k <= from + 4; k++)
        {
            if (k > from && HasComma(text, words[k - 1].End, words[k].Start))
            {
                return null;
            }
            if (BusinessHeads.Contains(words[k]))
            {
                // "Investors and buyers sourcing rubber ...": two heads, one group.
                if (k + 2 < limit && AndWords.Contains(words[k + 1]) && BusinessHeads.Contains(words[k + 2]))
                {
                    k += 2;
                }
                var next = k + 1;
                if (next < limit && !(AfterBusinessHead.Contains(words[next]) || words[next].FoldedEndsWith(text, "ing")))
                {
                    return null;
                }
                head = k;
                var name = char.ToUpperInvariant(text[words[from].Start]) + text[(words[from].Start + 1)..words[k].End];
                return NamedAddressee.Unregistered(name);
            }
            if (Token.StartsUpper(text, words[k]) && k > from)
            {
                return null;
            }
        }
        return null;
    }

    private static readonly WordSet Pluperfect = new("had", "habia", "habian");

    private static readonly WordSet PastAdverbs = new("already", "previously", "repeatedly", "also", "ya", "reiteradamente", "tambien");

    private static readonly WordSet PastAskCues = new(
        "called", "urged", "asked", "demanded", "encouraged", "insto", "exhorto", "pidio", "exigio", "solicito", "alento", "alentaron", "hizo", "hicieron", "reitero", "reiteraron", "renovo",
        "instaron", "exhortaron", "pidieron", "exigieron", "solicitaron", "reclamaron", "urgieron", "llamo", "llamaron");
    private static readonly WordSet PublisherWords = new(
        "we", "amnesty", "amnistia", "organization", "organisation", "organizacion", "nosotros", "pedimos", "instamos", "exigimos",
        "experts", "expertos", "expertas", "rapporteur", "relatora", "relator", "watch", "committee", "comite", "commission", "comision",
        "office", "oficina", "they", "ellos", "ellas", "commissioner", "comisionado", "comisionada", "group", "grupo", "mission", "mision",
        "cidh", "iachr", "ohchr", "hrw", "coalition", "coalicion", "organisations", "organizations", "organizaciones", "undersigned",
        "signatories", "firmantes", "spokesperson", "portavoz", "he", "she", "ella", "dh", "acnudh", "oacnudh", "onudh");

    // "Paragraph 2 of resolution 2334 demanded that Israel ...": a document's past demand, reported, is nobody's demand now.
    private static readonly WordSet DocumentWords = new(
        "resolution", "resolucion", "paragraph", "parrafo", "decision", "judgment", "judgement", "sentencia", "ruling", "fallo",
        "opinion", "report", "informe", "law", "ley", "article", "articulo", "treaty", "tratado", "convention", "convencion");

    private static bool DocumentAsked(ReadOnlySpan<Token> words, int cue)
    {
        if (!PastAskCues.Contains(words[cue]))
        {
            return false;
        }
        if (OpensWithPastRequest(words, cue))
        {
            return false; // "Exhortaron al Parlamento a revisar la ley y pidieron ...": the law is what is to be revised, not who asks
        }
        for (var k = Math.Max(0, cue - 8); k < cue; k++)
        {
            if (DocumentWords.Contains(words[k]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool PublisherAsks(string text, ReadOnlySpan<Token> words, int cue, List<FoundQuote>? quotes)
    {
        // "In 2024, the Venice Commission had already urged ...": a request told as done before, by anyone.
        if (cue > 0 && (Pluperfect.Contains(words[cue - 1]) || (cue > 1 && Pluperfect.Contains(words[cue - 2]) && PastAdverbs.Contains(words[cue - 1]))))
        {
            return false;
        }
        // "En 2023, organizaciones indígenas exigieron al Poder Ejecutivo ...": a request told under a past year is history, by anyone.
        if (PastAskCues.Contains(words[cue]) && cue > 2 && InWords.Contains(words[0]) && text.AsSpan(words[1].Start, words[1].Length) is { Length: 4 } year
            && year.IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return false;
        }
        // "Pidió asimismo a la Fiscalía ...": a sentence that opens with the verb goes on with the last sentence's subject.
        if (!PastAskCues.Contains(words[cue]) || OnlyOpeners(words, 0, cue))
        {
            return true;
        }
        for (var k = 0; k < cue; k++)
        {
            if (PublisherWords.Contains(words[k]))
            {
                return true;
            }
        }
        // "«...», afirmó Fidel Bahena Ocampo. Bahena pidió a las autoridades federales que ...": a speaker the statement quotes,
        // named right before the verb, asks in it.
        if (quotes is { Count: > 0 } && cue is > 0 and <= 3 && Token.StartsUpper(text, words[cue - 1])
            && QuotedBySurname(quotes, text.AsSpan(words[cue - 1].Start, words[cue - 1].Length)))
        {
            return true;
        }
        // "Exhortaron asimismo al Parlamento a ..., y pidieron al Ministerio ...": the sentence opened with a request
        // whose subject is the last sentence's, and the second verb shares it.
        return OpensWithPastRequest(words, cue);
    }

    private static bool OpensWithPastRequest(ReadOnlySpan<Token> words, int cue)
    {
        for (var k = 0; k < cue; k++)
        {
            if (PastAskCues.Contains(words[k]))
            {
                return OnlyOpeners(words, 0, k);
            }
        }
        return false;
    }

    private static Actor? ObjectOf(string text, ReadOnlySpan<Token> words, List<PhraseMatch<Actor>> mentions, int cue, int from, CueKind kind,
        bool heading, List<Citations.FoundCitation> citations, in Context context)
    {
        // "Human Rights Council resolution 22/6 calls on states to ...": what an instrument asks, not a demand of the statement.
        if (DocumentAsked(words, cue) || (cue > 0 && CitedRightBefore(text, words, cue, citations)))
        {
            return null;
        }
        // "Last week, the Minister called on deans to ... and demanded that they ...": someone else's request, told.
        if (!PublisherAsks(text, words, cue, context.Quotes))
        {
            return null;
        }
        // "Pedimos al juez que ordenara un examen": the past subjunctive tells of a request made before, not one made now.
        if (AskedInThePast(text, words, cue))
        {
            return null;
        }
        // "llamó a la policía" is a telephone call; "llama a la policía a ..." or "... para que ..." asks it to act.
        if (LlamaCues.Contains(words[cue]) && !AsksToAct(words, cue + 3))
        {
            return null;
        }
        // "Le pedimos también que emita ...", "Les instamos a ...": the clitic before the cue is whoever was just asked.
        if (cue > 0 && ObjectClitics.Contains(words[cue - 1]) && kind == CueKind.Object)
        {
            return PronounAddressee(words[cue - 1], mentions, cue, context);
        }
        var k = from;
        while (k < words.Length && k < from + 5 && ObjectSkips.Contains(words[k]))
        {
            k++;
        }
        // "urged the federal Government to ...": which government, not who.
        if (k + 1 < words.Length && OfficeAdjectives.Contains(words[k]) && !Token.StartsUpper(text, words[k]) && GenericAuthorities.Contains(words[k + 1]))
        {
            k++;
        }
        // "call on the de facto authorities to ...": who holds power, not who is asked.
        if (DeFactoAt(text, words, k))
        {
            k += 2;
        }
        // "urge members of the National Assembly to ...": the body its members sit in.
        if (k + 1 < words.Length && MembersWords.Contains(words[k]) && OfWords.Contains(words[k + 1]))
        {
            k += 2;
            while (k < words.Length && ObjectSkips.Contains(words[k]))
            {
                k++;
            }
        }
        if (k < words.Length)
        {
            // "called on banks operating in Hungary to ...": businesses asked as a group.
            if (kind == CueKind.Object && BusinessGroup(text, words, k, words.Length) is { } business)
            {
                return business;
            }
            // "calls on the UN Special Rapporteur on adequate housing to ...": the mandate, not the UN.
            if (NamedAddressee.RunEnd(text, words, k, words.Length) is var run && run > k && NamedAddressee.Mandate(text, words, k, run) is { } mandate)
            {
                return mandate;
            }
            if (DemonymOrgan(text, words, k, context) is { } organ)
            {
                return organ;
            }
            // "We urge the Ministry to ...", "called on the court to ...": the body of that kind the text named before.
            if (k + 1 < words.Length && ObjectEnds.Contains(words[k + 1]) && BodyNamedBefore(text, words, k, context) is { } named)
            {
                return named;
            }
            foreach (var m in mentions)
            {
                if (m.FirstToken >= from && m.FirstToken <= k)
                {
                    return NarrowedStates(text, words, m, NextIndex(words, ObjectEnds, m.LastToken + 1), context.Registry) ?? m.Value;
                }
            }
            if (IsStateOrgan(text, words, k, context.Registry))
            {
                return OrganOf(text, words, k, context);
            }
            if (Pronouns.Contains(words[k]) && kind == CueKind.Object)
            {
                return PronounAddressee(words[k], mentions, cue, context);
            }
            if (CompanyHeads.Contains(words[k]) && k + 1 < words.Length && Token.StartsUpper(text, words[k + 1]))
            {
                k++;
            }
            // "calls on the Director of Public Prosecutions to ...": a name the registry does not hold, then what it is asked to do.
            if (!heading && kind == CueKind.Object && PublisherAsks(text, words, cue, context.Quotes) && NamedAddressee.RunEnd(text, words, k, words.Length) is var end
                && end > k && end < words.Length && AskedAfterName(text, words, end))
            {
                return Named(text, words, mentions, k, end, positional: false, context);
            }
        }
        // "insta a las universidades de otros países a facilitar ...", "urges universities in other countries to ...": a group the
        // registry does not hold, in lower case, then what it is asked to do.
        if (kind == CueKind.Object && !heading && LowerCaseGroup(text, words, k, context.Registry) is { } group)
        {
            return group;
        }
        // "Mauritania: UN experts urge end to prosecution of activists": a headline that urges an act asks for it, as "call for" does.
        if (heading && kind == CueKind.Object && UrgeCues.Contains(words[cue]) && k < words.Length && ActNouns.Contains(words[k]))
        {
            return context.Addressee();
        }
        // "Amnistía Internacional exige también el cese inmediato de ...", "The organization demands the release of ...":
        // the publisher asks for an act, as "call for" does, of whoever was asked before.
        if (kind == CueKind.Object && !heading && k > 0 && k < words.Length && AskCues.Contains(words[cue]) && ArticlesOfAnAct.Contains(words[k - 1])
            && (ActNouns.Contains(words[k]) || (k + 1 < words.Length && ActAdjectives.Contains(words[k]) && ActNouns.Contains(words[k + 1]))))
        {
            return context.Addressee();
        }
        return kind == CueKind.CallFor ? context.Addressee() : null;
    }

    private static readonly WordSet ArticlesOfAnAct = new("the", "el", "la", "los", "las");

    private static readonly WordSet ActAdjectives = new("immediate", "unconditional", "prompt", "independent", "thorough", "full", "urgent");

    private static readonly WordSet UrgeCues = new("urge", "urges", "urged");

    private static readonly WordSet ActNouns = new(
        "end", "release", "halt", "stop", "investigation", "investigations", "inquiry", "probe", "accountability", "justice", "action",
        "protection", "repeal", "moratorium", "restraint", "reversal", "withdrawal", "suspension", "review", "reform", "reforms",
        "cese", "fin", "liberacion", "excarcelacion", "investigacion", "derogacion", "suspension", "retiro", "revision", "reforma", "moratoria",
        "anulacion", "restablecimiento");

    /// <summary>
    /// The plural noun at <paramref name="k"/>, in lower case, and at most five more words of its phrase, up to "to", "a",
    /// "que" or "para" and a verb of acting: a group asked as such ("universities in other countries"). Null otherwise.
    /// </summary>
    private static Actor? LowerCaseGroup(string text, ReadOnlySpan<Token> words, int k, ActorRegistry registry)
    {
        if (k >= words.Length || Token.StartsUpper(text, words[k]) || words[k].Length < 4 || !words[k].FoldedEndsWith(text, "s") || ObjectSkips.Contains(words[k]))
        {
            return null;
        }
        for (var j = k + 1; j < words.Length && j <= k + 6; j++)
        {
            if (HasComma(text, words[j - 1].End, words[j].Start))
            {
                return null;
            }
            if (ObjectEnds.Contains(words[j]))
            {
                // "a facilitar", "to recognise", "que garanticen": a verb in lower case, not "to the ..." or "a Nicaragua".
                if (j + 1 >= words.Length || Token.StartsUpper(text, words[j + 1]) || Determiners.Contains(words[j + 1])
                    || (SpanishA.Contains(words[j]) && !(words[j + 1].FoldedEndsWith(text, "ar") || words[j + 1].FoldedEndsWith(text, "er")
                                                        || words[j + 1].FoldedEndsWith(text, "ir") || ThatOrQue.Contains(words[j + 1]))))
                {
                    return null;
                }
                var name = text[words[k].Start..words[j - 1].End];
                name = char.ToUpperInvariant(name[0]) + name[1..];
                return NamedAddressee.Unregistered(SpanishName.Body(name, registry) ?? name);
            }
        }
        return null;
    }
}
