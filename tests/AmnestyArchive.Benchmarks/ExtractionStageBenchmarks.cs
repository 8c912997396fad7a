using System.Runtime.InteropServices;
using AmnestyArchive.Core.Extraction;
using AmnestyArchive.Core.Extraction.Citations;
using AmnestyArchive.Core.Extraction.Demands;
using AmnestyArchive.Core.Extraction.Quotes;
using AmnestyArchive.Core.Extraction.Text;
using BenchmarkDotNet.Attributes;

namespace AmnestyArchive.Benchmarks;

/// <summary>Each pipeline stage on the seed statement, to see where extraction time goes.</summary>
[MemoryDiagnoser]
public class ExtractionStageBenchmarks
{
    private string _original = "";
    private string _text = "";
    private readonly List<Token> _tokens = [];
    private readonly List<int> _marked = [];
    private List<RawBlock> _blocks = [];
    private List<List<TextSpan>> _sentences = [];
    private List<FoundCitation> _found = [];
    private List<(int Start, int End)> _citations = [];
    private List<FoundQuote> _quotes = [];

    [GlobalSetup]
    public void Setup()
    {
        _original = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed.txt"));
        // Loads the registries and rules, which register the words the tokens are marked with.
        StatementExtractor.Extract(_original);
        _text = TextNormalizer.Normalize(_original).Text;
        Token.Tokenize(_text, 0, _text.Length, _tokens, _marked, CitationResolver.MarkedFlags(InstrumentRegistry.Default) | DemandDetector.MarkedFlags(ActorRegistry.Default));
        _blocks = BlockSplitter.Split(_text);
        _sentences = _blocks.ConvertAll(b => SentenceSplitter.Split(_text, b.Start, b.End));
        _found = CitationResolver.Find(_text, _tokens, CollectionsMarshal.AsSpan(_marked), _blocks, InstrumentRegistry.Default);
        _citations = _found.ConvertAll(c => (c.Start, c.End));
        _quotes = QuoteExtractor.Extract(_text, _tokens, _blocks, _sentences, _citations);
    }

    [Benchmark]
    public object Normalize() => TextNormalizer.Normalize(_original);

    private readonly List<Token> _reusedTokens = [];
    private readonly List<int> _reusedMarks = [];

    /// <summary>As the pipeline tokenises: into the thread's lists, kept from the last statement, with the marked tokens.</summary>
    [Benchmark]
    public object Tokenize()
    {
        _reusedTokens.Clear();
        _reusedMarks.Clear();
        Token.Tokenize(_text, 0, _text.Length, _reusedTokens, _reusedMarks, CitationResolver.MarkedFlags(InstrumentRegistry.Default) | DemandDetector.MarkedFlags(ActorRegistry.Default));
        return _reusedTokens;
    }

    [Benchmark]
    public object Whole() => StatementExtractor.Extract(_original);

    [Benchmark]
    public object BlocksAndSentences()
    {
        var blocks = BlockSplitter.Split(_text);
        return blocks.ConvertAll(b => SentenceSplitter.Split(_text, b.Start, b.End));
    }

    [Benchmark]
    public object Citations() => CitationResolver.Find(_text, _tokens, CollectionsMarshal.AsSpan(_marked), _blocks, InstrumentRegistry.Default);

    [Benchmark]
    public object Quotes() => QuoteExtractor.Extract(_text, _tokens, _blocks, _sentences, _citations);

    [Benchmark]
    public object Demands() => DemandDetector.Detect(_text, _blocks, _sentences, _tokens, CollectionsMarshal.AsSpan(_marked), _quotes, _found, ActorRegistry.Default, null);
}
