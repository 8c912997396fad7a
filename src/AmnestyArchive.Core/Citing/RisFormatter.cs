using System.Globalization;
using System.Text;

namespace AmnestyArchive.Core.Citing;

/// <summary>RIS records (<c>TY  - ELEC</c>), as reference managers import them.</summary>
public static class RisFormatter
{
    public static string Format(CitableWork work)
    {
        var sb = new StringBuilder();
        Tag(sb, "TY", "ELEC");
        Tag(sb, "ID", work.Key);
        Tag(sb, "AU", work.Author ?? work.Publisher);
        Tag(sb, "TI", work.Title);
        if (work.ContainerTitle is not null)
        {
            Tag(sb, "T2", work.ContainerTitle);
        }

        Tag(sb, "PB", work.Publisher);
        if (work.Issued is { } d)
        {
            Tag(sb, "PY", d.Year.ToString(CultureInfo.InvariantCulture));
            Tag(sb, "DA", d.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        }

        Tag(sb, "UR", work.Url);
        Tag(sb, "Y2", work.Accessed.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        Tag(sb, "LA", work.Language);
        Tag(sb, "ER", "");
        return sb.ToString();
    }

    // RIS is line-based: a line break inside a value would start a bogus tag.
    private static void Tag(StringBuilder sb, string tag, string value) =>
        sb.Append(tag).Append("  - ").Append(value.ReplaceLineEndings(" ")).Append("\r\n");
}
