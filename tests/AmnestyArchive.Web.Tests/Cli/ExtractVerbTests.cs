using System.Text;
using System.Text.Json;
using AmnestyArchive.Web.Cli;
using AmnestyArchive.Web.Tests.Infrastructure;

namespace AmnestyArchive.Web.Tests.Cli;

/// <summary>The extract verb; in the shared collection because it captures the process's console.</summary>
[Collection(ArchiveCollection.Name)]
public sealed class ExtractVerbTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("extract-verb").FullName;

    private async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        var outWriter = new StringWriter();
        var errWriter = new StringWriter();
        var outStream = new MemoryStream();
        Console.SetOut(outWriter);
        Console.SetError(errWriter);
        try
        {
            var code = await CommandLine.RunAsync(args);
            return (code, outWriter.ToString(), errWriter.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            await outStream.DisposeAsync();
        }
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static TheoryData<byte[], string> BadFiles => new()
    {
        { [], "empty" },
        { [0x00, 0x01, 0x02, 0x03, 0x00], "binary" },
        { [0x41, 0xFF, 0xFE, 0x42], "UTF-8" },
        { new byte[(2 * 1024 * 1024) + 10], "limit" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Extract_BadFile_SaysWhyOnStderr_AndExitsNonZero(byte[] bytes, string expected)
    {
        var (code, _, err) = await RunAsync("extract", Write("bad.txt", bytes));
        Assert.NotEqual(0, code);
        Assert.Contains(expected, err, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Extract_MissingFile_ExitsNonZero()
    {
        var (code, _, err) = await RunAsync("extract", Path.Combine(dir, "nope.txt"));
        Assert.Equal(1, code);
        Assert.Contains("no such file", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SeedStatement_PrintsJsonWithTheScorersFields()
    {
        // Run as a real process: the verb writes to the raw stdout stream.
        var path = Write("seed.txt", Fixtures.SeedStatement());
        var dll = typeof(CommandLine).Assembly.Location;
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [dll, "extract", path]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var json = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Contains(root.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("speaker").GetString() == "Agnès Callamard");
        Assert.Contains(root.GetProperty("citations").EnumerateArray(), c => c.GetProperty("abbrev").GetString() == "UN Charter" || c.GetProperty("instrument").GetString()!.Contains("Charter", StringComparison.Ordinal));
        Assert.True(root.GetProperty("demands").GetArrayLength() > 0);
        Assert.Contains("Agnès", json, StringComparison.Ordinal);
        _ = Encoding.UTF8;
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
