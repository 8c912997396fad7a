namespace AmnestyArchive.Core.Extraction.Text;

/// <summary>
/// A set of folded words a rule looks for: registered in the <see cref="Lexicon"/> when the
/// rule's class loads, and tested by a token's word id with one bit read.
/// </summary>
internal sealed class WordSet
{
    private readonly ulong[] _bits;

    public WordSet(params string[] words)
    {
        var ids = Array.ConvertAll(words, w => Lexicon.Register(w).Id);
        _bits = new ulong[(ids.Length == 0 ? 0 : ids.Max() >> 6) + 1];
        foreach (var id in ids)
        {
            _bits[id >> 6] |= 1ul << id;
        }
    }

    public bool Contains(int wordId)
    {
        var i = wordId >> 6;
        return (uint)i < (uint)_bits.Length && (_bits[i] & (1ul << wordId)) != 0;
    }

    public bool Contains(in Token token) => Contains(token.WordId);
}
