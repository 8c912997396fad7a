namespace AmnestyArchive.Web;

/// <summary>Services of the editor workspace: review, tagging, workflow, audit, fixity.</summary>
public static class EditorExtensions
{
    public static WebApplicationBuilder AddArchiveEditor(this WebApplicationBuilder builder) => builder;
}
