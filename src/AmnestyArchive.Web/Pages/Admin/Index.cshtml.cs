using AmnestyArchive.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Admin;

public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public int UserCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        UserCount = await db.Users.CountAsync(cancellationToken);
}
