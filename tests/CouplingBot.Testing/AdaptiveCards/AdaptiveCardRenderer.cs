using System.Diagnostics;
using System.Text.Json;

namespace CouplingBot.Testing.AdaptiveCards;

/// <summary>
/// Checks cards with the official Adaptive Cards renderer (npm <c>adaptivecards</c> under jsdom,
/// Teams host config, schema 1.5) by running <c>tests/tools/check-adaptive-card.js</c>:
/// one Node process per batch, so check many cards in one call.
/// </summary>
public static class AdaptiveCardRenderer
{
    private static readonly JsonSerializerOptions ResultOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The checker script.</summary>
    public static string ScriptPath => RepoPaths.Combine("tests", "tools", "check-adaptive-card.js");

    /// <summary>Checks every card; one result per card, in order.</summary>
    /// <exception cref="InvalidOperationException">Node or the renderer could not run.</exception>
    public static async Task<IReadOnlyList<AdaptiveCardCheckResult>> CheckAsync(IEnumerable<JsonElement> cards, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var batch = cards.ToArray();
        if (!Directory.Exists(RepoPaths.Combine("node_modules", "adaptivecards")))
        {
            throw new InvalidOperationException("npm package adaptivecards is not installed: run ./test.sh (it runs npm ci) first.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ScriptPath);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardInput.WriteAsync(JsonSerializer.Serialize(batch).AsMemory(), cancellationToken).ConfigureAwait(false);
            process.StandardInput.Close();
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var output = await stdout.ConfigureAwait(false);
            var errors = await stderr.ConfigureAwait(false);

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"check-adaptive-card.js exited with {process.ExitCode}: {errors}");
            }

            var results = JsonSerializer.Deserialize<AdaptiveCardCheckResult[]>(output, ResultOptions)
                ?? throw new InvalidOperationException("check-adaptive-card.js printed no results.");
            return results.Length == batch.Length
                ? results
                : throw new InvalidOperationException($"check-adaptive-card.js returned {results.Length} results for {batch.Length} cards.");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
