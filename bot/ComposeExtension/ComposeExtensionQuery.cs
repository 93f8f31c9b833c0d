using System.Text.Json;

namespace CouplingBot.Bot.ComposeExtension;

/// <summary>
/// A compose-box search as Teams sends it: <c>{commandId, parameters:[{name, value}], queryOptions}</c>.
/// </summary>
/// <param name="CommandId">The manifest command, e.g. <c>findRecords</c>.</param>
/// <param name="SearchText">What the person typed, trimmed; empty when nothing (or on the initial run).</param>
public sealed record ComposeExtensionQuery(string? CommandId, string SearchText)
{
    /// <summary>Reads the invoke's value; a missing or malformed value is an empty search.</summary>
    public static ComposeExtensionQuery Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v)
        {
            return new ComposeExtensionQuery(null, "");
        }

        var commandId = v.TryGetProperty("commandId", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        var text = "";
        if (v.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Array)
        {
            // The search parameter by name (either manifest spelling); Teams sends only one for a search command, so any single one will do.
            var all = parameters.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object).ToList();
            var chosen = all.FirstOrDefault(p => NameOf(p) is ComposeExtensionInvokes.SearchTextParameter or ComposeExtensionInvokes.QueryParameter);
            if (chosen.ValueKind != JsonValueKind.Object && all.Count == 1 && NameOf(all[0]) != "initialRun")
            {
                chosen = all[0];
            }

            text = chosen.ValueKind == JsonValueKind.Object && chosen.TryGetProperty("value", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()!.Trim()
                : "";
        }

        return new ComposeExtensionQuery(commandId, text);
    }

    private static string? NameOf(JsonElement parameter) =>
        parameter.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
}
