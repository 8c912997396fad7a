namespace AmnestyArchive.Core.Citing;

/// <summary>What a reference to a statement or a quote is made of; every format is built from this.</summary>
/// <param name="Key">A stable citation key, e.g. the public id (<c>s-ab12cd</c>).</param>
/// <param name="Kind">Whether the work is a whole statement or one quote in it.</param>
/// <param name="Title">The statement's title, or the quoted words for a quote.</param>
/// <param name="Publisher">The organisation that published the statement.</param>
/// <param name="Author">The speaker, for a quote; null for a statement (the publisher is the author).</param>
/// <param name="ContainerTitle">For a quote: the title of the statement it comes from.</param>
/// <param name="Issued">The statement's publication date, when known.</param>
/// <param name="Url">The permanent URL being cited.</param>
/// <param name="Accessed">The day the reader looked at it.</param>
/// <param name="Language">ISO 639-1 code.</param>
public sealed record CitableWork(
    string Key,
    CitableKind Kind,
    string Title,
    string Publisher,
    string? Author,
    string? ContainerTitle,
    DateOnly? Issued,
    string Url,
    DateOnly Accessed,
    string Language);

public enum CitableKind
{
    Statement = 0,
    Quote = 1,
}
