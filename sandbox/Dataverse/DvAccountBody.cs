using System.Collections.Immutable;
using System.Text.Json;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>The account rules of <see cref="DvBody"/> (kept for callers that name accounts directly).</summary>
public static class DvAccountBody
{
    /// <summary>Every column null (the starting point of a seeded row).</summary>
    public static ImmutableDictionary<string, object?> Empty() =>
        DvSchema.Account.Columns.ToImmutableDictionary(c => c.Name, _ => (object?)null, StringComparer.Ordinal);

    /// <summary>Applies the body to <paramref name="values"/>; lookups must point to rows of <paramref name="snapshot"/>.</summary>
    public static ImmutableDictionary<string, object?> Apply(StoreSnapshot snapshot, ImmutableDictionary<string, object?> values, JsonElement body) =>
        DvBody.Apply(DvEntitySets.Accounts, snapshot, values, body);
}
