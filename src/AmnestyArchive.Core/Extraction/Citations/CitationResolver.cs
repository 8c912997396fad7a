using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using AmnestyArchive.Core.Extraction.Text;

namespace AmnestyArchive.Core.Extraction.Citations;

/// <summary>A citation before block and original offsets are attached.</summary>
internal sealed record FoundCitation(int Start, int End, string Instrument, string? Abbrev, string InstrumentId, string Type, string? Pinpoint, IReadOnlyList<string> BackReferences);

/// <summary>
/// Finds every mention of a legal instrument or provision: registry names and aliases, numbered
/// UN resolutions, treaty-body general comments, named national laws, pinpoints ("Article 2(4)")
/// and back-references ("the Charter"), the last two resolved from what was cited before.
/// </summary>
internal static partial class CitationResolver
{
    // The citation patterns run in short windows at their trigger words. They are source-generated
    // (backtracking) with a match timeout, which habit 11 of STYLE.md allows beside NonBacktracking:
    // none of them nests a quantifier that can backtrack without bound, the windows are at most a
    // few hundred characters, and the timeout bounds any surprise (RegexTimeouts). Tests check that
    // each one finds exactly what its NonBacktracking twin finds (RegexEngineTests).
    internal const string ResolutionNumberPattern =
        @"\b(?:[Rr]esolutions?|[Rr]es\.|[Rr]esoluci[óo]n(?:es)?)\s+(?:(?:No\.?|n[º°o]\.?|núm\.?|número)\s*)?((?:E?S-)?\d{1,5}(?:/\d{1,4})?)(?:\s*\(([IVXLC]{1,8}|\d{4})\))?";

    [GeneratedRegex(ResolutionNumberPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex ResolutionNumber { get; }

    internal const string AbbreviatedResolutionPattern =
        @"\b(UNGA|UNSC)\s+(?:[Rr]es\.?\s+)?(\d{1,5}(?:/\d{1,4})?)\b";

    [GeneratedRegex(AbbreviatedResolutionPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex AbbreviatedResolution { get; }

    internal const string BodyBeforePattern =
        @"(?:(?:UN|U\.N\.|United Nations)\s+)?(General Assembly|Security Council|Human Rights Council|Economic and Social Council|UNGA|UNSC|HRC|ECOSOC|GA|SC)\s*$";

    [GeneratedRegex(BodyBeforePattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex BodyBefore { get; }

    internal const string BodyAfterPattern =
        @"^\s+(?:of\s+the\s+(?:UN\s+|United Nations\s+)?(General Assembly|Security Council|Human Rights Council|Economic and Social Council)|(?:de\s+la|del)\s+(Asamblea General|Consejo de Seguridad|Consejo de Derechos Humanos|Consejo Económico y Social))(?:\s+de\s+la\s+ONU|\s+de\s+las\s+Naciones\s+Unidas)?";

    [GeneratedRegex(BodyAfterPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex BodyAfter { get; }

    internal const string GeneralCommentPattern =
        @"\b(?:(?:[Jj]oint\s+)?General\s+(Comment|Recommendation)s?|(Observaci[óo]n|Recomendaci[óo]n)(?:es)?\s+[Gg]eneral(?:\s+conjunta)?)\s+(?:(?:No\.?|Number|n\.?[º°o]\.?|N\.?[º°o]\.?|núm\.?|número|#)\s*)?(\d{1,3})\b";

    [GeneratedRegex(GeneralCommentPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    internal static partial Regex GeneralComment { get; }

    internal const string EnglishActPattern =
        @"\b(?:(?:19|20)\d\d\s+)?[A-Z][A-Za-z'-]+\s+(?:(?:(?:of|on|for|and|against)\s+(?:the\s+)?)?\(?[A-Z][A-Za-z'-]+\)?\s+){0,5}(?:Act|Proclamation|Ordinance)\b(?:,?\s+(?:No\.\s?\d{1,5}(?:/(?:19|20)\d\d)?\s+)?(?:of\s+)?(?:19|20)\d\d|\s+No\.\s?\d{1,5}/(?:19|20)\d\d)?";

    [GeneratedRegex(EnglishActPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex EnglishAct { get; }

    internal const string EnglishLawPattern =
        @"\bLaw\s+(?:on|of|for|against)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+by\s+[A-Z][a-z]+ing\b|\s+(?:(?:and|of|the|on|for|in|to)\s+)?[A-Z][\w'-]*)*";

    [GeneratedRegex(EnglishLawPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex EnglishLaw { get; }

    // "the People's Military Service Law", "the National Security Law", "the Press Law": a law named by capitalised words
    // before "Law", and what "of" adds to the name ("the Basic Law of the Hong Kong Special Administrative Region", "the Media Law of 2010").
    internal const string NamedLawPattern =
        @"\b(?:(?:19|20)\d\d\s+)?[A-Z][A-Za-z'’-]+(?:\s+(?:(?:of|on|for|and|against)\s+)?[A-Z][A-Za-z'’-]+){0,5}\s+Law\b(?:\s+of\s+(?:19|20)\d\d\b|\s+(?:of|for|on|against)\s+(?:the\s+)?[A-Z][A-Za-z'’-]+(?:\s+(?:of\s+(?:the\s+)?|and\s+its\s+)?[A-Z][A-Za-z'’-]+){0,5})?";

    [GeneratedRegex(NamedLawPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex NamedLaw { get; }

    // Words that open a field of law, not the name of a statute: "International Humanitarian Law", "Customary Law".
    private static readonly HashSet<string> FieldOfLawWords = new(StringComparer.Ordinal)
    {
        "International", "Humanitarian", "Human", "Rights", "Customary", "Criminal", "Refugee", "Environmental", "Domestic",
        "Constitutional", "Administrative", "Martial", "Sharia", "Islamic", "Case", "Common", "Civil", "Public", "Private", "European",
        "Space", "Labour", "Labor", "Family", "Maritime", "Military", "Canon", "Natural", "Roman", "Treaty", "The", "This", "That", "A", "An",
        "UN", "Federal", "State", "Soft", "Hard",
    };

    internal const string SpanishLawPattern =
        @"\bLey\s+(?:Org[áa]nica\s+|Especial\s+|Constitucional\s+|General\s+|Federal\s+|Nacional\s+)?(?:de|del|sobre|contra|para|en\s+[Mm]ateria\s+de|que\s+(?:[Rr]egula|[Ee]stablece|[Cc]rea|[Mm]odifica|[Rr]eforma|[Dd]eclara|[Dd]etermina|[Rr]econoce|[Pp]roh[íi]be|[Gg]arantiza))\s+(?:(?:la|el|los|las)\s+)?\p{Lu}[\p{L}'-]*(?:,?\s+(?:(?:y|e|de|del|la|el|los|las|en|para|contra|sobre|a|al|por|otras|otros)\s+)*\p{Lu}[\p{L}'-]*)*(?:\s+de\s+(?:19|20)\d\d\b)?";

    [GeneratedRegex(SpanishLawPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex SpanishLaw { get; }

    // "la Ley Micaela", "la Ley Naín-Retamal": a law known by the name of a person, not by its subject or number.
    internal const string NamedLeyPattern =
        @"\bLey\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){0,2}\b(?:\s+de\s+(?:19|20)\d\d\b)?";

    // Words after "Ley" that open a law's kind or number, not a person's name ("Ley Orgánica 4/2000", "Ley N.° 32419").
    private static readonly HashSet<string> LawKindWords = new(StringComparer.Ordinal)
    {
        "Orgánica", "Organica", "Especial", "Constitucional", "General", "Federal", "Nacional", "Marco", "Modelo", "No", "Nº", "Núm", "Número",
    };

    [GeneratedRegex(NamedLeyPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex NamedLey { get; }

    internal const string DecreePattern =
        @"\b(?:(?:(?:Legislative|Executive|Presidential|Supreme|Royal|Emergency)\s+)?(?:Decree|Decreto)(?:[- ]Ley|[- ]Law|\s+Legislativo|\s+Supremo|\s+Ejecutivo|\s+de\s+Urgencia)?|(?:Executive|Presidential)\s+Order|Ordinance|Ordenanza)\s+(?:(?:No\.?|n[º°o]\.?|N\.?\s?[º°o]\.?|núm\.?|número)\s*)?\d+(?:[-/.]\d+)*(?:\s+(?:de|of)\s+(?:19|20)\d\d\b)?";

    // "Ley N.° 32419", "Law No. 5/2023", "Ley 1448 de 2011", "Organic Law 2/2015": a law known by its number. In English
    // the number may be Roman ("Act XXXI of 2025") and the title may follow ("Law No. 3 of 2020 on Mineral and Coal Mining").
    internal const string NumberedLawPattern =
        @"\b(?:(?:Organic|Federal|National|Orgánica|Nacional|General)\s+)?(?:Law|Ley|Act)(?:\s+(?:Orgánica|Federal|General|Nacional))?\s+(?:(?:No\.?|Nr\.?|n[º°o]\.?|N\.?\s?[º°o]\.?|núm\.?|número)\s*)?(?:\d+(?:[-/.]\d+)*(?:\s+(?:de|of)\s+(?:19|20)\d\d)?|[IVXLCDM]+\s+of\s+(?:19|20)\d\d)(?:\s+on\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:(?:and|of|the|on|for|in|to)\s+)*[A-Z][\w'-]*)*|\s+(?:de|sobre)\s+(?:(?:la|el|los|las)\s+)?\p{Lu}[\p{L}'-]*(?:\s+(?:(?:y|e|de|del|la|el|los|las|a|al|en|para|contra|sobre)\s+)*\p{Lu}[\p{L}'-]*)*)?";

    [GeneratedRegex(NumberedLawPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex NumberedLaw { get; }

    [GeneratedRegex(DecreePattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex Decree { get; }

    // "the Constitution of Kenya", "Kenya's Constitution", "the Kenyan Constitution": the group is the state, checked against the actor registry.
    internal const string ConstitutionOfPattern =
        @"\bConstitution\s+of\s+(?:the\s+)?(?<state>\p{Lu}[\p{L}'-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}'-]+){0,3})";

    [GeneratedRegex(ConstitutionOfPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex ConstitutionOf { get; }

    // A year after a constitution's name: ", 1999", " (2010)", " B.E. 2560 (2017)".
    internal const string YearAfterLawPattern = @"(?:,\s|\s\(|\s(?:de|of)\s)(?<year>(?:1[89]|20)\d\d)\b\)?|\s(?<era>B\.E\.\s\d{4})\s\((?<year>(?:1[89]|20)\d\d)\)";

    [GeneratedRegex(YearAfterLawPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex YearAfterLaw { get; }

    internal const string StateConstitutionPattern =
        @"\b(?:[Tt]he\s+)?(?<state>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})(?:'s|’s)?\s+(?:(?<year>(?:18|19|20)\d\d)\s+)?(?:Political\s+|Federal\s+)?Constitution\b";

    [GeneratedRegex(StateConstitutionPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex StateConstitution { get; }

    // "la Constitución Política de Colombia", "la Constitución de la República Bolivariana de Venezuela", "la Constitución mexicana",
    // "la Constitución Política del Perú", "la Constitución de la República Oriental del Uruguay".
    internal const string ConstitucionPattern =
        @"\bConstituci[óo]n\s+(?:Pol[íi]tica\s+)?(?:Nacional\s+)?(?:(?:de\s+(?:la\s+)?|del\s+)(?:Rep[úu]blica\s+(?:Bolivariana\s+|Federativa\s+|Oriental\s+|Popular\s+|Isl[áa]mica\s+|Socialista\s+|[ÁA]rabe\s+|Unida\s+|Federal\s+)?(?:de\s+|del\s+)?|Estado\s+Plurinacional\s+de\s+|Reino\s+de\s+)?(?:los\s+)?(?<state>\p{Lu}[\p{L}-]+(?:\s+(?:y\s+)?\p{Lu}[\p{L}-]+){0,2})|(?<state>\p{Ll}[\p{L}]+))";

    [GeneratedRegex(ConstitucionPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex Constitucion { get; }

    // A state's criminal code: "Azerbaijan's Criminal Code", "the Turkish Penal Code", "the Penal Code of Peru",
    // "el Código Penal de Guatemala", "el Código Penal peruano".
    internal const string CodeOfPattern =
        @"\b(?:Criminal|Penal)\s+Code\s+of\s+(?:the\s+)?(?<state>\p{Lu}[\p{L}'-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}'-]+){0,3})";

    [GeneratedRegex(CodeOfPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex CodeOf { get; }

    internal const string StateCodePattern =
        @"\b(?:[Tt]he\s+)?(?<state>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})(?:'s|’s)?\s+(?:Criminal|Penal)\s+Code\b";

    [GeneratedRegex(StateCodePattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex StateCode { get; }

    internal const string CodigoPattern =
        @"\bC[óo]digo\s+Penal\s+(?:Federal\s+)?(?:de\s+(?:la\s+)?(?:Rep[úu]blica\s+(?:de\s+)?)?(?<state>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})|(?<state>\p{Ll}[\p{L}]+))";

    [GeneratedRegex(CodigoPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex Codigo { get; }

    // The same with no state named: "el Código Penal", "the Criminal Code", "la Constitución Nacional". Read
    // as the laws of the state the statement's headline is about, and only when it names one.
    internal const string BareCodePattern = @"\bC[óo]digo\s+Penal\b|\b(?:Islamic\s+)?(?:Criminal|Penal)\s+Code\b";

    [GeneratedRegex(BareCodePattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex BareCode { get; }

    // A code of criminal procedure, with no state named: "the Code of Criminal Procedure", "the Criminal Procedure Code",
    // "el Código Procesal Penal", "el Código Orgánico Procesal Penal", "el Código de Procedimiento Penal".
    internal const string BareProcedureCodePattern =
        @"\bC[óo]digo\s+(?:Org[áa]nico\s+)?(?:Procesal\s+Penal|de\s+Procedimientos?\s+Penal(?:es)?)\b|\b(?:Code\s+of\s+Criminal\s+Procedure|Criminal\s+Procedure\s+Code)\b";

    [GeneratedRegex(BareProcedureCodePattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex BareProcedureCode { get; }

    internal const string BareConstitucionPattern =
        @"\bConstituci[óo]n\s+(?:Nacional|Federal|Pol[íi]tica\s+del\s+Estado)\b|\b(?:[Tt]he\s+(?:Federal\s+|National\s+)?Constitution|[Ll]a\s+Constituci[óo]n(?:\s+(?:Nacional|Federal|Pol[íi]tica\s+del\s+Estado))?)\b";

    [GeneratedRegex(BareConstitucionPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex BareConstitucion { get; }

    internal const string PinpointPattern =
        @"\b(?:([Cc]ommon)\s+)?([Aa]rticles?|[Aa]rts?\.|[Aa]rt[íi]culos?|[Pp]aragraphs?|[Pp]árrafos?|[Pp]aras?\.|[Ii]ncisos?|[Rr]ules?|[Rr]eglas?|[Pp]rinciples?|[Pp]rincipios?|[Ss]ections?|[Ss]ecci[óo]n)\s+(\d{1,4}(?:-\d{1,3}|[-/][A-Z]\b)?(?:[a-z]|[A-Z]\b)?(?:\s?\((?:\d{1,3}|[a-z]{1,4})\))*(?:\.(?:\d{1,3}|[a-z]|[ivx]{2,4})\b)*|[IVXL]{1,6}\b(?:\s?\((?:\d{1,3}|[a-z]{1,4})\))*)(?:\s(?<suffix>bis|ter|quater)\b)?(?:\s(?<commonEs>com[úu]n)\b)?"
        // A list: "articles 19 and 22", "articles 6, 7 and 9", "artículos 8 y 25".
        + @"((?:,\s?\d{1,4}[a-z]?(?:\s?\((?:\d{1,3}|[a-z]{1,4})\))*){0,8},?\s(?:and|y|e)\s\d{1,4}[a-z]?(?:\s?\((?:\d{1,3}|[a-z]{1,4})\))*)?";

    [GeneratedRegex(PinpointPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex Pinpoint { get; }

    internal const string ConnectorPattern =
        @"^,?\s+(?:of|under|in|del|de|a)\s+(?:(?:the|la|el|los|las|its|their|su|sus)\s+)?(?:(?:same|mismo|misma|own|propia|propio)\s+)?";

    [GeneratedRegex(ConnectorPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex Connector { get; }

    private static readonly HashSet<string> LeadingFunctionWords = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "Under", "In", "By", "With", "As", "Since", "After", "Before", "Its", "Their", "A", "An", "And", "Of", "For", "From",
        "Both", "Such", "Any", "Every", "Each", "No", "Our", "His", "Her", "These", "Those", "Where", "When", "While", "Whether", "If",
    };

    private static readonly HashSet<string> PinpointWords = new(StringComparer.Ordinal)
    {
        "article", "articles", "art", "arts", "articulo", "articulos", "paragraph", "paragraphs", "parrafo", "parrafos", "para", "paras", "inciso", "incisos",
        "rule", "rules", "regla", "reglas", "principle", "principles", "principio", "principios", "section", "sections", "seccion",
    };

    private static readonly HashSet<string> BackReferenceWords = new(StringComparer.Ordinal)
    {
        "charter", "convention", "conventions", "covenant", "covenants", "statute", "protocol", "protocols", "declaration", "treaty", "act", "constitution",
        "law", "rules", "principles", "definition", "code", "agreement", "order", "regulations", "carta", "convencion", "convenio",
        "convenios", "pacto", "estatuto", "protocolo", "declaracion", "tratado", "ley", "reglas", "principios", "codigo", "acuerdo",
        "orden", "reglamento", "proclamation", "ordinance", "decreto", "decree",
    };

    private static readonly WordSet BackReferenceDeterminers = new(
        "the", "this", "that", "said", "la", "el", "esta", "este", "dicha", "dicho", "los", "las", "dichos", "del", "al", "same", "mismo", "misma");

    // "the same Act", "del mismo código": the mention is the noun alone; after the Spanish words it may be lower case.
    private static readonly WordSet SameDeterminers = new("same", "mismo", "misma");

    private static readonly WordSet LowerCaseAfter = new("mismo", "misma");

    private static readonly WordSet OfWords = new("of", "de", "del");

    /// <summary>"article 19(3) of the covenant": an instrument word in lower case, right after a provision's number and "of the".</summary>
    private static bool AfterPinpoint(string text, List<Token> tokens, int i)
    {
        // "of the covenant", "del pacto": the word before the determiner joins it to the provision.
        var of = FusedArticles.Contains(tokens[i - 1]) ? i - 1 : i - 2;
        if (of < 1 || !OfWords.Contains(tokens[of]))
        {
            return false;
        }
        // The provision's number ends right before it, within a few tokens of its word ("article 19(3)", "art. 9.1").
        for (var k = of - 1; k >= Math.Max(0, of - 5); k--)
        {
            if ((TriggersOf(tokens[k].Flags) & Trigger.Pinpoint) != 0)
            {
                return k + 1 < of && char.IsAsciiDigit(text[tokens[k + 1].Start]);
            }
        }
        return false;
    }

    private static readonly int Said = Lexicon.Register("said").Id;

    // "del" and "al" fuse a preposition with the article.
    private static readonly WordSet FusedArticles = new("del", "al");

    private static readonly int General = Lexicon.Register("general").Id;
    private static readonly WordSet CommentWords = new("comment", "comments", "recommendation", "recommendations");
    private static readonly WordSet SpanishCommentWords = new("observacion", "observaciones", "recomendacion", "recomendaciones");
    // A case: "Al-Skeini v. United Kingdom", "Hirsi Jamaa and Others v. Italy", "Caso Masacre de Mapiripán vs. Colombia".
    internal const string CaseNamePattern =
        @"(?:\b[Cc]aso\s+)?\b\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|y|de|del|de\s+la|de\s+los|de\s+las|of|of\s+the|y\s+sus|and\s+their)\s+)?\p{Lu}[\p{L}'’-]*){0,10}(?:\s+(?:and|y)\s+(?:[Oo]thers|otros|otras))?(?:\s+\([^()\n]{1,60}\))?\s+(?:(?:v|vs|Vs)\.?|c\.)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|de\s+)?\p{Lu}[\p{L}'’-]*){0,3}";

    [GeneratedRegex(CaseNamePattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex CaseName { get; }

    // A judgment numbered the way the Colombian Constitutional Court numbers them: "sentencia T-025 de 2004", "Sentencia C-355/06".
    // "Advisory Opinion OC-23/17", "la Opinión Consultiva OC-8/87": the Inter-American Court's advisory opinions, by number and year.
    internal const string AdvisoryOpinionPattern =
        @"(?:\b(?:[Aa]dvisory\s+[Oo]pinion|[Oo]pini[óo]n\s+[Cc]onsultiva)\s+(?:No\.\s+|n\.?º\s+)?)?\bOC-(\d{1,2})/(\d{2})\b";

    [GeneratedRegex(AdvisoryOpinionPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex AdvisoryOpinion { get; }

    internal const string NumberedJudgmentPattern =
        @"\b[Ss]entencia\s+[A-Z]{1,3}-\d{1,4}(?:/\d{2,4}|\s+de\s+\d{4})?";

    [GeneratedRegex(NumberedJudgmentPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex NumberedJudgment { get; }

    private static readonly WordSet Generales = new("general", "generales");

    [Flags]
    private enum Trigger
    {
        None = 0,
        Pinpoint = 1,
        Resolution = 2,
        AbbreviatedResolution = 4,
        GeneralComment = 8,
        Act = 16,
        Law = 32,
        Ley = 64,
        Decree = 128,
        BackReference = 256,
        Judgment = 512,
        Constitution = 1024,
        Code = 2048,
    }

    // The patterns a word may start are registered as flags of the word (bits from
    // TriggerShift on), so one field read per token tells every pattern where it may start.
    private const int TriggerShift = 8;
    private const uint TriggerMask = 0xFFF;
    private static readonly bool TriggersRegistered = RegisterTriggers();

    private static Trigger TriggersOf(WordFlags flags) => (Trigger)(((uint)flags >> TriggerShift) & TriggerMask);

    private static bool RegisterTriggers()
    {
        static void Add(Trigger t, params IEnumerable<string> words)
        {
            foreach (var w in words)
            {
                Lexicon.Register(w, (WordFlags)((uint)t << TriggerShift));
            }
        }
        Add(Trigger.Pinpoint, PinpointWords);
        Add(Trigger.BackReference, BackReferenceWords);
        Add(Trigger.Resolution, "resolution", "resolutions", "res", "resolucion", "resoluciones");
        Add(Trigger.AbbreviatedResolution, "unga", "unsc");
        Add(Trigger.GeneralComment, "general", "observacion", "observaciones", "recomendacion", "recomendaciones");
        Add(Trigger.Act, "act", "proclamation", "ordinance");
        Add(Trigger.Law, "law");
        Add(Trigger.Ley, "ley");
        Add(Trigger.Decree, "decree", "decreto", "order", "ordinance", "ordenanza");
        Add(Trigger.Judgment, "v", "vs", "c", "sentencia", "oc");
        Add(Trigger.Constitution, "constitution", "constitucion");
        Add(Trigger.Code, "code", "codigo");
        return true;
    }

    /// <summary>
    /// Runs a pattern only in a short window that starts at a trigger word, instead of over the
    /// whole text: the tokens already say where a resolution, a pinpoint or a law can start.
    /// </summary>
    /// <summary>
    /// The matches of <paramref name="regex"/> around each token the trigger accepts, none overlapping the one before; a
    /// match ends where <paramref name="endOf"/> says, when given (a law's name ends before the next law's).
    /// </summary>
    private static IEnumerable<Match> MatchesAt(Regex regex, string text, List<Token> tokens, List<(int Index, Trigger Kinds)> hits, Trigger kind, Func<int, bool> trigger, int window, int back = 0, Func<Match, int>? endOf = null)
    {
        var lastEnd = -1;
        foreach (var (i, kinds) in hits)
        {
            if ((kinds & kind) == 0 || !trigger(i))
            {
                continue;
            }
            var from = Math.Max(0, tokens[Math.Max(0, i - back)].Start);
            if (from < lastEnd)
            {
                from = lastEnd;
            }
            var to = Math.Min(text.Length, tokens[i].End + window);
            if (to <= from)
            {
                continue;
            }
            for (var m = RegexTimeouts.Match(regex, text, from, to - from); m.Success; m = RegexTimeouts.Next(m))
            {
                if (m.Index <= tokens[i].Start && m.Index + m.Length >= tokens[i].End)
                {
                    lastEnd = endOf?.Invoke(m) ?? m.Index + m.Length;
                    yield return m;
                    break;
                }
            }
        }
    }

    private enum Kind
    {
        Named,
        Backref,
        Pinpoint,
    }

    private sealed record Candidate(int Start, int End, Kind Kind, string? Instrument, string? Abbrev, string? Id, string? Type, IReadOnlyList<string> BackRefs, string? Pinpoint, string? Word, string? ResolutionNumber);

    /// <summary>The flags of the tokens <see cref="Find"/> needs marked: the citation triggers and the words instrument names start with.</summary>
    public static WordFlags MarkedFlags(InstrumentRegistry registry) => (WordFlags)(TriggerMask << TriggerShift) | registry.Matcher.RootFlag;

    /// <param name="marked">The indexes, in order, of the tokens with any of <see cref="MarkedFlags"/> (more do no harm).</param>
    /// <param name="focusCountry">The ISO code of the state the headline is about, if any: "el Código Penal" with no state named is its code.</param>
    public static List<FoundCitation> Find(string text, List<Token> tokens, ReadOnlySpan<int> marked, List<RawBlock> blocks, InstrumentRegistry registry,
        string? focusCountry = null)
    {
        var hits = new List<(int Index, Trigger Kinds)>();
        foreach (var i in marked)
        {
            var kinds = TriggersOf(tokens[i].Flags);
            if (kinds != Trigger.None)
            {
                hits.Add((i, kinds));
            }
        }
        var strong = new List<Candidate>();
        var instruments = new List<PhraseMatch<LegalInstrument>>();
        registry.Matcher.FindAll(text, CollectionsMarshal.AsSpan(tokens), marked, 0, instruments);
        foreach (var m in instruments)
        {
            strong.Add(FromInstrument(m.Start, m.End, m.Value));
        }
        AddResolutions(text, tokens, hits, registry, strong);
        AddGeneralComments(text, tokens, hits, registry, strong);
        AddNationalLaws(text, tokens, hits, strong);
        AddJudgments(text, tokens, hits, strong);
        AddStateLaws(text, tokens, hits, strong, focusCountry);
        AddDefinedAbbreviations(text, tokens, strong);

        strong.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (b.End - b.Start).CompareTo(a.End - a.Start));
        var accepted = new List<Candidate>();
        var lastEnd = -1;
        foreach (var c in strong)
        {
            if (c.Start >= lastEnd)
            {
                accepted.Add(c);
                lastEnd = c.End;
            }
        }
        foreach (var (i, kinds) in hits)
        {
            // "the Charter", "la Convención": a capitalised instrument word after a determiner.
            if ((kinds & Trigger.BackReference) == 0 || i == 0)
            {
                continue;
            }
            var t = tokens[i];
            var d = tokens[i - 1];
            var same = SameDeterminers.Contains(d);
            if ((char.IsUpper(text[t.Start]) || LowerCaseAfter.Contains(d) || AfterPinpoint(text, tokens, i)) && BackReferenceDeterminers.Contains(d)
                && t.Start - d.End == 1 && text[d.End] == ' ' && (d.Start == 0 || !char.IsLetterOrDigit(text[d.Start - 1]))
                && (d.WordId != Said || char.IsLower(text[d.Start]))
                && !Overlaps(accepted, d.Start, t.End)
                // "the Constitution of the Organisation" and "the Code of Conduct" name something else.
                && !((text.AsSpan(t.Start, t.Length).StartsWith("Constitu", StringComparison.Ordinal) || text.AsSpan(t.Start, t.Length).SequenceEqual("Code"))
                     && text.AsSpan(t.End).StartsWith(" of ", StringComparison.Ordinal)))
            {
                // "del"/"al" fuse a preposition with the article; the mention is the noun alone.
                var start = FusedArticles.Contains(d) || same ? t.Start : d.Start;
                accepted.Add(new Candidate(start, t.End, Kind.Backref, null, null, null, null, [], null, text[t.Start..t.End], null));
            }
            // "the Convention against Torture and its Optional Protocol", "la Convención ... y su Protocolo Facultativo".
            else if (OptionalProtocolMention(text, tokens, i) is var (from, to) && !Overlaps(accepted, from, to))
            {
                accepted.Add(new Candidate(from, to, Kind.Backref, null, null, null, null, [], null, OptionalProtocolWord, null));
            }
        }
        foreach (var m in MatchesAt(Pinpoint, text, tokens, hits, Trigger.Pinpoint, i => NumberFollows(text, tokens[i].End), 60, back: 1))
        {
            if (!Overlaps(accepted, m.Index, m.Index + m.Length))
            {
                accepted.Add(new Candidate(m.Index, m.Index + m.Length, Kind.Pinpoint, null, null, null, null, [], CanonicalPinpoint(m), null, null));
            }
        }
        accepted.Sort((a, b) => a.Start.CompareTo(b.Start));
        var found = Resolve(text, blocks, accepted);
        WithState(text, found, focusCountry);
        return found;
    }

    /// <summary>
    /// A national law is one state's: "Law No. 18.314" of Chile and a law of that number elsewhere are two instruments.
    /// A law named without its state takes the state whose possessive opens its first mention ("Malaysia's ... Act"),
    /// else the state the headline is about, in brackets after its name ("Law No. 18.314 (Chile)"). Codes and
    /// constitutions carry their state already; a name that holds the state's name or demonym is left as it is.
    /// </summary>
    private static void WithState(string text, List<FoundCitation> found, string? focusCountry)
    {
        Dictionary<string, Actor?>? states = null;
        Dictionary<string, string?>? acts = null;
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Type != "national law" || IsStateLawId(f.InstrumentId))
            {
                continue;
            }
            states ??= new Dictionary<string, Actor?>(StringComparer.Ordinal);
            if (!states.TryGetValue(f.InstrumentId, out var state))
            {
                var code = OwnerBefore(text, f.Start) ?? focusCountry?.ToUpperInvariant();
                state = code is null ? null : ActorRegistry.Default.StateOf(code);
                if (state is not null && (f.Instrument.Contains(state.NameEn, StringComparison.Ordinal)
                                          || (ActorRegistry.Default.DemonymOf(state.CountryCode!) is { } demonym && f.Instrument.Contains(demonym, StringComparison.Ordinal))))
                {
                    state = null;
                }
                states[f.InstrumentId] = state;
            }
            if (state is not null)
            {
                var name = f.Instrument;
                var id = f.InstrumentId;
                // "la Ley de Inmigración y Nacionalidad" of the United States is its "Immigration and Nationality Act": a common-law
                // state's statutes are Acts, and the law is one instrument whichever language cites it.
                // Decided at the law's first mention, so that "la ley" later is the same instrument.
                acts ??= new Dictionary<string, string?>(StringComparer.Ordinal);
                if (!acts.TryGetValue(id, out var act))
                {
                    act = ActStates.Contains(state.CountryCode ?? "") && text.AsSpan(f.Start, f.End - f.Start).Contains("Ley", StringComparison.Ordinal) ? AsAct(name) : null;
                    acts[id] = act;
                }
                if (act is not null)
                {
                    name = act;
                    id = "law-" + Slug(act);
                }
                // "Special Law on Cybercrimes (Law No. 1042)": the state joins the law's number in its brackets.
                var bracket = name.EndsWith(')') ? name.LastIndexOf(" (", StringComparison.Ordinal) : -1;
                name = bracket > 0 && IsNumberedLaw(name[(bracket + 2)..^1]) ? name[..^1] + ", " + state.NameEn + ")" : name + " (" + state.NameEn + ")";
                found[i] = f with { Instrument = name, InstrumentId = id + "-" + state.Id };
            }
        }
    }

    // States whose statutes are called Acts in English.
    private static readonly HashSet<string> ActStates = new(StringComparer.Ordinal)
    {
        "US", "GB", "IE", "CA", "AU", "NZ", "IN", "PK", "BD", "LK", "MY", "SG", "NG", "GH", "KE", "UG", "TZ", "ZA", "ZM", "ZW", "MW", "BW",
        "NA", "SL", "GM", "JM", "TT", "BS", "BB", "BZ", "GY", "FJ", "PG",
    };

    /// <summary>"Immigration and Nationality Law" → "Immigration and Nationality Act", "Law on Freedom of Information" → "Freedom of Information Act"; null for a name that is no law's in those forms.</summary>
    private static string? AsAct(string name)
    {
        var year = "";
        if (name.Length > 8 && name[^8..^4] == " of " && name[^4..].All(char.IsAsciiDigit))
        {
            year = name[^8..];
            name = name[..^8];
        }
        if (name.EndsWith(" Law", StringComparison.Ordinal) && name.Length > 4)
        {
            return name[..^4] + " Act" + year;
        }
        return name.StartsWith("Law on ", StringComparison.Ordinal) && name.Length > 7 ? name[7..] + " Act" + year : null;
    }

    /// <summary>Whether the id is a code's or a constitution's, which carries its state already.</summary>
    private static bool IsStateLawId(string id) =>
        id.StartsWith("law-criminal-code-", StringComparison.Ordinal) || id.StartsWith("law-criminal-procedure-code-", StringComparison.Ordinal)
        || id.StartsWith("law-constitution-", StringComparison.Ordinal);

    /// <summary>The state whose possessive comes right before <paramref name="start"/> ("Malaysia's", "Egypt’s"), or null.</summary>
    private static string? OwnerBefore(string text, int start)
    {
        if (start < 4 || text[start - 1] != ' ' || text[start - 2] != 's' || text[start - 3] is not ('\'' or '’'))
        {
            return null;
        }
        var from = start - 3;
        while (from > 0 && from > start - 40 && (char.IsLetter(text[from - 1]) || (text[from - 1] == ' ' && from > 1 && char.IsUpper(text[from]))))
        {
            from--;
        }
        // "the United States's": the longest run of capitalised words that names a state.
        for (var at = from; at < start - 3; at = text.IndexOf(' ', at, start - 3 - at) is var space and >= 0 ? space + 1 : start - 3)
        {
            if (char.IsUpper(text[at]) && ActorRegistry.Default.StateCode(text[at..(start - 3)]) is { } code)
            {
                return code;
            }
        }
        return null;
    }

    private static bool NumberFollows(string text, int at)
    {
        // "Article 2", "Art. 5", "resolution No. 60/147", "resolución nº 3"
        for (var k = at; k < text.Length && k < at + 8; k++)
        {
            if (char.IsDigit(text[k]))
            {
                return true;
            }
        }
        // "artículo XXV de la Declaración Americana": a Roman numeral.
        var r = at;
        while (r < text.Length && r < at + 2 && text[r] == ' ')
        {
            r++;
        }
        var numeral = r;
        while (numeral < text.Length && numeral < r + 6 && text[numeral] is 'I' or 'V' or 'X' or 'L')
        {
            numeral++;
        }
        return numeral > r && (numeral == text.Length || !char.IsLetterOrDigit(text[numeral]));
    }

    /// <summary>
    /// "the Prevention of Terrorism (Temporary Provisions) Act (PTA)": a national law named with an abbreviation in
    /// brackets is that abbreviation from there on ("section 9 of the PTA", "the PTA"). Each later use of it is a
    /// mention of the law, and the law takes the abbreviation.
    /// </summary>
    private static void AddDefinedAbbreviations(string text, List<Token> tokens, List<Candidate> list)
    {
        var count = list.Count;
        for (var n = 0; n < count; n++)
        {
            var law = list[n];
            if (law.Type != "national law" || law.Instrument is null)
            {
                continue;
            }
            string abbreviation;
            var close = law.End + 4 <= text.Length && text[law.End] == ' ' && text[law.End + 1] == '('
                ? text.IndexOf(')', law.End + 2, Math.Min(10, text.Length - law.End - 2)) : -1;
            if (close > 0 && IsAbbreviation(text.AsSpan(law.End + 2, close - law.End - 2)))
            {
                abbreviation = text[(law.End + 2)..close];
                // "Ley de Creación de la Agencia Peruana de Cooperación Internacional (APCI)": the agency's abbreviation, not the law's.
                if (NamesTrailingPart(text.AsSpan(law.Start, law.End - law.Start), abbreviation))
                {
                    continue;
                }
            }
            else if (Initials(law.Instrument!) is { } initials)
            {
                // "the Prevention of Terrorism (Temporary Provisions) Act ... section 9 of the PTA": its initials, in capitals.
                abbreviation = initials;
            }
            else
            {
                continue;
            }
            var defined = close > 0;
            var used = false;
            foreach (var t in tokens)
            {
                if (t.Start > law.End && t.End - t.Start == abbreviation.Length
                    && text.AsSpan(t.Start, t.End - t.Start).SequenceEqual(abbreviation) && !Overlaps(list, t.Start, t.End))
                {
                    // "the PTA": the article is part of the mention, as in "the Covenant".
                    var start = t.Start >= 4 && text.AsSpan(t.Start - 4, 4) is "the " or "The " && (t.Start == 4 || !char.IsLetter(text[t.Start - 5])) ? t.Start - 4 : t.Start;
                    list.Add(law with { Start = start, End = t.End, Abbrev = abbreviation });
                    used = true;
                }
            }
            if (defined || used)
            {
                // Every mention of the law by its name takes the abbreviation too.
                for (var m = 0; m < count; m++)
                {
                    if (list[m].Id == law.Id && list[m].Abbrev is null)
                    {
                        list[m] = list[m] with { Abbrev = abbreviation };
                    }
                }
            }
        }
    }

    /// <summary>
    /// Whether an abbreviation spells the initials of the last capitalised words of a name and not its first: "APCI" after
    /// "Ley de Creación de la Agencia Peruana de Cooperación Internacional" is the agency's.
    /// </summary>
    private static bool NamesTrailingPart(ReadOnlySpan<char> name, string abbreviation)
    {
        Span<char> initials = stackalloc char[16];
        var count = 0;
        var atWordStart = true;
        foreach (var c in name)
        {
            if (atWordStart && char.IsUpper(c) && count < initials.Length)
            {
                initials[count++] = c;
            }
            atWordStart = c is ' ' or '(' or '-';
        }
        return count > abbreviation.Length && initials[..count].EndsWith(abbreviation);
    }

    /// <summary>"Prevention of Terrorism (Temporary Provisions) Act" gives "PTA": the capitals of its words outside brackets, three or more.</summary>
    private static string? Initials(string name)
    {
        var initials = new System.Text.StringBuilder();
        var depth = 0;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word[0] == '(')
            {
                depth++;
            }
            if (depth == 0 && char.IsUpper(word[0]))
            {
                initials.Append(word[0]);
            }
            if (word[^1] == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
        }
        return initials.Length is >= 3 and <= 6 ? initials.ToString() : null;
    }

    // "PTA", "ATA", "FARA", "LOC2": two to eight capitals or digits, starting with a capital.
    private static bool IsAbbreviation(ReadOnlySpan<char> s)
    {
        if (s.Length is < 2 or > 8 || !char.IsAsciiLetterUpper(s[0]))
        {
            return false;
        }
        foreach (var c in s)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Overlaps(List<Candidate> list, int start, int end)
    {
        foreach (var c in list)
        {
            if (c.Start < end && start < c.End)
            {
                return true;
            }
        }
        return false;
    }

    private static Candidate FromInstrument(int start, int end, LegalInstrument i) =>
        new(start, end, Kind.Named, i.NameEn, i.AbbrevEn, i.Id, i.Type, i.BackReferences, null, null, i.Resolution?.Number);

    private static List<FoundCitation> Resolve(string text, List<RawBlock> blocks, List<Candidate> candidates)
    {
        var found = new List<FoundCitation>();
        // The id of a law's number, when the law is also named: the name it takes, and its id.
        Dictionary<string, (string Instrument, string Id)>? numbers = null;
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            switch (c.Kind)
            {
                case Kind.Named:
                {
                    var end = c.End;
                    // "The Friendly Relations Declaration (UNGA 2625)" and "... (ICCPR)" are one mention.
                    var instrument = c.Instrument!;
                    var id = c.Id!;
                    if (k + 1 < candidates.Count && candidates[k + 1] is { Kind: Kind.Named } next
                        && OpensBracket(text, c.End, next.Start) && next.End < text.Length && text[next.End] == ')'
                        && (next.Id == c.Id || (next.ResolutionNumber is not null && next.ResolutionNumber == c.ResolutionNumber)
                            // "la Ley contra la Delincuencia Organizada (Decreto 21-2006)", "la Ley Especial de Ciberdelitos (Ley No. 1042)":
                            // the number in brackets is the law's, and part of its name.
                            || (c.Type == "national law" && IsNumberedLaw(next) && !IsNumberedLaw(c))))
                    {
                        if (next.Id != c.Id && c.Type == "national law" && !c.Instrument!.Contains('(', StringComparison.Ordinal))
                        {
                            instrument = c.Instrument + " (" + next.Instrument + ")";
                            (numbers ??= [])[next.Id!] = (instrument, id);
                        }
                        end = next.End + 1;
                        k++;
                    }
                    // "la Ley N.° 31012, Ley de Protección Policial": a law's number and, set off by a comma, its name are one mention.
                    else if (c.Type == "national law" && IsNumberedLaw(c) && k + 1 < candidates.Count && candidates[k + 1] is { Kind: Kind.Named, Type: "national law" } title
                             && !IsNumberedLaw(title) && Between(text, c.End, title.Start) == ", " && StartsWithLawKind(text, title.Start)
                             && !title.Instrument!.Contains('(', StringComparison.Ordinal))
                    {
                        instrument = title.Instrument + " (" + c.Instrument + ")";
                        id = title.Id!;
                        (numbers ??= [])[c.Id!] = (instrument, id);
                        end = title.End;
                        k++;
                    }
                    string? pinpoint = null;
                    // "General Comment No. 36, paragraph 64", "resolution 2286 (2016), paragraph 4": the paragraph written after a
                    // comment's or a resolution's name is its provision, one mention.
                    if (c.Type is "general comment" or "resolution" && k + 1 < candidates.Count && candidates[k + 1] is { Kind: Kind.Pinpoint } paragraph
                        && paragraph.Pinpoint!.StartsWith("paragraph ", StringComparison.Ordinal) && Between(text, end, paragraph.Start) is ", " or " "
                        && !OwnedByOther(text, paragraph.End))
                    {
                        pinpoint = paragraph.Pinpoint;
                        end = paragraph.End;
                        k++;
                    }
                    found.Add(new FoundCitation(c.Start, end, instrument, c.Abbrev, id, c.Type!, pinpoint, c.BackRefs));
                    break;
                }
                case Kind.Backref:
                {
                    if (ResolveBackref(text, found, c, out var backrefEnd) is { } target)
                    {
                        found.Add(target with { Start = c.Start, End = backrefEnd, Pinpoint = null });
                    }
                    break;
                }
                case Kind.Pinpoint:
                {
                    // "el artículo 4 constitucional": an article of the constitution cited before.
                    if (text.AsSpan(c.End).StartsWith(" constitucional", StringComparison.Ordinal) && LastConstitution(found) is { } constitution)
                    {
                        found.Add(constitution with { Start = c.Start, End = c.End + " constitucional".Length, Pinpoint = c.Pinpoint });
                        break;
                    }
                    // "el párrafo 4 del artículo 12 del Pacto": Article 12(4), one provision.
                    if (c.Pinpoint!.StartsWith("paragraph ", StringComparison.Ordinal) && c.Pinpoint.IndexOf(' ', 10) < 0
                        && k + 1 < candidates.Count && candidates[k + 1] is { Kind: Kind.Pinpoint } article
                        && article.Pinpoint!.StartsWith("Article ", StringComparison.Ordinal) && article.Pinpoint.IndexOf(' ', 8) < 0 && !article.Pinpoint.Contains('(')
                        && article.Start - c.End <= 8 && text[c.End..article.Start] is " del " or " de " or " of " or " of the ")
                    {
                        c = article with { Start = c.Start, Pinpoint = article.Pinpoint + "(" + c.Pinpoint["paragraph ".Length..] + ")" };
                        k++;
                    }
                    // "artículo 29, párrafo 4, de la Convención", "Article 9, paragraph 3, of the Covenant": one provision, Article 29(4).
                    if (c.Pinpoint!.StartsWith("Article ", StringComparison.Ordinal) && c.Pinpoint.IndexOf(" ", 8, StringComparison.Ordinal) < 0
                        && k + 1 < candidates.Count && candidates[k + 1] is { Kind: Kind.Pinpoint } paragraph
                        && paragraph.Pinpoint!.StartsWith("paragraph ", StringComparison.Ordinal) && paragraph.Pinpoint.IndexOf(" ", 10, StringComparison.Ordinal) < 0
                        && text.AsSpan(c.End, Math.Max(0, paragraph.Start - c.End)) is ", " or " ")
                    {
                        c = c with { End = paragraph.End, Pinpoint = c.Pinpoint + "(" + paragraph.Pinpoint["paragraph ".Length..] + ")" };
                        k++;
                    }
                    if (k + 1 < candidates.Count && candidates[k + 1] is { Kind: Kind.Named or Kind.Backref } next
                        && RegexTimeouts.Match(Connector, text, c.End, Math.Max(0, Math.Min(next.Start - c.End, text.Length - c.End))) is { Success: true } conn
                        && conn.Index + conn.Length == next.Start)
                    {
                        var end = next.End;
                        FoundCitation? target = next.Kind == Kind.Named
                            ? new FoundCitation(0, 0, next.Instrument!, next.Abbrev, next.Id!, next.Type!, null, next.BackRefs)
                            : ResolveBackref(text, found, next, out end);
                        k++;
                        if (target is not null)
                        {
                            // "Article 38 of the Convention on the Rights of the Child (CRC)": the abbreviation in brackets is the same mention.
                            if (k + 1 < candidates.Count && candidates[k + 1] is { Kind: Kind.Named } abbreviation
                                && (abbreviation.Id == target.InstrumentId || (target.Type == "national law" && IsNumberedLaw(abbreviation) && !IsNumberedLaw(target.Instrument)))
                                && OpensBracket(text, end, abbreviation.Start) && abbreviation.End < text.Length && text[abbreviation.End] == ')')
                            {
                                end = abbreviation.End + 1;
                                k++;
                                if (abbreviation.Id != target.InstrumentId && !target.Instrument.Contains('(', StringComparison.Ordinal))
                                {
                                    target = target with { Instrument = target.Instrument + " (" + abbreviation.Instrument + ")" };
                                    (numbers ??= [])[abbreviation.Id!] = (target.Instrument, target.InstrumentId);
                                }
                            }
                            found.Add(target with { Start = c.Start, End = end, Pinpoint = c.Pinpoint });
                        }
                    }
                    else if (k + 2 < candidates.Count && candidates[k + 1] is { Kind: Kind.Pinpoint } second
                             && text.AsSpan(c.End, Math.Max(0, second.Start - c.End)).Trim() is "and" or "y" or "e" or "or" or "o" or ","
                             && candidates[k + 2] is { Kind: Kind.Named or Kind.Backref } owner
                             && RegexTimeouts.Match(Connector, text, second.End, Math.Max(0, Math.Min(owner.Start - second.End, text.Length - second.End))) is { Success: true } link
                             && link.Index + link.Length == owner.Start
                             && (owner.Kind == Kind.Named
                                 ? new FoundCitation(0, 0, owner.Instrument!, owner.Abbrev, owner.Id!, owner.Type!, null, owner.BackRefs)
                                 : ResolveBackref(text, found, owner, out _)) is { } shared)
                    {
                        // "Article 19 and Article 22 of the Covenant": the first takes the instrument the second names.
                        found.Add(shared with { Start = c.Start, End = c.End, Pinpoint = c.Pinpoint });
                    }
                    else if ((c.Pinpoint!.StartsWith("Principle ", StringComparison.Ordinal) || c.Pinpoint.StartsWith("Rule ", StringComparison.Ordinal))
                             && ResolveBackref(found, c.Pinpoint[0] == 'P' ? "Principles" : "Rules") is { } standards && c.Start - standards.End < 1500
                             && !OwnedByOther(text, c.End))
                    {
                        // "the Nelson Mandela Rules ... Rule 24 makes health care ...", "Según el principio 9": a rule of the standards just cited.
                        found.Add(standards with { Start = c.Start, End = c.End, Pinpoint = c.Pinpoint });
                    }
                    else if (found.Count > 0 && c.Pinpoint!.StartsWith("Article", StringComparison.Ordinal) && found[^1].Pinpoint is { } previousPin
                             && previousPin.StartsWith("Article", StringComparison.Ordinal) && c.Start - found[^1].End is >= 0 and < 200
                             && text.AsSpan(found[^1].End, c.Start - found[^1].End).IndexOfAny(".;\n") < 0 && !OwnedByOther(text, c.End))
                    {
                        // "Article 7 of the Convention on the Rights of the Child requires ..., while article 8 protects ...": the
                        // next article in the same sentence is the same instrument's, even when another law's article 8 was cited before.
                        found.Add(found[^1] with { Start = c.Start, End = c.End, Pinpoint = c.Pinpoint });
                    }
                    else if (found.Count > 0 && c.Pinpoint!.StartsWith("Article", StringComparison.Ordinal) && found[^1].Type == "general comment"
                             && c.Start - found[^1].End is >= 0 and < 300 && text.AsSpan(found[^1].End, c.Start - found[^1].End).IndexOfAny(".;\n") < 0
                             && TreatyOfComment(found[^1]) is { } commented && !OwnedByOther(text, c.End))
                    {
                        // "General Comment No. 34 ... is not compatible with article 19": in the comment's sentence, an article is the
                        // treaty's the comment interprets, even when another law's article 19 was cited before.
                        found.Add(commented with { Start = c.Start, End = c.End, Pinpoint = c.Pinpoint });
                    }
                    else if (EachCitedBefore(found, c.Pinpoint!) is { } earlier && !OwnedByOther(text, c.End))
                    {
                        // "Article 117 of the Penal Code ... Article 331 ... General Comment No. 34 ... Articles 117 and 331":
                        // provisions already cited are the same law's, whatever was cited in between.
                        found.Add(earlier with { Start = c.Start, End = c.End, Pinpoint = c.Pinpoint });
                    }
                    else if (found.Count > 0 && c.Pinpoint!.StartsWith("Article", StringComparison.Ordinal)
                             && SameBlock(blocks, found[^1].Start, c.Start) && c.Start - found[^1].End < 300 && !OwnedByOther(text, c.End))
                    {
                        // A bare "Article 2(3)" right after "Article 2(4) of the UN Charter". "General Comment No. 37 ... Article 19":
                        // a general comment has paragraphs, not articles; the article is the treaty's the comment interprets.
                        var previous = found[^1].Type == "general comment" && TreatyOfComment(found[^1]) is { } interpreted ? interpreted : found[^1];
                        found.Add(previous with { Start = c.Start, End = c.End, Pinpoint = c.Pinpoint });
                    }
                    else if (found.Count > 0 && c.Pinpoint!.StartsWith("paragraph", StringComparison.Ordinal) && found[^1].Type is "resolution" or "general comment"
                             && SameBlock(blocks, found[^1].Start, c.Start) && c.Start - found[^1].End < 300 && !OwnedByOther(text, c.End))
                    {
                        // "Resolution 2334 (2016) demanded ..., and paragraph 5 called upon ...": a paragraph of the resolution just cited.
                        found.Add(found[^1] with { Start = c.Start, End = c.End, Pinpoint = c.Pinpoint });
                    }
                    else if (LastWithPinpoint(found, c.Pinpoint!) is { } cited && !OwnedByOther(text, c.End))
                    {
                        // "Section 112 of the Criminal Code ... [later] under Section 112, which ...": the provision already cited.
                        found.Add(cited with { Start = c.Start, End = c.End });
                    }
                    break;
                }
            }
        }
        List<LawName>? lawNames = null;
        for (var i = 0; i < found.Count; i++)
        {
            // "la Ley 1145" after "la Ley Especial ... (Ley 1145)": the number alone is the law named with it.
            if (numbers is not null && numbers.TryGetValue(found[i].InstrumentId, out var named))
            {
                found[i] = found[i] with { Instrument = named.Instrument, InstrumentId = named.Id };
            }
            // "artículo 24.3 del Pacto" is Article 24(3) of an international instrument; a national code keeps "Article 206.3".
            if (found[i] is { Type: not "national law", Pinpoint: { } pin } && TreatyParagraph(pin) is { } paragraph)
            {
                found[i] = found[i] with { Pinpoint = paragraph };
            }
            // "the Islamic Penal Code ... the Criminal Code", "the 1945 Constitution ... the Constitution": one law, named
            // in the statement as it was first, or with its year where one mention gives it.
            if (found[i].Type == "national law" && (found[i].InstrumentId.StartsWith("law-criminal-code-", StringComparison.Ordinal)
                    || found[i].InstrumentId.StartsWith("law-constitution-", StringComparison.Ordinal))
                && SameLawName(found, found[i].InstrumentId) is { } same && same != found[i].Instrument)
            {
                found[i] = found[i] with { Instrument = same };
            }
            // "the Anti-Homosexuality Act" and "the Anti-Homosexuality Act, 2023" in one statement are one act.
            if (found[i].Type == "national law" && (WithYear(found, found[i].Instrument) ?? WithTitle(found, found[i].Instrument)) is { } dated)
            {
                found[i] = found[i] with { Instrument = dated.Instrument, InstrumentId = dated.InstrumentId, Abbrev = dated.Abbrev };
            }
            // "the Law on Supporting the Family by Promoting the Culture of Chastity and Hijab ... the Hijab and Chastity Law":
            // a short name whose words are all in a law's full name cited before it is that law.
            else if (found[i].Type == "national law" && FullNameBefore(found, i, lawNames ??= LawNames(found)) is { } full)
            {
                found[i] = found[i] with { Instrument = full.Instrument, InstrumentId = full.InstrumentId, Abbrev = full.Abbrev };
            }
        }
        return found;
    }

    /// <summary>The treaty a treaty body's general comment interprets ("CCPR General Comment No. 37": the ICCPR); null when its body is not known.</summary>
    private static FoundCitation? TreatyOfComment(FoundCitation comment)
    {
        var dash = comment.InstrumentId.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0)
        {
            return null;
        }
        var bodyId = comment.InstrumentId[..dash];
        foreach (var body in InstrumentRegistry.Default.TreatyBodies)
        {
            if (body.Id == bodyId && InstrumentRegistry.Default.Find(body.TreatyId) is { } treaty)
            {
                return new FoundCitation(0, 0, treaty.NameEn, treaty.AbbrevEn, treaty.Id, treaty.Type, null, treaty.BackReferences);
            }
        }
        return null;
    }

    private static FoundCitation? LastConstitution(List<FoundCitation> found)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (found[i].InstrumentId.StartsWith("law-constitution-", StringComparison.Ordinal))
            {
                return found[i];
            }
        }
        return null;
    }

    /// <summary>The name one state law takes throughout a statement: the first that gives a year, else the first.</summary>
    private static string? SameLawName(List<FoundCitation> found, string id)
    {
        string? first = null;
        foreach (var f in found)
        {
            if (f.InstrumentId == id)
            {
                if (f.Instrument.EndsWith(')') && f.Instrument.Length > 6 && char.IsAsciiDigit(f.Instrument[^2]))
                {
                    return f.Instrument;
                }
                first ??= f.Instrument;
            }
        }
        return first;
    }

    // Words that end a law's title in lower case ("Law No. 7 of 2019 on the regulation of online media in their request").
    private static readonly HashSet<string> TitleStops = new(StringComparer.Ordinal)
    {
        "in", "to", "by", "with", "at", "from", "as", "under", "which", "that", "who", "whose", "is", "was", "were", "are", "has", "have",
        "had", "been", "be", "will", "would", "can", "could", "should", "must", "may", "said", "says", "or", "but", "since", "after", "before",
        "when", "while", "because", "its", "their", "his", "her", "this", "these", "those", "it", "they",
    };

    // "Law No. 9 of 2015 on charges of espionage": what follows "on" is no title.
    private static readonly HashSet<string> NoTitleAfterOn = new(StringComparer.OrdinalIgnoreCase)
    {
        "charges", "charge", "grounds", "behalf", "suspicion", "accusations", "allegations", "counts", "basis", "account", "condition", "request",
    };

    private static readonly HashSet<string> TitleJoiners = new(StringComparer.Ordinal) { "of", "and", "on", "for", "against" };

    private static readonly HashSet<string> TitleArticles = new(StringComparer.Ordinal) { "the", "a", "an", "The" };

    private const int MaxTitleWords = 24;

    /// <summary>
    /// Where the date ("of 23 December 2014") and the title ("on the suppression of acts of terrorism") after an English law's
    /// number end, read word by word: groups of up to three words joined by "of", "and", "on", "for" or "against", up to a
    /// stop, a comma, a bracket or a word that ends the title ("in", "which", a verb in -ed). -1 when neither follows.
    /// </summary>
    private static int EnglishTitleEnd(string text, int end)
    {
        var i = end;
        var found = -1;
        if (DateAfter(text, i) is var dated and > 0)
        {
            i = dated;
            found = i;
        }
        if (!text.AsSpan(i).StartsWith(" on ", StringComparison.Ordinal))
        {
            return found;
        }
        var words = 0;
        var p = i + 4;
        var first = true;
        while (words < MaxTitleWords)
        {
            var (w, wEnd) = NextWord(text, p);
            if (w.Length > 0 && TitleArticles.Contains(w))
            {
                (w, wEnd) = NextWord(text, wEnd + 1);
            }
            if (w.Length == 0 || (first && (NoTitleAfterOn.Contains(w) || Array.IndexOf(DaysAndMonths, w) >= 0)))
            {
                return found;
            }
            // A group: up to three words, none of them a word that ends the title.
            var groupEnd = -1;
            for (var n = 0; n < 3 && w.Length > 0 && !TitleStops.Contains(w) && !TitleJoiners.Contains(w)
                            && !(char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal) && n > 0); n++)
            {
                groupEnd = wEnd;
                words++;
                if (wEnd >= text.Length || text[wEnd] != ' ')
                {
                    break;
                }
                (w, wEnd) = NextWord(text, wEnd + 1);
            }
            if (groupEnd < 0)
            {
                return found;
            }
            found = groupEnd;
            first = false;
            // Another group follows only after a joining word.
            var (joiner, joinerEnd) = groupEnd < text.Length && text[groupEnd] == ' ' ? NextWord(text, groupEnd + 1) : ("", groupEnd);
            if (!TitleJoiners.Contains(joiner))
            {
                return found;
            }
            p = joinerEnd + 1;
        }
        return found;
    }

    /// <summary>The word of letters, digits, hyphens and apostrophes at <paramref name="at"/>, and where it ends; empty when none starts there.</summary>
    private static (string Word, int End) NextWord(string text, int at)
    {
        var e = at;
        while (e < text.Length && (char.IsLetterOrDigit(text[e]) || (e > at && text[e] is '-' or '\'' or '’')))
        {
            e++;
        }
        return e > at && char.IsLetter(text[at]) ? (text[at..e], e) : ("", at);
    }

    /// <summary>Where " of 23 December 2014" at <paramref name="at"/> ends, or -1.</summary>
    private static int DateAfter(string text, int at)
    {
        if (!text.AsSpan(at).StartsWith(" of ", StringComparison.Ordinal))
        {
            return -1;
        }
        var i = at + 4;
        var day = i;
        while (i < text.Length && i - day < 2 && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        if (i == day || i >= text.Length || text[i] != ' ')
        {
            return -1;
        }
        var (month, monthEnd) = NextWord(text, i + 1);
        if (Array.IndexOf(DaysAndMonths, month) < 7 || monthEnd + 5 > text.Length || text[monthEnd] != ' ')
        {
            return -1;
        }
        var year = text.AsSpan(monthEnd + 1, 4);
        return year.IndexOfAnyExceptInRange('0', '9') < 0 && (monthEnd + 5 == text.Length || !char.IsLetterOrDigit(text[monthEnd + 5])) ? monthEnd + 5 : -1;
    }

    private static readonly string[] DaysAndMonths =
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>"Law No. 5 of 2023 on Monday": a date after "on" is no title; the surface without it, or null when there is none.</summary>
    private static string? WithoutDayOrMonth(string surface)
    {
        var on = surface.IndexOf(" on ", StringComparison.Ordinal);
        if (on < 0)
        {
            return null;
        }
        var title = surface.AsSpan(on + 4);
        title = title.StartsWith("the ", StringComparison.Ordinal) ? title[4..] : title;
        foreach (var word in DaysAndMonths)
        {
            // "on May 3", not "on Mayoral Elections".
            if (title.StartsWith(word, StringComparison.Ordinal) && (title.Length == word.Length || !char.IsLetter(title[word.Length])))
            {
                return surface[..on];
            }
        }
        return null;
    }

    /// <summary>
    /// The national law found in the statement whose name is <paramref name="name"/> and a title ("Act XXXI of 2025" and
    /// "Act XXXI of 2025 on the Transparency of Public Life"), or null.
    /// </summary>
    private static FoundCitation? WithTitle(List<FoundCitation> found, string name)
    {
        foreach (var f in found)
        {
            if (f.Type == "national law" && f.Instrument.Length > name.Length + 4 && f.Instrument.StartsWith(name, StringComparison.Ordinal)
                && (f.Instrument.AsSpan(name.Length).StartsWith(" on ", StringComparison.Ordinal)
                    || (f.Instrument.AsSpan(name.Length).StartsWith(" (", StringComparison.Ordinal) && f.Instrument[^1] == ')')))
            {
                return f;
            }
        }
        return null;
    }

    // Words of a law's name that say what kind of law it is or join its words, not what it is about.
    private static readonly HashSet<string> LawNameFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "on", "and", "for", "by", "to", "in", "against",
        "el", "la", "los", "las", "de", "del", "y", "e", "para", "por", "contra", "sobre", "en", "a", "al",
    };

    // The words that say what kind of law a name is: "the National Security Law" is not the "Safeguarding National Security Ordinance".
    private static readonly HashSet<string> LawKindNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "law", "act", "code", "ordinance", "decree", "proclamation", "regulation", "regulations", "constitution", "ley", "código", "codigo", "decreto",
    };

    // A name with one of these is another law that changes the one it names.
    private static readonly string[] AmendingWords = ["Amendment", "Amending", "Amended", "Reforma", "Reforms", "Modificación", "Modifica"];

    /// <summary>A national law's words, read once per statement: where it is first cited, and what its name says.</summary>
    private sealed record LawName(int First, FoundCitation Law, HashSet<string> Words, HashSet<string> Kinds, string? State);

    // A statement names few laws; past this many, later ones are not read as fuller names, so that hostile text stays linear.
    private const int MaxLawNames = 64;

    /// <summary>Each national law the statement cites, once, in the order of its first citation.</summary>
    private static List<LawName> LawNames(List<FoundCitation> found)
    {
        var names = new List<LawName>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < found.Count && names.Count < MaxLawNames; i++)
        {
            if (found[i].Type == "national law" && seen.Add(found[i].InstrumentId))
            {
                var (words, kinds, state) = NameWords(found[i].Instrument);
                names.Add(new LawName(i, found[i], words, kinds, state));
            }
        }
        return names;
    }

    /// <summary>
    /// The national law cited before <paramref name="index"/> whose name holds every word of this one's that says what
    /// it is about (two at least), and more, for the same state; null when there is none or more than one.
    /// </summary>
    private static FoundCitation? FullNameBefore(List<FoundCitation> found, int index, List<LawName> laws)
    {
        var (shortWords, shortKinds, state) = NameWords(found[index].Instrument);
        if (shortWords.Count < 2)
        {
            return null;
        }
        FoundCitation? match = null;
        foreach (var law in laws)
        {
            if (law.First >= index)
            {
                break;
            }
            var f = law.Law;
            // "the United States' Foreign Agents Registration Act" is one state's: its words are no fuller name of another's.
            if (f.InstrumentId != found[index].InstrumentId && law.Words.Count > shortWords.Count && law.State == state
                && shortWords.IsSubsetOf(law.Words) && shortKinds.IsSubsetOf(law.Kinds)
                && !AmendingWords.Any(w => f.Instrument.Contains(w, StringComparison.OrdinalIgnoreCase))
                && !f.Instrument.Contains("' ", StringComparison.Ordinal) && !f.Instrument.Contains("'s ", StringComparison.Ordinal)
                && !f.Instrument.Contains("’", StringComparison.Ordinal))
            {
                if (match is not null)
                {
                    return null;
                }
                match = f;
            }
        }
        return match;
    }

    /// <summary>The words of a law's name that say what it is about, those that say what kind of law it is, and the state written after it in brackets.</summary>
    private static (HashSet<string> Words, HashSet<string> Kinds, string? State) NameWords(string instrument)
    {
        var kinds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? state = null;
        var name = instrument;
        if (name.EndsWith(')') && name.LastIndexOf(" (", StringComparison.Ordinal) is var open and > 0)
        {
            state = name[(open + 2)..^1];
            name = name[..open];
        }
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in name.Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (LawKindNames.Contains(w))
            {
                kinds.Add(w);
            }
            else if (!LawNameFillers.Contains(w))
            {
                words.Add(w);
            }
        }
        return (words, kinds, state);
    }

    /// <summary>The national law found in the statement whose name is <paramref name="name"/> with a year after it ("X Act, 2023"), or null.</summary>
    private static FoundCitation? WithYear(List<FoundCitation> found, string name)
    {
        foreach (var f in found)
        {
            if (f.Type == "national law" && f.Instrument.Length is var n && n >= name.Length + 5 && n <= name.Length + 8
                && f.Instrument.StartsWith(name, StringComparison.Ordinal) && Year(f.Instrument.AsSpan(name.Length)) is { Length: 4 } year
                && char.IsAsciiDigit(year[0]) && char.IsAsciiDigit(year[3]))
            {
                return f;
            }
        }
        return null;
    }

    // ", 2023", " 2023", " of 2015": the year after a law's name.
    private static ReadOnlySpan<char> Year(ReadOnlySpan<char> suffix) => suffix.StartsWith(" of ", StringComparison.Ordinal) ? suffix[4..] : suffix.TrimStart(", ");

    /// <summary>"Article 24.3" → "Article 24(3)"; null for any other form.</summary>
    private static string? TreatyParagraph(string pinpoint)
    {
        if (!pinpoint.StartsWith("Article ", StringComparison.Ordinal))
        {
            return null;
        }
        // "artículo 7.1.i" is Article 7(1)(i), "artículo 7.b" Article 7(b): the article's number, then parts of digits or letters.
        var number = pinpoint.AsSpan("Article ".Length);
        var dot = number.IndexOf('.');
        if (dot <= 0 || number[..dot].ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }
        var sb = new System.Text.StringBuilder("Article ").Append(number[..dot]);
        for (var rest = number[(dot + 1)..]; ; )
        {
            var end = rest.IndexOf('.');
            var part = end < 0 ? rest : rest[..end];
            if (part.IsEmpty || (part.ContainsAnyExceptInRange('0', '9') && part.ContainsAnyExceptInRange('a', 'z')))
            {
                return null;
            }
            sb.Append('(').Append(part).Append(')');
            if (end < 0)
            {
                return sb.ToString();
            }
            rest = rest[(end + 1)..];
        }
    }

    // "paragraph 12 of the report", "Article 10 of the European Social Charter": a provision of something the registry
    // does not name here. "Article 25 of the same treaty", "el artículo 25 del mismo tratado" point back, and are not.
    private static bool OwnedByOther(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(24, text.Length - end));
        foreach (var of in (ReadOnlySpan<string>)[" of ", " de ", " del "])
        {
            if (after.StartsWith(of, StringComparison.Ordinal))
            {
                var rest = after[of.Length..];
                return !(rest.StartsWith("the same ", StringComparison.Ordinal) || rest.StartsWith("that ", StringComparison.Ordinal)
                         || rest.StartsWith("mismo ", StringComparison.Ordinal) || rest.StartsWith("la misma ", StringComparison.Ordinal)
                         || rest.StartsWith("dicho ", StringComparison.Ordinal) || rest.StartsWith("dicha ", StringComparison.Ordinal)
                         || rest.StartsWith("este ", StringComparison.Ordinal) || rest.StartsWith("esta ", StringComparison.Ordinal));
            }
        }
        return false;
    }

    /// <summary>Whether the text between two names opens a bracket: " (", or " (the " before a name the instrument is also known by ("... Prisoners (the Nelson Mandela Rules)").</summary>
    private static bool OpensBracket(string text, int from, int to) =>
        Between(text, from, to) is " (" or "("
        || (to - from is >= 5 and <= 7 && text.AsSpan(from, to - from) is " (the " or " (los " or " (las " or " (el " or " (la ");

    /// <summary>A national law known by its number: "Law No. 1042", "Decree No. 21-2006", "Legislative Decree No. 1186".</summary>
    private static bool IsNumberedLaw(Candidate c) => c.Type == "national law" && IsNumberedLaw(c.Instrument!);

    private static bool IsNumberedLaw(string instrument) =>
        instrument.IndexOf(" No. ", StringComparison.Ordinal) is var no and > 0 and < 24 && no + 5 < instrument.Length && char.IsAsciiDigit(instrument[no + 5])
        && instrument.AsSpan(0, no).IndexOfAny('(', ',') < 0;

    // The words a law's own name opens with ("Ley de Protección Policial", "Código de la Niñez").
    private static readonly string[] LawKindOpenings = ["Ley ", "Law ", "Código ", "Codigo ", "Code ", "Decreto ", "Decree "];

    private static bool StartsWithLawKind(string text, int at)
    {
        foreach (var opening in LawKindOpenings)
        {
            if (text.AsSpan(at).StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static string Between(string text, int from, int to) => to >= from && to - from <= 3 ? text[from..to] : "\0";

    /// <summary>The latest citation of exactly this provision, or null.</summary>
    /// <summary>
    /// The instrument every provision of a list ("Articles 117 and 331") was last cited with, one by one or as a list,
    /// when that is one instrument; null when any was not cited or they were cited with different ones.
    /// </summary>
    private static FoundCitation? EachCitedBefore(List<FoundCitation> found, string pinpoint)
    {
        var space = pinpoint.IndexOf(' ');
        if (space < 0 || found.Count == 0)
        {
            return null;
        }
        var unit = pinpoint[..space].TrimEnd('s');
        if (unit is not ("Article" or "Section"))
        {
            return null;
        }
        FoundCitation? owner = null;
        foreach (var number in Numbers(pinpoint))
        {
            FoundCitation? cited = null;
            for (var i = found.Count - 1; i >= 0 && cited is null; i--)
            {
                // "Article 19 of the ICCPR ... General Comment No. 34 ... Article 19(3)": a paragraph of an article cited before is that article's.
                if (found[i].Pinpoint is { } other && other.StartsWith(unit, StringComparison.Ordinal) && Numbers(other).Exists(n => n == number || ArticleOf(n) == ArticleOf(number)))
                {
                    cited = found[i];
                }
            }
            if (cited is null || (owner is not null && owner.InstrumentId != cited.InstrumentId))
            {
                return null;
            }
            owner = cited;
        }
        return owner;

        static string ArticleOf(string number) => number.IndexOf('(') is var bracket and > 0 ? number[..bracket] : number;

        static List<string> Numbers(string pinpoint)
        {
            var list = new List<string>();
            foreach (var part in pinpoint[(pinpoint.IndexOf(' ') + 1)..].Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
            {
                if (part is not ("and" or "y" or "e"))
                {
                    list.Add(part);
                }
            }
            return list;
        }
    }

    private static FoundCitation? LastWithPinpoint(List<FoundCitation> found, string pinpoint)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (string.Equals(found[i].Pinpoint, pinpoint, StringComparison.Ordinal))
            {
                return found[i];
            }
        }
        return null;
    }

    /// <summary>
    /// The instrument a back-reference names: the latest one cited that answers to its word; after "mismo" or "misma"
    /// ("del mismo tratado"), the latest one cited when none answers to the word.
    /// </summary>
    // The word a back-reference to a treaty's optional protocol is read by.
    private const string OptionalProtocolWord = "Optional Protocol";

    private static readonly WordSet Possessives = new("its", "their", "su", "sus");
    private static readonly WordSet OptionalWords = new("optional", "facultativo");

    /// <summary>
    /// "its Optional Protocol", "su Protocolo Facultativo": the mention's start and end when the token at <paramref name="i"/>
    /// is the protocol's noun in one, after a possessive; null otherwise.
    /// </summary>
    private static (int Start, int End)? OptionalProtocolMention(string text, List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (!char.IsUpper(text[t.Start]) || !text.AsSpan(t.Start, t.Length).StartsWith("Protocol", StringComparison.Ordinal))
        {
            return null;
        }
        // "its Optional Protocol"
        if (i >= 2 && OptionalWords.Contains(tokens[i - 1]) && char.IsUpper(text[tokens[i - 1].Start]) && Possessives.Contains(tokens[i - 2])
            && tokens[i - 1].Start - tokens[i - 2].End == 1 && t.Start - tokens[i - 1].End == 1)
        {
            return (tokens[i - 2].Start, t.End);
        }
        // "su Protocolo Facultativo"
        if (i >= 1 && i + 1 < tokens.Count && Possessives.Contains(tokens[i - 1]) && OptionalWords.Contains(tokens[i + 1]) && char.IsUpper(text[tokens[i + 1].Start])
            && t.Start - tokens[i - 1].End == 1 && tokens[i + 1].Start - t.End == 1)
        {
            return (tokens[i - 1].Start, tokens[i + 1].End);
        }
        return null;
    }

    /// <summary>
    /// The optional protocol of the treaty cited last, when the registry holds exactly one protocol to it by that name
    /// (the ICCPR's Optional Protocol, not its Second; none for the CRC, which has three); null otherwise.
    /// </summary>
    private static FoundCitation? OptionalProtocolOf(List<FoundCitation> found)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (found[i].Type != "treaty")
            {
                continue;
            }
            var name = "Optional Protocol to the " + found[i].Instrument;
            LegalInstrument? protocol = null;
            foreach (var instrument in InstrumentRegistry.Default.Instruments)
            {
                if (instrument.NameEn.StartsWith(name, StringComparison.Ordinal))
                {
                    if (protocol is not null)
                    {
                        return null;
                    }
                    protocol = instrument;
                }
            }
            return protocol is null ? null : new FoundCitation(0, 0, protocol.NameEn, protocol.AbbrevEn, protocol.Id, protocol.Type, null, protocol.BackReferences);
        }
        return null;
    }

    private static FoundCitation? ResolveBackref(string text, List<FoundCitation> found, Candidate backref, out int end)
    {
        end = backref.End;
        if (backref.Word == OptionalProtocolWord)
        {
            return OptionalProtocolOf(found);
        }
        // "la Convención Internacional" after the International and the Inter-American Conventions were both named: the
        // one cited with that word after the noun.
        if (backref.End + 2 < text.Length && text[backref.End] == ' ' && char.IsUpper(text[backref.End + 1]))
        {
            var next = text.AsSpan(backref.End + 1);
            var qualifier = next[..(next.IndexOfAny(" ,.;:") is var stop and >= 0 ? stop : next.Length)];
            for (var i = found.Count - 1; i >= 0; i--)
            {
                var f = found[i];
                var surface = text.AsSpan(f.Start, f.End - f.Start);
                var at = surface.IndexOf(backref.Word!.AsSpan(), StringComparison.Ordinal);
                if (at >= 0 && surface[(at + backref.Word!.Length)..].StartsWith(" ", StringComparison.Ordinal)
                    && surface[(at + backref.Word!.Length + 1)..].StartsWith(qualifier, StringComparison.Ordinal))
                {
                    end = backref.End + 1 + qualifier.Length;
                    return f;
                }
            }
        }
        if (ResolveBackref(found, backref.Word!) is { } target)
        {
            return target;
        }
        var before = text.AsSpan(0, backref.Start).TrimEnd();
        return found.Count > 0 && (before.EndsWith("mismo", StringComparison.Ordinal) || before.EndsWith("misma", StringComparison.Ordinal)) ? found[^1] : null;
    }

    private static FoundCitation? ResolveBackref(List<FoundCitation> found, string word)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            foreach (var b in found[i].BackReferences)
            {
                if (string.Equals(b, word, StringComparison.OrdinalIgnoreCase))
                {
                    return found[i];
                }
            }
        }
        return null;
    }

    private static bool SameBlock(List<RawBlock> blocks, int a, int b)
    {
        foreach (var block in blocks)
        {
            if (a >= block.Start && a < block.End)
            {
                return b >= block.Start && b < block.End;
            }
        }
        return false;
    }

    private static string CanonicalPinpoint(Match m)
    {
        var word = m.Groups[2].Value.ToLowerInvariant().TrimEnd('.');
        var unit = word switch
        {
            _ when word.StartsWith("art", StringComparison.Ordinal) => "Article",
            _ when word.StartsWith("par", StringComparison.Ordinal) || word.StartsWith("pár", StringComparison.Ordinal) || word.StartsWith("inc", StringComparison.Ordinal) => "paragraph",
            _ when word.StartsWith("rule", StringComparison.Ordinal) || word.StartsWith("regla", StringComparison.Ordinal) => "Rule",
            _ when word.StartsWith("princip", StringComparison.Ordinal) => "Principle",
            _ => "Section",
        };
        var number = m.Groups[3].Value.Replace(" ", "", StringComparison.Ordinal);
        if (m.Groups["suffix"].Success)
        {
            number += " " + m.Groups["suffix"].Value; // "artículo 87 bis": Article 87 bis
        }
        if (m.Groups[4].Success)
        {
            // "artículos 8 y 25" is written "Articles 8 and 25": the numbers, then "and" before the last.
            var list = new List<string> { number };
            foreach (var part in m.Groups[4].Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
            {
                if (part is not ("and" or "y" or "e"))
                {
                    list.Add(part);
                }
            }
            var plural = unit == "Section" ? "Sections" : unit + "s";
            return (m.Groups[1].Success || m.Groups["commonEs"].Success ? "common " : "") + plural + " " + string.Join(", ", list[..^1]) + " and " + list[^1];
        }
        return (m.Groups[1].Success || m.Groups["commonEs"].Success ? "common " : "") + unit + " " + number;
    }

    private static void AddResolutions(string text, List<Token> tokens, List<(int, Trigger)> hits, InstrumentRegistry registry, List<Candidate> list)
    {
        foreach (var m in MatchesAt(ResolutionNumber, text, tokens, hits, Trigger.Resolution, i => NumberFollows(text, tokens[i].End), 40))
        {
            var start = m.Index;
            var end = m.Index + m.Length;
            string? body = null;
            var before = RegexTimeouts.Match(BodyBefore, text[Math.Max(0, start - 40)..start]);
            if (before.Success)
            {
                body = BodyCode(before.Groups[1].Value);
                start -= before.Length;
                while (start < m.Index && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }
            }
            var after = RegexTimeouts.Match(BodyAfter, text[end..Math.Min(text.Length, end + 80)]);
            if (after.Success && after.Index == 0)
            {
                body ??= BodyCode(after.Groups[1].Success ? after.Groups[1].Value : after.Groups[2].Value);
                end += after.Length;
            }
            // "The Security Council adopted resolution 2669": the body named earlier in the sentence.
            body ??= BodyRightAfter(text, end) ?? BodyInSentence(text, start, end) ?? BodyByNumber(m.Groups[1].Value);
            list.Add(ResolutionCandidate(registry, start, end, body, m.Groups[1].Value, m.Groups[2].Success ? m.Groups[2].Value : null));
        }
        foreach (var m in MatchesAt(AbbreviatedResolution, text, tokens, hits, Trigger.AbbreviatedResolution, _ => true, 20))
        {
            list.Add(ResolutionCandidate(registry, m.Index, m.Index + m.Length, m.Groups[1].Value, m.Groups[2].Value, null));
        }
    }

    /// <summary>
    /// The body the resolution's sentence names nearest to it: before it ("the CIDH granted precautionary measures
    /// ... by Resolution 68/25") or after it ("En su Resolución 3/2021 sobre Emergencia Climática, la CIDH subrayó").
    /// </summary>
    private static string? BodyInSentence(string text, int start, int end)
    {
        var from = Math.Max(0, start - 300);
        var window = text.AsSpan(from, start - from);
        var stop = window.LastIndexOfAny(".\n");
        if (stop >= 0)
        {
            window = window[(stop + 1)..];
        }
        var ahead = text.AsSpan(end, Math.Min(120, text.Length - end));
        var aheadStop = ahead.IndexOfAny(".\n");
        if (aheadStop >= 0)
        {
            ahead = ahead[..aheadStop];
        }
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in BodyNames)
        {
            var at = window.LastIndexOf(name, StringComparison.Ordinal);
            if (at >= 0 && window.Length - at < bestDistance)
            {
                bestDistance = window.Length - at;
                best = BodyCode(name);
            }
            var next = ahead.IndexOf(name, StringComparison.Ordinal);
            if (next >= 0 && next < bestDistance)
            {
                bestDistance = next;
                best = BodyCode(name);
            }
        }
        return best;
    }

    /// <summary>"mediante la Resolución 41/2025, la CIDH otorgó ...": the body that opens the clause after the resolution.</summary>
    private static string? BodyRightAfter(string text, int end)
    {
        var rest = text.AsSpan(end, Math.Min(40, text.Length - end));
        if (!rest.StartsWith(", ", StringComparison.Ordinal))
        {
            return null;
        }
        rest = rest[2..];
        foreach (var article in (ReadOnlySpan<string>)["la ", "el ", "the "])
        {
            if (rest.StartsWith(article, StringComparison.Ordinal))
            {
                rest = rest[article.Length..];
                break;
            }
        }
        foreach (var name in BodyNames)
        {
            if (rest.StartsWith(name, StringComparison.Ordinal))
            {
                return BodyCode(name);
            }
        }
        return null;
    }

    /// <summary>
    /// "77/222": a session and a number above 100 within it is the General Assembly's numbering (the Human
    /// Rights Council adopts a few dozen resolutions a session, the Security Council numbers them without a
    /// session). Null when the number says nothing.
    /// </summary>
    private static string? BodyByNumber(string number)
    {
        var slash = number.IndexOf('/');
        return slash > 0 && !number.StartsWith('S') && !number.StartsWith('E') && number.Length - slash - 1 == 3
               && int.TryParse(number.AsSpan(slash + 1), out var n) && n >= 100 ? "UNGA" : null;
    }

    private static readonly string[] BodyNames =
    [
        "General Assembly", "Security Council", "Human Rights Council", "Economic and Social Council", "ECOSOC",
        "Asamblea General", "Consejo de Seguridad", "Consejo de Derechos Humanos", "Consejo Económico y Social",
        // "medidas cautelares otorgadas por la CIDH mediante la Resolución 45/19", "The African Commission ..., in Resolution 275".
        "IACHR", "CIDH", "Inter-American Commission", "Comisión Interamericana", "African Commission", "Comisión Africana", "ACHPR",
    ];

    private static string BodyCode(string name) => name switch
    {
        "General Assembly" or "UNGA" or "GA" or "Asamblea General" => "UNGA",
        "Security Council" or "UNSC" or "SC" or "Consejo de Seguridad" => "UNSC",
        "Economic and Social Council" or "ECOSOC" or "Consejo Económico y Social" => "ECOSOC",
        "IACHR" or "CIDH" or "Inter-American Commission" or "Comisión Interamericana" => "IACHR",
        "African Commission" or "Comisión Africana" or "ACHPR" => "ACHPR",
        _ => "HRC",
    };

    /// <summary>"Resolución 943/2023": a number over a year is a ministry's or an agency's numbering, never the UN's (a session, then a number).</summary>
    private static bool NumberedInAYear(string number) =>
        number.IndexOf('/') is var slash and > 0 && number.Length - slash - 1 == 4 && int.TryParse(number.AsSpan(slash + 1), out var year) && year is >= 1900 and <= 2100;

    private static Candidate ResolutionCandidate(InstrumentRegistry registry, int start, int end, string? body, string number, string? session)
    {
        if (registry.FindResolution(body, number) is { } known)
        {
            return FromInstrument(start, end, known);
        }
        if (body is null && NumberedInAYear(number))
        {
            // A state's own resolution, which takes the state as a national law does.
            return new Candidate(start, end, Kind.Named, "Resolution No. " + number, null, "law-resolution-" + number.Replace('/', '-'), "national law",
                ["Resolution", "Resolución"], null, null, null);
        }
        var (name, abbrev) = body switch
        {
            "UNGA" => ("UN General Assembly Resolution", "UNGA Res"),
            "UNSC" => ("UN Security Council Resolution", "UNSC Res"),
            "HRC" => ("UN Human Rights Council Resolution", "HRC Res"),
            "ECOSOC" => ("UN Economic and Social Council Resolution", "ECOSOC Res"),
            "IACHR" => ("IACHR Resolution", "IACHR Res"),
            "ACHPR" => ("African Commission on Human and Peoples' Rights Resolution", "ACHPR Res"),
            _ => ("UN Resolution", "Res"),
        };
        var id = (body ?? "un").ToLowerInvariant() + "-res-" + number.Replace('/', '-');
        var full = name + " " + number + (session is null ? "" : $" ({session})");
        return new Candidate(start, end, Kind.Named, full, abbrev + " " + number, id, "resolution", ["Resolution", "Resolución"], null, null, number);
    }

    private static void AddGeneralComments(string text, List<Token> tokens, List<(int, Trigger)> hits, InstrumentRegistry registry, List<Candidate> list)
    {
        foreach (var m in MatchesAt(GeneralComment, text, tokens, hits, Trigger.GeneralComment, i => i + 1 < tokens.Count && ((tokens[i].WordId == General && CommentWords.Contains(tokens[i + 1])) || (SpanishCommentWords.Contains(tokens[i]) && Generales.Contains(tokens[i + 1]))), 40))
        {
            var recommendation = (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).StartsWith("Recom", StringComparison.OrdinalIgnoreCase);
            var number = m.Groups[3].Value;
            var body = NearestBody(text, tokens, registry, m.Index, m.Index + m.Length);
            var what = recommendation ? "General Recommendation" : "General Comment";
            var code = recommendation ? "GR" : "GC";
            var name = body is null ? $"{what} No. {number}" : $"{body.NameEn} {what} No. {number}";
            var abbrev = body is null ? $"{code} {number}" : $"{body.Abbrev} {code} {number}";
            var id = (body?.Id ?? "treaty-body") + "-" + code.ToLowerInvariant() + "-" + number;
            list.Add(new Candidate(m.Index, m.Index + m.Length, Kind.Named, name, abbrev, id, "general comment", ["Comment", "Observación", "Recommendation", "Recomendación"], null, null, null));
        }
    }

    /// <summary>The treaty body named closest to a general comment, in the same line of text.</summary>
    private static TreatyBody? NearestBody(string text, List<Token> tokens, InstrumentRegistry registry, int start, int end)
    {
        TreatyBody? best = null;
        var bestDistance = int.MaxValue;
        // Tokens never overlap, so their ends rise with their starts: the window's first token is found by search.
        for (var i = Token.FirstEndingAtOrAfter(tokens, start - 160); i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.End < start - 160)
            {
                continue;
            }
            if (t.Start > end + 100)
            {
                break;
            }
            if (registry.BodyMatcher.MatchAt(text, CollectionsMarshal.AsSpan(tokens), i) is { } m)
            {
                var distance = m.End <= start ? start - m.End : m.Start - end;
                if (distance >= 0 && distance < bestDistance && !text.AsSpan(Math.Min(m.End, start), Math.Max(0, Math.Abs(distance))).Contains('\n'))
                {
                    best = m.Value;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private static void AddNationalLaws(string text, List<Token> tokens, List<(int, Trigger)> hits, List<Candidate> list)
    {
        bool Is(int i, string word) => text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start).SequenceEqual(word);
        var searches = new (Regex Regex, Trigger Kind, Func<int, bool> Trigger, int Window, int Back)[]
        {
            (EnglishAct, Trigger.Act, i => i > 0 && (Is(i, "Act") || Is(i, "Proclamation") || Is(i, "Ordinance")) && char.IsUpper(text[tokens[i - 1].Start]), 16, 9),
            (EnglishLaw, Trigger.Law, i => Is(i, "Law"), 160, 0),
            (NamedLaw, Trigger.Law, i => i > 0 && Is(i, "Law") && char.IsUpper(text[tokens[i - 1].Start]), 70, 8),
            (SpanishLaw, Trigger.Ley, i => Is(i, "Ley"), 200, 0),
            (NamedLey, Trigger.Ley, i => Is(i, "Ley"), 40, 0),
            (Decree, Trigger.Decree, i => Is(i, "Decree") || Is(i, "Decreto") || Is(i, "Order") || Is(i, "Ordinance") || Is(i, "Ordenanza"), 40, 1),
            (NumberedLaw, Trigger.Ley, i => Is(i, "Ley"), 160, 1),
            (NumberedLaw, Trigger.Law, i => Is(i, "Law"), 120, 1),
            (NumberedLaw, Trigger.Act, i => Is(i, "Act"), 120, 1),
        };
        foreach (var (regex, kind, trigger, window, back) in searches)
        {
            var cut = regex == SpanishLaw || regex == NumberedLaw;
            foreach (var m in MatchesAt(regex, text, tokens, hits, kind, trigger, window, back, cut ? m => m.Index + (BeforeNextLaw(m.Value)?.Length ?? m.Length) : null))
            {
                var end = m.Index + m.Length;
                // Drop sentence-initial function words the capitalised-run pattern swept in.
                var start = AfterLeadingFunctionWords(text, m.Index, end);
                // "Article IX of Hungary's Fundamental Law": the provision is a pinpoint of the law, not part of its name.
                var pinpointed = false;
                if ((regex == NamedLaw || regex == EnglishAct) && text.IndexOf(' ', start, end - start) is var pinEnd and > 0
                    && PinpointWords.Contains(text[start..pinEnd].ToLowerInvariant()) && text.IndexOf(" of ", pinEnd, end - pinEnd, StringComparison.Ordinal) is var of and > 0)
                {
                    start = AfterLeadingFunctionWords(text, of + 4, end);
                    pinpointed = true;
                }
                // "Malaysia's Abolition of ... Act": the owner is not part of the name. After a pinpoint it stays in the
                // mention, which "of" then joins to the provision.
                var nameStart = start;
                var firstSpace = text.IndexOf(' ', start, end - start);
                // "the People's Military Service Law": a possessive that is no state's is part of the name.
                if (firstSpace > start + 2 && text[firstSpace - 1] == 's' && text[firstSpace - 2] is '\'' or '’'
                    && ActorRegistry.Default.StateCode(text[start..(firstSpace - 2)]) is not null)
                {
                    nameStart = firstSpace + 1;
                    start = pinpointed ? start : nameStart;
                }
                // "'Ley contra el Odio'": a closing single quotation mark is no letter of a Spanish name.
                var surface = regex == SpanishLaw || regex == NamedLey ? text[start..end].TrimEnd(',', ' ', '\'') : text[start..end].TrimEnd(',', ' ');
                end = start + surface.Length;
                if (surface.Length < 3)
                {
                    continue; // what a paragraph break left of the match names no law
                }
                // "International Humanitarian Law" is a field of law; "Military Service Law" a statute only with a word of its own before it.
                // "the Foreign Agents Law on Tuesday": a date is no part of the name.
                if (regex == NamedLaw && WithoutDayOrMonth(surface) is { } undated)
                {
                    surface = undated;
                    end = start + surface.Length;
                }
                // "Egyptian law" in capitals is the state's law as a whole; "the Press Law" is one statute.
                if (regex == NamedLaw && (!surface.Contains(' ', StringComparison.Ordinal) || FieldOfLawWords.Contains(surface[..surface.IndexOf(' ')]) || AllFieldWords(surface) || InstitutionFollows(text, end)
                                          || (surface.EndsWith(" Law", StringComparison.Ordinal) && surface.IndexOf(' ') == surface.Length - 4
                                              && ActorRegistry.Default.StateCode(surface[..^4]) is not null)))
                {
                    continue;
                }
                // "Ley Micaela" is named after a person; "Ley Orgánica 4/2000" and "Ley General de ..." are other patterns' finds.
                if (regex == NamedLey && (LawKindWords.Contains(surface[4..].Split(' ')[0]) || SubjectFollows(text, end)))
                {
                    continue;
                }
                if (regex == EnglishAct && !surface.Contains(' ', StringComparison.Ordinal))
                {
                    continue; // a bare "Act" is a back-reference, not a name
                }
                // "la Ley Especial contra Actos de Terrorismo y la Ley de ...": a law's name ends before the next law's.
                if ((regex == SpanishLaw || regex == NumberedLaw) && BeforeNextLaw(surface) is { } own)
                {
                    surface = own;
                    end = start + surface.Length;
                }
                if (regex == NumberedLaw && WithoutDayOrMonth(surface) is { } shorter)
                {
                    surface = shorter;
                    end = start + surface.Length;
                }
                // "Law No. 1/02 of 27 January 2017 on the organic framework of non-profit associations": the date and the
                // title in lower case are the law's name too.
                if (regex == NumberedLaw && kind != Trigger.Ley && EnglishTitleEnd(text, end) is var titled and > 0)
                {
                    end = titled;
                    surface = text[start..end];
                }
                // A law or decree known by its number gets one English name however it is written
                // ("Ley N.° 32419", "Ley 32419" and "Law No. 32419" are one instrument).
                // A law named in Spanish is named in English, when its words allow ("Ley Especial contra Actos de Terrorismo").
                var name = regex == NumberedLaw || regex == Decree ? NumberedName(surface)
                    : regex == SpanishLaw || regex == NamedLey ? SpanishName.Law(text[nameStart..end], ActorRegistry.Default) ?? text[nameStart..end]
                    : YearFirst(text[nameStart..end]);
                var id = "law-" + Slug(name);
                list.Add(new Candidate(start, end, Kind.Named, name, null, id, "national law", LawBackRefs(name), null, null, null));
            }
        }
    }

    private static readonly string[] LawHeads = [" Ley ", " Código ", " Codigo ", " Decreto ", " Constitución ", " Reglamento "];

    private static readonly string[] TreatyHeads =
        [" y la Convención ", " y el Convenio ", " y el Pacto ", " y la Declaración ", " y la Carta ", " y el Protocolo ", " y el Estatuto ",
         " y los Principios ", " y las Reglas ", " y el Acuerdo ", " y el Tratado "];

    private static readonly HashSet<string> LawNameJoiners = new(StringComparer.Ordinal) { "y", "e", "la", "el", "los", "las", "de", "del", "a", "al", "por", "en" };

    /// <summary>A Spanish law's name up to where another law's name begins after it ("... y la Ley de ..."), or null when none does.</summary>
    private static string? BeforeNextLaw(string surface)
    {
        var cut = -1;
        foreach (var head in LawHeads)
        {
            var at = surface.IndexOf(head, 3, StringComparison.Ordinal);
            if (at > 0 && (cut < 0 || at < cut))
            {
                cut = at;
            }
        }
        // "... y del Sistema Nacional de Búsqueda de Personas y la Convención Internacional para ...": a treaty named after the
        // law, joined by "y", is another instrument.
        foreach (var head in TreatyHeads)
        {
            var at = surface.IndexOf(head, 3, StringComparison.Ordinal);
            if (at > 0 && (cut < 0 || at < cut))
            {
                cut = at + head.IndexOf(' ', 3);
            }
        }
        if (cut < 0)
        {
            return null;
        }
        // Back over the joining words before the next name ("y la").
        var own = surface[..cut];
        while (own.LastIndexOf(' ') is var space and > 0 && LawNameJoiners.Contains(own[(space + 1)..]))
        {
            own = own[..space];
        }
        own = own.TrimEnd(',', ' ');
        return own.Contains(' ', StringComparison.Ordinal) ? own : null;
    }

    private static readonly string[] LawKindBackRefs = ["Act", "Law", "Ley", "Decree", "Decreto", "Proclamation", "Ordinance"];

    /// <summary>
    /// The words "the Act", "la Ley" ... that point back to a named law: those its own name holds ("the Act" is the
    /// Foreign Agents Registration Act, not the Law on Grants cited after it), or any of them when it holds none.
    /// </summary>
    private static string[] LawBackRefs(string name)
    {
        // A law or decree known by its number is named in English ("Law No. 1145" for "Ley 1145"): the Spanish word points back too.
        var own = Array.FindAll(LawKindBackRefs, w => ContainsWord(name, w)
            || (w == "Ley" && ContainsWord(name, "Law")) || (w == "Law" && ContainsWord(name, "Ley"))
            || (w == "Decreto" && ContainsWord(name, "Decree")) || (w == "Decree" && ContainsWord(name, "Decreto")));
        return own.Length > 0 ? own : LawKindBackRefs;
    }

    private static bool ContainsWord(string name, string word)
    {
        for (var at = name.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(name[at - 1])) && (end == name.Length || !char.IsLetter(name[end])))
            {
                return true;
            }
        }
        return false;
    }

    // "the Republic of Türkiye", "the Kingdom of Eswatini", "la República Federativa de Brasil": the state, in the form of its government.
    private static string WithoutStateForm(string name)
    {
        foreach (var form in (ReadOnlySpan<string>)["Republic of ", "Kingdom of ", "Federal Republic of ", "Socialist Republic of ", "Islamic Republic of ",
                     "Democratic Republic of ", "People's Republic of ", "United Republic of ", "State of ", "República de ", "República del ", "Reino de ", "Estado de ",
                     "República Oriental del ", "República Bolivariana de ", "Estado Plurinacional de ", "República Federativa del ", "República Federativa de ",
                     "República Popular de ", "República Islámica de ", "República Socialista de ",
                     "República Árabe de ", "República Unida de ", "República Federal de ", "República Federal Democrática de "])
        {
            if (name.StartsWith(form, StringComparison.Ordinal))
            {
                return name[form.Length..];
            }
        }
        return name;
    }

    // "the Hisham Mubarak Law Center", "the Law Society": the law names a body, not a statute.
    private static bool InstitutionFollows(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(16, text.Length - end)).TrimStart();
        foreach (var word in (ReadOnlySpan<string>)["Center", "Centre", "Firm", "Office", "Institute", "School", "Society", "Clinic", "Group", "Project",
                     "Association", "Review", "Journal", "Faculty", "Department", "Commission", "Council", "Foundation", "Library", "Students"])
        {
            if (after.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"2001 Land Law" is the "Land Law of 2001": the year written first is part of the name, after it.</summary>
    private static string YearFirst(string name) =>
        name.Length > 5 && name[4] == ' ' && name.AsSpan(0, 4).IndexOfAnyExceptInRange('0', '9') < 0 && !name.AsSpan(5).Contains(name.AsSpan(0, 4), StringComparison.Ordinal)
            ? $"{name[5..]} of {name[..4]}"
            : name;

    private static bool AllFieldWords(string surface)
    {
        foreach (var word in surface.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word != "Law" && word is not ("of" or "on" or "for" or "and" or "against") && !FieldOfLawWords.Contains(word))
            {
                return false;
            }
        }
        return true;
    }

    private static bool SubjectFollows(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(10, text.Length - end)).TrimStart(", ");
        foreach (var word in (ReadOnlySpan<string>)["de ", "del ", "sobre ", "contra ", "para "])
        {
            if (after.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A state's constitution named with the state ("Article 37 of Kenya's Constitution"): one instrument per state, named in English.</summary>
    /// <summary>
    /// Laws every state has one of, named with the state: its constitution and its criminal code. The state is
    /// checked against the actor registry, so each is one instrument per state ("Constitution of Kenya",
    /// "Criminal Code of Peru") whatever words and language name it.
    /// </summary>
    // "the Code", "del mismo código": a later mention of the criminal code just cited.
    private static readonly string[] CodeBackRefs = ["Code", "Código"];

    private static void AddStateLaws(string text, List<Token> tokens, List<(int Index, Trigger Kinds)> hits, List<Candidate> list, string? focusCountry)
    {
        // Most statements name neither: nothing is built for them.
        var any = Trigger.None;
        foreach (var (_, kinds) in hits)
        {
            any |= kinds & (Trigger.Constitution | Trigger.Code);
        }
        if (any == Trigger.None)
        {
            return;
        }
        bool Is(int i, string word) => text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start).SequenceEqual(word);
        var searches = new (Regex Regex, Trigger Kind, Func<int, bool> Trigger, int Back, string Name, string Id, string[] BackRefs)[]
        {
            (ConstitutionOf, Trigger.Constitution, i => Is(i, "Constitution"), 0, "Constitution of ", "law-constitution-", ["Constitution", "Constitución"]),
            (StateConstitution, Trigger.Constitution, i => Is(i, "Constitution"), 4, "Constitution of ", "law-constitution-", ["Constitution", "Constitución"]),
            (Constitucion, Trigger.Constitution, i => Is(i, "Constitución") || Is(i, "Constitucion"), 0, "Constitution of ", "law-constitution-", ["Constitution", "Constitución"]),
            (CodeOf, Trigger.Code, i => Is(i, "Code"), 2, "Criminal Code of ", "law-criminal-code-", CodeBackRefs),
            (StateCode, Trigger.Code, i => Is(i, "Code"), 5, "Criminal Code of ", "law-criminal-code-", CodeBackRefs),
            (Codigo, Trigger.Code, i => Is(i, "Código") || Is(i, "Codigo"), 0, "Criminal Code of ", "law-criminal-code-", CodeBackRefs),
        };
        foreach (var (regex, kind, trigger, back, name, id, backRefs) in searches)
        {
            if ((any & kind) == 0)
            {
                continue;
            }
            foreach (var m in MatchesAt(regex, text, tokens, hits, kind, trigger, 70, back))
            {
                var group = m.Groups["state"];
                var code = ActorRegistry.Default.StateCode(group.Value) ?? ActorRegistry.Default.StateCode(WithoutStateForm(group.Value))
                           // "el artículo 13 de la Constitución de la República": the republic the statement is about.
                           ?? (group.Value is "República" or "Republica" && kind == Trigger.Constitution ? focusCountry?.ToUpperInvariant() : null);
                if (code is null || ActorRegistry.Default.Find(code.ToLowerInvariant()) is not { } state)
                {
                    continue; // "the Constitution of the Organisation" is no state's
                }
                var start = m.Index;
                var end = m.Index + m.Length;
                if ((regex == StateConstitution || regex == StateCode) && text.AsSpan(start, end - start) is var found
                    && (found.StartsWith("The ", StringComparison.Ordinal) || found.StartsWith("the ", StringComparison.Ordinal)))
                {
                    start += 4;
                }
                var title = StateLawName(CodeTitle(text, start, end, name), code, state);
                if (kind == Trigger.Constitution)
                {
                    // "Viet Nam's 2013 Constitution", "the Constitution of ... Nigeria, 1999": the year written is part of the name.
                    if (m.Groups["year"].Success)
                    {
                        title += " (" + m.Groups["year"].Value + ")";
                    }
                    else if (RegexTimeouts.Match(YearAfterLaw, text, end, Math.Min(24, text.Length - end)) is { Success: true } year && year.Index == end)
                    {
                        title += year.Groups["era"].Success ? $" {year.Groups["era"].Value} ({year.Groups["year"].Value})" : $" ({year.Groups["year"].Value})";
                        end += year.Length;
                    }
                }
                list.Add(new Candidate(start, end, Kind.Named, title, null, id + state.Id, "national law", backRefs, null, null, null));
            }
        }
        if (focusCountry is null || ActorRegistry.Default.StateOf(focusCountry) is not { } focus)
        {
            return;
        }
        var bare = new (Regex Regex, Trigger Kind, Func<int, bool> Trigger, int Back, string Name, string Id, string[] BackRefs)[]
        {
            (BareCode, Trigger.Code, i => Is(i, "Code") || Is(i, "Código") || Is(i, "Codigo"), 2, "Criminal Code of ", "law-criminal-code-", CodeBackRefs),
            (BareProcedureCode, Trigger.Code, i => Is(i, "Code") || Is(i, "Código") || Is(i, "Codigo"), 2, "Code of Criminal Procedure of ", "law-criminal-procedure-code-", CodeBackRefs),
            (BareConstitucion, Trigger.Constitution, i => Is(i, "Constitución") || Is(i, "Constitucion") || Is(i, "Constitution"), 3, "Constitution of ", "law-constitution-", ["Constitution", "Constitución"]),
        };
        foreach (var (regex, kind, trigger, back, name, id, backRefs) in bare)
        {
            if ((any & kind) == 0)
            {
                continue;
            }
            foreach (var m in MatchesAt(regex, text, tokens, hits, kind, trigger, 40, back))
            {
                // "the Constitution": the article is not part of the name; "the Constitution of the Organisation" is no state's.
                var article = m.Value.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? 4 : m.Value.StartsWith("la ", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
                var start = m.Index + article;
                var end = m.Index + m.Length;
                var year = RegexTimeouts.Match(YearAfterLaw, text, end, Math.Min(24, text.Length - end)) is { Success: true } y && y.Index == end && !y.Groups["era"].Success ? y : null;
                // "la Constitución de 1991" is the constitution of that year; "la Constitución de la OIT" is no state's.
                if (article > 0 && year is null && text.AsSpan(end) is var rest
                    && (rest.StartsWith(" of ", StringComparison.Ordinal) || rest.StartsWith(" de ", StringComparison.Ordinal) || rest.StartsWith(" del ", StringComparison.Ordinal)
                        || rest.StartsWith(" Política", StringComparison.Ordinal)))
                {
                    continue;
                }
                if (!Overlaps(list, start, end))
                {
                    var title = StateLawName(CodeTitle(text, start, end, name), focusCountry.ToUpperInvariant(), focus);
                    // "the Penal Code, 1860", "la Constitución de 1991": the year written is part of the law's name.
                    if (year is not null)
                    {
                        title += $" ({year.Groups["year"].Value})";
                        end += year.Length;
                    }
                    list.Add(new Candidate(start, end, Kind.Named, title, null, id + focus.Id, "national law", backRefs, null, null, null));
                }
            }
        }
    }

    /// <summary>
    /// A code named in English keeps its own title ("the Penal Code", "the Islamic Penal Code" of Iran), which is the
    /// code's title in that state's English; "el Código Penal" says nothing of it and is read "Criminal Code".
    /// One code has one id whatever it is called.
    /// </summary>
    private static string CodeTitle(string text, int start, int end, string name)
    {
        if (name != "Criminal Code of ")
        {
            return name;
        }
        var surface = text.AsSpan(start, end - start);
        return surface.Contains("Islamic Penal Code", StringComparison.Ordinal) ? "Islamic Penal Code of "
            : surface.Contains("Penal Code", StringComparison.Ordinal) ? "Penal Code of "
            : name;
    }

    /// <summary>A state's constitution by the title it is cited by; its criminal code as "Criminal Code of" and the state's short name.</summary>
    private static string StateLawName(string name, string code, Actor state) =>
        name == "Constitution of " && ActorRegistry.Default.ConstitutionOf(code) is { } title ? title : name + state.NameEn;

    private static void AddJudgments(string text, List<Token> tokens, List<(int, Trigger)> hits, List<Candidate> list)
    {
        bool Is(int i, string word) => text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start).SequenceEqual(word);
        // "v." and "vs." between two capitalised names; "sentencia" before a numbered judgment.
        bool Versus(int i) => i > 0 && (Is(i, "v") || Is(i, "vs") || Is(i, "Vs") || (Is(i, "c") && tokens[i].End < text.Length && text[tokens[i].End] == '.'))
                              && (char.IsUpper(text[tokens[i - 1].Start]) || Is(i - 1, "others") || Is(i - 1, "otros") || Is(i - 1, "otras"))
                              && i + 1 < tokens.Count && char.IsUpper(text[tokens[i + 1].Start]);
        foreach (var m in MatchesAt(CaseName, text, tokens, hits, Trigger.Judgment, Versus, 60, back: 14))
        {
            var end = m.Index + m.Length;
            // "The judgment in Hirsi Jamaa v. Italy": the capitalised run may take in the word that opens the sentence.
            var start = AfterLeadingFunctionWords(text, m.Index, end);
            // "ordered measures in The Gambia v. Myanmar": a capital "The" inside a sentence is the name's.
            if (start == m.Index + 4 && text.AsSpan(m.Index, 4).SequenceEqual("The ") && InsideSentence(text, m.Index))
            {
                start = m.Index;
            }
            // "El Caso González y otras vs. México": the article before "Caso" opens the sentence, not the name.
            var caso = text.IndexOf("Caso ", start, Math.Min(12, end - start), StringComparison.Ordinal);
            if (caso > start && text[start..caso].Trim() is "El" or "En el" or "Del")
            {
                start = caso;
            }
            var name = CaseTitle(text[start..end]);
            list.Add(new Candidate(start, end, Kind.Named, name, null, "case-" + Slug(name), "judgment", ["Judgment", "Sentencia"], null, null, null));
        }
        bool Opinion(int i) => Is(i, "OC") && tokens[i].End < text.Length && text[tokens[i].End] == '-';
        foreach (var m in MatchesAt(AdvisoryOpinion, text, tokens, hits, Trigger.Judgment, Opinion, 20, back: 4))
        {
            var number = $"OC-{m.Groups[1].Value}/{m.Groups[2].Value}";
            list.Add(new Candidate(m.Index, m.Index + m.Length, Kind.Named, "Inter-American Court of Human Rights Advisory Opinion " + number, null,
                $"iacthr-advisory-opinion-oc-{m.Groups[1].Value}-{m.Groups[2].Value}", "advisory opinion", ["Advisory Opinion", "Opinión Consultiva"], null, null, null));
        }
        bool Sentencia(int i) => char.ToLowerInvariant(text[tokens[i].Start]) == 's' && i + 1 < tokens.Count && char.IsUpper(text[tokens[i + 1].Start]);
        foreach (var m in MatchesAt(NumberedJudgment, text, tokens, hits, Trigger.Judgment, Sentencia, 30))
        {
            var surface = m.Value;
            var name = char.ToUpperInvariant(surface[0]) + surface[1..];
            list.Add(new Candidate(m.Index, m.Index + m.Length, Kind.Named, name, null, "case-" + Slug(surface), "judgment", ["Judgment", "Sentencia"], null, null, null));
        }
    }

    /// <summary>
    /// A case's name in one form whatever the language it is cited in: "caso Radilla Pacheco vs. México" and
    /// "Radilla Pacheco v. Mexico" are both "Radilla Pacheco v. Mexico". The word "case" goes, "vs." becomes "v.",
    /// and a respondent state the actor registry knows takes its English name; the rest stays as written.
    /// </summary>
    internal static string CaseTitle(string surface)
    {
        var name = surface;
        foreach (var opening in (ReadOnlySpan<string>)["Caso ", "caso ", "Case of ", "case of "])
        {
            if (name.StartsWith(opening, StringComparison.Ordinal))
            {
                name = name[opening.Length..];
                break;
            }
        }
        var versus = VersusWord.Match(name);
        if (!versus.Success)
        {
            return name;
        }
        var respondent = name[(versus.Index + versus.Length)..];
        var applicant = name[..versus.Index];
        // "González y otras (“Campo Algodonero”)": the name the case is known by stays after "et al.".
        var known = applicant.EndsWith(')') && applicant.LastIndexOf(" (", StringComparison.Ordinal) is var open and > 0 ? applicant[open..] : "";
        applicant = applicant[..^known.Length];
        foreach (var others in (ReadOnlySpan<string>)[" y otros", " y otras"])
        {
            if (applicant.EndsWith(others, StringComparison.Ordinal))
            {
                applicant = applicant[..^others.Length] + " et al.";
            }
        }
        applicant += known;
        if (ActorRegistry.Default.StateCode(respondent) is not { } code || ActorRegistry.Default.StateOf(code) is not { } state)
        {
            return applicant + " v. " + respondent;
        }
        // "Commission v Hungary" is a case of the Court of Justice of the European Union; "The Gambia v. Myanmar", one state
        // against another, names no court here. A person or people against a state of the Americas or of the Council of
        // Europe: a case of the regional court.
        if (applicant is "Commission" or "European Commission" || ActorRegistry.Default.StateCode(applicant) is not null || RegionalCourt(code) is not { } court)
        {
            return applicant + " v. " + state.NameEn;
        }
        // "Darboe y Camara c. Italia": a case of the European Court has its title in English, where the names' "y" is "and".
        if (court.StartsWith("European", StringComparison.Ordinal))
        {
            applicant = applicant.Replace(" y ", " and ", StringComparison.Ordinal);
        }
        return court + ", Case of " + applicant + " v. " + state.NameEn;
    }

    private static readonly HashSet<string> AmericasStates = new(StringComparer.Ordinal)
    {
        "AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CA", "CL", "CO", "CR", "CU", "DM", "DO", "EC", "SV", "GD", "GT", "GY", "HT", "HN", "JM", "MX",
        "NI", "PA", "PY", "PE", "KN", "LC", "VC", "SR", "TT", "US", "UY", "VE",
    };

    // Members of the Council of Europe, and Russia, whose cases from before its expulsion the European Court still decides.
    private static readonly HashSet<string> EuropeanCourtStates = new(StringComparer.Ordinal)
    {
        "AL", "AD", "AM", "AT", "AZ", "BE", "BA", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "GE", "DE", "GR", "HU", "IS", "IE", "IT", "LV",
        "LI", "LT", "LU", "MT", "MD", "MC", "ME", "NL", "MK", "NO", "PL", "PT", "RO", "RU", "SM", "RS", "SK", "SI", "ES", "SE", "CH", "TR", "UA", "GB",
    };

    /// <summary>The regional human-rights court that hears individual cases against the state <paramref name="code"/>, or null.</summary>
    private static string? RegionalCourt(string code) =>
        AmericasStates.Contains(code) ? "Inter-American Court of Human Rights"
        : EuropeanCourtStates.Contains(code) ? "European Court of Human Rights"
        : null;

    // Where a numbered law's Spanish subject begins: " de " or " sobre " before a capital ("Ley 535 de Minería ...").
    [GeneratedRegex(@" (?:de|sobre) (?:(?:la|el|los|las) )?\p{Lu}", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex SpanishTitle();

    internal const string VersusWordPattern = @"\s+(?:[Vv]s?\.?|c\.)\s+";

    [GeneratedRegex(VersusWordPattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex VersusWord { get; }

    private static readonly (string Written, string English)[] LawKinds =
    [
        ("Decreto Legislativo", "Legislative Decree"), ("Decreto Supremo", "Supreme Decree"), ("Decreto Ejecutivo", "Executive Decree"),
        ("Decreto de Urgencia", "Emergency Decree"), ("Decreto-Ley", "Decree-Law"), ("Decreto Ley", "Decree-Law"), ("Decree-Law", "Decree-Law"),
        ("Decree Law", "Decree-Law"), ("Ley Orgánica", "Organic Law"), ("Ley Federal", "Federal Law"), ("Ley General", "General Law"),
        ("Ley Nacional", "National Law"), ("Decreto", "Decree"), ("Ordenanza", "Ordinance"), ("Ley", "Law"),
    ];

    /// <summary>"Ley N.° 32419" → "Law No. 32419", "Ley 1448 de 2011" → "Law No. 1448 of 2011", "Decreto Legislativo 1234" → "Legislative Decree No. 1234".</summary>
    internal static string NumberedName(string surface)
    {
        // "Act XXXI of 2025 on ...": a Roman number is the name as written.
        var space = surface.IndexOf(' ');
        var second = space < 0 ? -1 : surface.IndexOf(' ', space + 1);
        if (second > space + 1 && surface.AsSpan(space + 1, second - space - 1).IndexOfAnyExcept("IVXLCDM") < 0)
        {
            return surface;
        }
        var digit = surface.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit < 0)
        {
            return surface;
        }
        var kind = surface[..digit].TrimEnd();
        // The number's own marker ("No.", "N.°", "núm.") goes; the kind before it stays.
        foreach (var marker in new[] { "No.", "No", "Nr.", "N.°", "N.º", "N°", "Nº", "N. °", "nº", "n°", "no.", "núm.", "núm", "número" })
        {
            if (kind.EndsWith(" " + marker, StringComparison.Ordinal))
            {
                kind = kind[..^(marker.Length + 1)].TrimEnd();
                break;
            }
        }
        foreach (var (written, english) in LawKinds)
        {
            if (kind.Equals(written, StringComparison.Ordinal))
            {
                kind = english;
                break;
            }
        }
        var number = surface[digit..];
        // "Ley 535 de Minería y Metalurgia": the subject after the number (and its year) is put into English, or left out.
        var subject = "";
        var title = SpanishTitle().Match(number);
        if (title.Success)
        {
            subject = SpanishName.LawSubject(number[title.Index..].TrimStart(), ActorRegistry.Default) is { } english ? " " + english : "";
            number = number[..title.Index];
        }
        var year = number.IndexOf(" de ", StringComparison.Ordinal);
        if (year > 0)
        {
            number = number[..year] + " of " + number[(year + 4)..];
        }
        return kind + " No. " + number + subject;
    }

    // Whether the word at i follows a lower-case word or a comma in its sentence, not a stop, a line break or an opening mark.
    private static bool InsideSentence(string text, int i)
    {
        var k = i - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }
        return k >= 0 && (char.IsLower(text[k]) || text[k] == ',');
    }

    private static int AfterLeadingFunctionWords(string text, int start, int end)
    {
        // "Background\n\nThe Hijab and Chastity Law": a name never runs across a paragraph break.
        if (text.AsSpan(start, end - start).LastIndexOf("\n\n") is var paragraph and >= 0)
        {
            start += paragraph + 2;
        }
        while (true)
        {
            var space = text.IndexOf(' ', start, end - start);
            if (space < 0 || !LeadingFunctionWords.Contains(text[start..space]))
            {
                return start;
            }
            start = space + 1;
        }
    }

    internal static string Slug(string s)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var c in s)
        {
            var f = Token.FoldChar(c);
            if (char.IsLetterOrDigit(f))
            {
                sb.Append(f);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }
        return sb.ToString().Trim('-');
    }
}
