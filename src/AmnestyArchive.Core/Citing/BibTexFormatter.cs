using System.Globalization;
using System.Text;

namespace AmnestyArchive.Core.Citing;

/// <summary>BibTeX <c>@misc</c> entries, with <c>url</c> and <c>urldate</c> as biblatex reads them.</summary>
public static class BibTexFormatter
{
    public static string Format(CitableWork work)
    {
        var sb = new StringBuilder();
        sb.Append("@misc{").Append(Key(work.Key)).Append(",\n");
        Field(sb, "author", "{" + Escape(work.Author ?? work.Publisher) + "}");
        Field(sb, "title", "{" + Escape(work.Title) + "}");
        if (work.ContainerTitle is not null)
        {
            Field(sb, "booktitle", "{" + Escape(work.ContainerTitle) + "}");
        }

        Field(sb, "publisher", "{" + Escape(work.Publisher) + "}");
        if (work.Issued is { } d)
        {
            Field(sb, "year", d.Year.ToString(CultureInfo.InvariantCulture));
            Field(sb, "month", d.Month.ToString(CultureInfo.InvariantCulture));
            Field(sb, "date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        Field(sb, "url", work.Url);
        Field(sb, "urldate", work.Accessed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(sb, "language", work.Language);
        sb.Append("}\n");
        return sb.ToString();
    }

    private static void Field(StringBuilder sb, string name, string value) =>
        sb.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");

    private static string Key(string key) =>
        new(key.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':').ToArray());

    /// <summary>Escapes the characters LaTeX treats specially, so text reads back as written.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '%' => @"\%",
                '&' => @"\&",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '\r' or '\n' => " ",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
