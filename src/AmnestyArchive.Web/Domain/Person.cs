namespace AmnestyArchive.Web.Domain;

/// <summary>A speaker, with name variants and roles over time.</summary>
public sealed class Person
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> NameVariants { get; set; } = [];

    /// <summary>Biography, Markdown.</summary>
    public string? Biography { get; set; }

    public List<PersonRole> Roles { get; set; } = [];
    public List<Quote> Quotes { get; set; } = [];
}

/// <summary>A role a person held, as first and last seen in dated statements.</summary>
public sealed class PersonRole
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public string Title { get; set; } = "";
    public DateOnly? FirstSeen { get; set; }
    public DateOnly? LastSeen { get; set; }
}
