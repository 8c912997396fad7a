namespace AmnestyArchive.Web.Tests.Infrastructure;

/// <summary>Files the tests share: the project's seed statement and small statements of our own.</summary>
public static class Fixtures
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static byte[] SeedStatement() =>
        File.ReadAllBytes(Path.Combine(RepositoryRoot, "seeds", "2026-02-03-venezuela-us-attack.txt"));

    /// <summary>A short English statement with a quote, a citation and a demand.</summary>
    public const string ShortStatement = """
        Country: Authorities must release the detained activists

        (London, 4 February 2026) The authorities of Ruritania must immediately release the twelve activists detained last week, Amnesty International said today.

        “These arrests violate Article 9 of the International Covenant on Civil and Political Rights. The activists did nothing but speak,” said Jane Doe, Amnesty International’s regional director.
        """;

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AmnestyArchive.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("AmnestyArchive.sln not found above " + AppContext.BaseDirectory);
    }
}
