using System.Text.RegularExpressions;
using CouplingBot.Reliability.Tests.Suite;
using CouplingBot.Testing;

namespace CouplingBot.Reliability.Tests.Secrets;

/// <summary>
/// No secret ever reaches a log: after every other test of the suite ran (<see cref="SecretsScanLast"/>), every log it
/// wrote (<see cref="SuiteLogs"/>) and every earlier test project's output (<c>artifacts/test-logs</c>) is scanned
/// for each secret the suite used (<see cref="KnownSecrets"/>) and for the shapes secrets have (a signed JWT, a storage
/// account key, a client secret or bearer token written out).
/// </summary>
[Collection(SecretsScanLast.CollectionName)]
public sealed partial class SecretsInLogsTests
{
    [Fact]
    public async Task NoLogOfTheSuite_HoldsASecretItUsed_OrAnythingShapedLikeOne()
    {
        var files = LogFiles();
        var secrets = KnownSecrets.All();
        var leaks = new List<string>();
        long bytes = 0;
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
            bytes += text.Length;
            leaks.AddRange(secrets.Where(s => text.Contains(s, StringComparison.Ordinal)).Select(s => $"{Path.GetFileName(file)}: a registered secret ({s[..4]}...)"));
            leaks.AddRange(Shapes().Matches(text).Select(m => $"{Path.GetFileName(file)}: {m.Value[..Math.Min(24, m.Value.Length)]}..."));
        }

        await ReliabilityFigures.RecordAsync("Secrets", "log files scanned", files.Count);
        await ReliabilityFigures.RecordAsync("Secrets", "characters of logs scanned", bytes);
        await ReliabilityFigures.RecordAsync("Secrets", "secrets looked for", secrets.Count);
        await ReliabilityFigures.RecordAsync("Secrets", "secrets found in logs", leaks.Count);
        Assert.Empty(leaks);
    }

    [Fact]
    public async Task TheScan_FindsASecretWrittenToALog()
    {
        // The scan itself can fail: a log holding a registered secret and a JWT is caught.
        var secret = "scan-self-test-" + Guid.NewGuid().ToString("N");
        var jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzZWxmLXRlc3QifQ.c2lnbmF0dXJlLXNlbGYtdGVzdA";
        var file = Path.Combine(Path.GetTempPath(), $"scan-self-test-{Guid.NewGuid():N}.log");
        await File.WriteAllTextAsync(file, $"info: token {jwt} and secret {secret}", TestContext.Current.CancellationToken);
        try
        {
            var text = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
            Assert.Contains(secret, text, StringComparison.Ordinal);
            Assert.Single(Shapes().Matches(text));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static List<string> LogFiles()
    {
        var folders = new[] { SuiteLogs.Folder, RepoPaths.Combine("artifacts", "test-logs") };
        return [.. folders.Where(Directory.Exists).SelectMany(f => Directory.EnumerateFiles(f, "*.log", SearchOption.AllDirectories))];
    }

    // A signed JWT (three base64url parts, header starting {"), an Azure storage key in a connection string, a bearer
    // token or client secret written out.
    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}|AccountKey=[A-Za-z0-9+/=]{20,}|Bearer\s+[A-Za-z0-9._-]{20,}|client_secret=[^&\s]{8,}")]
    private static partial Regex Shapes();
}
