namespace AmnestyArchive.Core.Extraction.Text;

/// <summary>A half-open range [Start, End) of the normalised text.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;
}
