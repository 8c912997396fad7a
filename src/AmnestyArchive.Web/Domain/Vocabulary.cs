namespace AmnestyArchive.Web.Domain;

/// <summary>A controlled vocabulary (thesaurus): themes, rights, affected groups.</summary>
public sealed class Vocabulary
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public List<Tag> Tags { get; set; } = [];
}

/// <summary>A term in a vocabulary, with an optional broader term.</summary>
public sealed class Tag
{
    public int Id { get; set; }
    public int VocabularyId { get; set; }
    public Vocabulary? Vocabulary { get; set; }
    public string Slug { get; set; } = "";
    public string Label { get; set; } = "";
    public string? LabelEs { get; set; }
    public int? ParentId { get; set; }
    public Tag? Parent { get; set; }
    public List<Tag> Children { get; set; } = [];

    /// <summary>Scope note, Markdown.</summary>
    public string? ScopeNote { get; set; }
}

public sealed class QuoteTag
{
    public int QuoteId { get; set; }
    public Quote? Quote { get; set; }
    public int TagId { get; set; }
    public Tag? Tag { get; set; }
}

public sealed class DemandTag
{
    public int DemandId { get; set; }
    public Demand? Demand { get; set; }
    public int TagId { get; set; }
    public Tag? Tag { get; set; }
}

/// <summary>A country, keyed by its ISO 3166-1 alpha-2 code.</summary>
public sealed class Country
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? NameEs { get; set; }
}

public sealed class StatementCountry
{
    public int StatementId { get; set; }
    public Statement? Statement { get; set; }
    public string CountryCode { get; set; } = "";
    public Country? Country { get; set; }
}
