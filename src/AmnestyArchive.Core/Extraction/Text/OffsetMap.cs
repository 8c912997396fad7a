namespace AmnestyArchive.Core.Extraction.Text;

/// <summary>
/// For every offset of the normalised text (0..Length), the offset of the original text it came
/// from. Normalisation changes few characters, so the map is kept as the places where it stops
/// counting up by one ("breaks"), not as one integer per character: a statement that needed no
/// change has a single break.
/// </summary>
internal sealed class OffsetMap
{
    private readonly int[] _at;
    private readonly int[] _origin;
    private readonly int _breaks;

    private OffsetMap(int[] at, int[] origin, int breaks, int length)
    {
        _at = at;
        _origin = origin;
        _breaks = breaks;
        Length = length;
    }

    /// <summary>The number of offsets mapped: the normalised length plus one.</summary>
    public int Length { get; }

    /// <summary>The map of a text that normalisation left unchanged.</summary>
    public static OffsetMap Identity(int textLength) => new([0], [0], 1, textLength + 1);

    /// <summary>The original offset of <paramref name="offset"/>, clamped to the mapped range.</summary>
    public int this[int offset]
    {
        get
        {
            offset = Math.Clamp(offset, 0, Length - 1);
            // The last break at or before the offset; breaks are few, so this is a short search.
            int lo = 0, hi = _breaks - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) >>> 1;
                if (_at[mid] <= offset)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }
            return _origin[lo] + (offset - _at[lo]);
        }
    }

    /// <summary>Collects the map while the normaliser writes its output, one run or character at a time.</summary>
    public struct Builder()
    {
        private int[] _at = new int[8];
        private int[] _origin = new int[8];
        private int _breaks;
        private int _lastAt = -1;
        private int _lastOrigin;

        /// <summary>Normalised offset <paramref name="at"/> comes from original offset <paramref name="origin"/>, and so do the next characters, one for one, until the next call.</summary>
        public void Add(int at, int origin)
        {
            if (_lastAt >= 0 && origin == _lastOrigin + (at - _lastAt))
            {
                return; // still counting up by one
            }
            if (_breaks == _at.Length)
            {
                Array.Resize(ref _at, _breaks * 2);
                Array.Resize(ref _origin, _breaks * 2);
            }
            _at[_breaks] = at;
            _origin[_breaks] = origin;
            _breaks++;
            _lastAt = at;
            _lastOrigin = origin;
        }

        /// <summary>The map of a normalised text of <paramref name="length"/> characters, whose end maps to <paramref name="originalLength"/>.</summary>
        public OffsetMap Build(int length, int originalLength)
        {
            Add(length, originalLength);
            return new OffsetMap(_at, _origin, _breaks, length + 1);
        }
    }
}
