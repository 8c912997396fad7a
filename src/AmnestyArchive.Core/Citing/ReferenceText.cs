using System.Globalization;

namespace AmnestyArchive.Core.Citing;

/// <summary>A human-readable reference: publisher (or speaker), title, date, URL and accessed date.</summary>
public static class ReferenceText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(CitableWork work)
    {
        var date = work.Issued is { } d ? d.ToString("d MMMM yyyy", English) : "n.d.";
        var accessed = work.Accessed.ToString("d MMMM yyyy", English);
        return work.Kind == CitableKind.Quote
            ? $"{work.Author ?? work.Publisher}, quoted in {work.Publisher}, “{work.ContainerTitle}”, {date}. {work.Url} (accessed {accessed})."
            : $"{work.Publisher}, “{work.Title}”, {date}. {work.Url} (accessed {accessed}).";
    }

    /// <summary>The quoted words with their attribution, ready to paste into an article.</summary>
    public static string QuoteWithAttribution(string words, string speaker, string? role, CitableWork work)
    {
        var who = string.IsNullOrWhiteSpace(role) ? speaker : $"{speaker}, {role}";
        var date = work.Issued is { } d ? d.ToString("d MMMM yyyy", English) : "n.d.";
        return $"“{words}” — {who} ({work.Publisher}, {date}). {work.Url}";
    }
}
