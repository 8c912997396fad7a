namespace AmnestyArchive.Web.Pages.Shared;

/// <summary>The "cite this" box: the formatted reference and where its downloads live.</summary>
public sealed record CiteThis(string Reference, string BasePath);
