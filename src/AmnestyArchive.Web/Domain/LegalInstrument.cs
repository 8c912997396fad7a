namespace AmnestyArchive.Web.Domain;

/// <summary>A treaty, resolution, general comment, statute, declaration, national law or judgment.</summary>
public sealed class LegalInstrument
{
    public int Id { get; set; }

    /// <summary>Stable key, shared with the extraction registry (e.g. <c>un-charter</c>).</summary>
    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";
    public string? NameEs { get; set; }
    public string? Abbreviation { get; set; }
    public List<string> Aliases { get; set; } = [];
    public InstrumentType Type { get; set; }
    public string? AdoptingBody { get; set; }
    public int? Year { get; set; }

    /// <summary>Editor notes, Markdown.</summary>
    public string? Notes { get; set; }

    /// <summary>When merged into another instrument, the survivor; pages redirect there.</summary>
    public int? MergedIntoId { get; set; }

    public List<Provision> Provisions { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}

public enum InstrumentType
{
    Treaty = 0,
    Resolution = 1,
    GeneralComment = 2,
    Statute = 3,
    Declaration = 4,
    NationalLaw = 5,
    Judgment = 6,
    Other = 7,
}

/// <summary>A pinpoint within an instrument, such as Article 2(4).</summary>
public sealed class Provision
{
    public int Id { get; set; }
    public int InstrumentId { get; set; }
    public LegalInstrument? Instrument { get; set; }

    /// <summary>Canonical label, e.g. <c>Article 2(4)</c>.</summary>
    public string Label { get; set; } = "";

    /// <summary>URL segment, e.g. <c>article-2-4</c>.</summary>
    public string Slug { get; set; } = "";
}

/// <summary>One mention of an instrument or provision in a statement.</summary>
public sealed class Citation
{
    public int Id { get; set; }
    public int StatementId { get; set; }
    public Statement? Statement { get; set; }
    public int Ordinal { get; set; }
    public string Surface { get; set; } = "";
    public int? InstrumentId { get; set; }
    public LegalInstrument? Instrument { get; set; }
    public int? ProvisionId { get; set; }
    public Provision? Provision { get; set; }
    public string? Pinpoint { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
}
