namespace AmnestyArchive.Web.PublicSite;

/// <summary>A statement in a list: enough for a line with its title, publisher and date.</summary>
public sealed record StatementListItem(string PublicId, string? Title, string Publisher, DateOnly? PublishedOn, string Language);

/// <summary>A quote or demand in a list, with the statement it comes from.</summary>
public sealed record SpanListItem(string Kind, string PublicId, string Text, string? Who, string? WhoUrl, string StatementPublicId,
    string StatementTitle, string Publisher, DateOnly? PublishedOn, string Language);

/// <summary>An entity in a browse list, with how many things link to it.</summary>
public sealed record CountedLink(string Url, string Label, int Count, string? Note = null);
