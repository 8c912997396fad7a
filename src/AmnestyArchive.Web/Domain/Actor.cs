namespace AmnestyArchive.Web.Domain;

/// <summary>Anyone a demand is addressed to: a state, its authorities, an international body, companies.</summary>
public sealed class Actor
{
    public int Id { get; set; }

    /// <summary>Stable key, shared with the extraction registry (e.g. <c>united-states</c>).</summary>
    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";
    public string? NameEs { get; set; }
    public string? Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code when the actor is a state or its organs.</summary>
    public string? CountryCode { get; set; }

    public List<string> Aliases { get; set; } = [];
    public int? MergedIntoId { get; set; }
    public List<Demand> Demands { get; set; } = [];
}

/// <summary>A sentence in which the publisher or a speaker calls on an actor to act.</summary>
public sealed class Demand
{
    public int Id { get; set; }
    public string PublicId { get; set; } = "";
    public int StatementId { get; set; }
    public Statement? Statement { get; set; }
    public int Ordinal { get; set; }
    public string Text { get; set; } = "";
    public int? ActorId { get; set; }
    public Actor? Actor { get; set; }

    /// <summary>The speaker, when the demand sits inside a quote.</summary>
    public int? SpeakerId { get; set; }
    public Person? Speaker { get; set; }

    public int Start { get; set; }
    public int End { get; set; }
    public int Block { get; set; }
    public DateTimeOffset? RemovedAt { get; set; }
    public List<DemandTag> Tags { get; set; } = [];
}
