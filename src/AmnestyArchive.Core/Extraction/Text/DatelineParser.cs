using System.Globalization;
using System.Text.RegularExpressions;

namespace AmnestyArchive.Core.Extraction.Text;

/// <summary>Reads dates as written in English and Spanish datelines.</summary>
internal static partial class DatelineParser
{
    private const string EnMonths = "january|february|march|april|may|june|july|august|september|october|november|december";
    private const string EsMonths = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre";
    private const string EnDays = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private const string EsDays = "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo";

    // Datelines are matched against untrusted text, but short: a block of at most ten words or the
    // first 120 characters of one. Source-generated with a timeout (see RegexTimeouts); tests
    // check they find what their NonBacktracking twins find.
    internal const string DayMonthYearPattern =
        $@"(?:(?:{EnDays}|{EsDays}),?\s+)?(\d{{1,2}})\s+(?:de\s+)?({EnMonths}|{EsMonths}),?\s+(?:de\s+|del\s+)?(\d{{4}})";

    internal const string MonthDayYearPattern = $@"(?:(?:{EnDays}),?\s+)?({EnMonths})\s+(\d{{1,2}}),?\s+(\d{{4}})";

    [GeneratedRegex(DayMonthYearPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex DayMonthYear { get; }

    [GeneratedRegex(MonthDayYearPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex MonthDayYear { get; }

    /// <summary>The first date in <paramref name="text"/>, with where it was found.</summary>
    public static (DateOnly Date, int Index, int Length)? FindDate(string text)
    {
        (DateOnly, int, int)? best = null;
        var m = RegexTimeouts.Match(DayMonthYear, text);
        if (m.Success && Make(m.Groups[3].Value, m.Groups[2].Value, m.Groups[1].Value) is { } d1)
        {
            best = (d1, m.Index, m.Length);
        }
        var m2 = RegexTimeouts.Match(MonthDayYear, text);
        if (m2.Success && (best is null || m2.Index < best.Value.Item2) && Make(m2.Groups[3].Value, m2.Groups[1].Value, m2.Groups[2].Value) is { } d2)
        {
            best = (d2, m2.Index, m2.Length);
        }
        return best;
    }

    private static DateOnly? Make(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        var mo = MonthNumber(month.ToLowerInvariant());
        if (mo == 0 || d < 1 || d > 31 || y < 1900 || y > 2200 || d > DateTime.DaysInMonth(y, mo))
        {
            return null;
        }
        return new DateOnly(y, mo, d);
    }

    private static int MonthNumber(string m) => m switch
    {
        "january" or "enero" => 1,
        "february" or "febrero" => 2,
        "march" or "marzo" => 3,
        "april" or "abril" => 4,
        "may" or "mayo" => 5,
        "june" or "junio" => 6,
        "july" or "julio" => 7,
        "august" or "agosto" => 8,
        "september" or "septiembre" or "setiembre" => 9,
        "october" or "octubre" => 10,
        "november" or "noviembre" => 11,
        "december" or "diciembre" => 12,
        _ => 0,
    };
}
