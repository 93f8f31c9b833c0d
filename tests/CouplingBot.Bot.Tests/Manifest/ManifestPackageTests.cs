using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using CouplingBot.Testing;

namespace CouplingBot.Bot.Tests.Manifest;

/// <summary>scripts/package-manifest.mjs, run with node as a person would, on manifest/ or a broken copy.</summary>
public sealed class ManifestPackageTests : IDisposable
{
    private const string BotAppId = "5b7c1f0e-2c1d-4c5e-9a0f-6d2b8e1a4c77";
    private const string BotDomain = "couplingbot.example.com";
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("couplingbot-manifest-");

    private string ZipPath => Path.Combine(_work.FullName, "app.zip");

    [Fact]
    public async Task Package_Manifest_ZipsManifestAndIconsAndPassesValidation()
    {
        var run = await PackageAsync("--bot-app-id", BotAppId, "--bot-domain", BotDomain, "--out", ZipPath);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Valid", run.Output, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(ZipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Equal((192, 192), PngSize(zip.GetEntry("color.png")!));
        Assert.Equal((32, 32), PngSize(zip.GetEntry("outline.png")!));

        using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        var manifest = (await JsonNode.ParseAsync(manifestStream, cancellationToken: TestContext.Current.CancellationToken))!;
        Assert.Equal(BotAppId, (string?)manifest["id"]);
        Assert.Equal(BotAppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(BotAppId, (string?)manifest["composeExtensions"]![0]!["botId"]);
        Assert.Equal(["personal", "groupChat", "team"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal($"https://{BotDomain}/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.DoesNotContain("${{", manifest.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_BrokenManifest_ListsTheSchemaErrorsAndWritesNoZip()
    {
        var broken = CopyManifest();
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(broken, "manifest.json")))!.AsObject();
        manifest.Remove("accentColor");
        manifest["bots"]![0]!["scopes"] = new JsonArray("everywhere");
        File.WriteAllText(Path.Combine(broken, "manifest.json"), manifest.ToJsonString());

        var run = await PackageAsync("--manifest-dir", broken, "--bot-app-id", BotAppId, "--bot-domain", BotDomain, "--out", ZipPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("accentColor", run.Error, StringComparison.Ordinal);
        Assert.Contains("/bots/0/scopes/0", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(ZipPath));
    }

    [Fact]
    public async Task Package_WrongIconSize_IsReported()
    {
        var broken = CopyManifest();
        File.Copy(Path.Combine(broken, "color.png"), Path.Combine(broken, "outline.png"), overwrite: true);

        var run = await PackageAsync("--manifest-dir", broken, "--bot-app-id", BotAppId, "--bot-domain", BotDomain, "--out", ZipPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("outline.png is 192x192; Teams needs 32x32", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(ZipPath));
    }

    [Fact]
    public async Task Package_WithoutAppId_SaysWhichSettingIsMissing()
    {
        var run = await PackageAsync("--bot-domain", BotDomain, "--out", ZipPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("BOT_APP_ID is not set: pass --bot-app-id", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("schema:", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(ZipPath));
    }

    public void Dispose() => _work.Delete(recursive: true);

    private string CopyManifest()
    {
        var copy = Directory.CreateDirectory(Path.Combine(_work.FullName, "manifest")).FullName;
        foreach (var file in new[] { "manifest.json", "color.png", "outline.png" })
        {
            File.Copy(RepoPaths.Combine("manifest", file), Path.Combine(copy, file));
        }

        return copy;
    }

    // The width and height from the PNG's IHDR chunk (bytes 16-23).
    private static (int Width, int Height) PngSize(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var header = new byte[24];
        stream.ReadExactly(header);
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }

    private static async Task<NodeRun> PackageAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepoPaths.Combine("scripts", "package-manifest.mjs"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Only the arguments count: values the machine happens to have set must not leak in.
        foreach (var name in new[] { "BOT_APP_ID", "BOT_DOMAIN", "TEAMS_APP_ID", "APP_VERSION", "DEVELOPER_NAME", "DEVELOPER_URL", "PRIVACY_URL", "TERMS_OF_USE_URL" })
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new NodeRun(process.ExitCode, await output, await error);
    }

    private sealed record NodeRun(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n{Error}\n{Output}";
    }
}
