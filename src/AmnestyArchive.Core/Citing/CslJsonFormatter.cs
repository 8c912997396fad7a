using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmnestyArchive.Core.Citing;

/// <summary>CSL-JSON (an array of one item), the input format of citeproc and Zotero.</summary>
public static class CslJsonFormatter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(CitableWork work)
    {
        var item = new JsonObject
        {
            ["id"] = work.Key,
            ["type"] = work.Kind == CitableKind.Quote ? "entry" : "report",
            ["title"] = work.Title,
            ["publisher"] = work.Publisher,
            ["author"] = new JsonArray(new JsonObject { ["literal"] = work.Author ?? work.Publisher }),
            ["URL"] = work.Url,
            ["accessed"] = DateParts(work.Accessed),
            ["language"] = work.Language,
        };
        if (work.ContainerTitle is not null)
        {
            item["container-title"] = work.ContainerTitle;
        }

        if (work.Issued is { } issued)
        {
            item["issued"] = DateParts(issued);
        }

        return new JsonArray(item).ToJsonString(Options);
    }

    private static JsonObject DateParts(DateOnly d) =>
        new() { ["date-parts"] = new JsonArray(new JsonArray(d.Year, d.Month, d.Day)) };
}
