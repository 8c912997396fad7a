using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using AmnestyArchive.Web.PublicSite;

namespace AmnestyArchive.Web.Pages.Api;

/// <summary>
/// A readable, server-rendered description of the API, built from the same endpoint metadata
/// (API Explorer) that <c>/openapi/v1.json</c> is generated from: no script, no CDN, and nothing
/// that the CSP would block (ADR 0009).
/// </summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(IApiDescriptionGroupCollectionProvider descriptions) : PageModel
{
    public IReadOnlyList<Operation> Operations { get; private set; } = [];

    public void OnGet()
    {
        Operations = descriptions.ApiDescriptionGroups.Items.SelectMany(g => g.Items)
            .Where(d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true)
            .Select(d => new Operation(
                d.HttpMethod ?? "GET",
                "/" + d.RelativePath,
                d.ActionDescriptor.EndpointMetadata.OfType<IEndpointSummaryMetadata>().FirstOrDefault()?.Summary ?? "",
                d.ActionDescriptor.EndpointMetadata.OfType<ITagsMetadata>().FirstOrDefault()?.Tags is { Count: > 0 } tags ? tags[0] : "Other",
                d.ParameterDescriptions.Select(p => new Parameter(p.Name, p.Source.DisplayName, p.Type?.Name ?? "string", p.IsRequired)).ToList(),
                d.SupportedResponseTypes.Select(r => $"{r.StatusCode}{(r.Type is null || r.Type == typeof(void) ? "" : " " + TypeName(r.Type))}").Distinct().ToList()))
            .OrderBy(o => o.Group).ThenBy(o => o.Path)
            .ToList();
    }

    private static string TypeName(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>" : type.Name;

    public sealed record Operation(string Method, string Path, string Summary, string Group, IReadOnlyList<Parameter> Parameters, IReadOnlyList<string> Responses);

    public sealed record Parameter(string Name, string In, string Type, bool Required);
}
