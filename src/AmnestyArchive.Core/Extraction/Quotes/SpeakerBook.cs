namespace AmnestyArchive.Core.Extraction.Quotes;

/// <summary>
/// The speakers met so far in a statement, so that "Roth", "Mr. Grossman", "he" or "the
/// organisation" resolve to the full name given earlier.
/// </summary>
internal sealed class SpeakerBook
{
    private static readonly string[] Honorifics = ["Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Mrs", "Dr.", "Dr", "Prof.", "Prof", "Sr.", "Sra.", "Dra."];

    private readonly List<(string Name, string? Role)> _speakers = [];

    public string? Last { get; private set; }

    public string? RoleOf(string? name)
    {
        foreach (var (n, r) in _speakers)
        {
            if (n == name && r is not null)
            {
                return r;
            }
        }
        return null;
    }

    /// <summary>Resolves a written name to a full name already seen, or records it.</summary>
    public string Resolve(string written, string? role)
    {
        var name = StripHonorific(written.Trim());
        string? found = null;
        foreach (var (n, _) in _speakers)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                found = n;
                break;
            }
        }
        if (found is null && !name.Contains(' ', StringComparison.Ordinal))
        {
            // A surname alone points back to the last speaker who bore it.
            for (var i = _speakers.Count - 1; i >= 0; i--)
            {
                var n = _speakers[i].Name;
                // Either surname of a Spanish double surname ("Olivares" for "Edith Olivares Ferreto").
                if (n.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase) || n.Contains(" " + name + " ", StringComparison.OrdinalIgnoreCase))
                {
                    found = n;
                    break;
                }
            }
        }
        if (found is null)
        {
            _speakers.Add((name, role));
            found = name;
        }
        else if (role is not null && RoleOf(found) is null)
        {
            _speakers.Add((found, role));
        }
        Last = found;
        return found;
    }

    public void Touch(string? name)
    {
        if (name is not null)
        {
            Last = name;
        }
    }

    private static string StripHonorific(string name)
    {
        foreach (var h in Honorifics)
        {
            if (name.StartsWith(h + " ", StringComparison.Ordinal))
            {
                return name[(h.Length + 1)..].Trim();
            }
        }
        return name;
    }
}
