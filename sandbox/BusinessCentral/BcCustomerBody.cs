using System.Collections.Immutable;
using System.Text.Json;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.BusinessCentral;

/// <summary>The customer rules of <see cref="BcBody"/> (kept for callers that name customers directly).</summary>
public static class BcCustomerBody
{
    /// <summary>The values of a new customer before the body is applied (BC never has null text).</summary>
    public static ImmutableDictionary<string, object?> Defaults() => BcBody.Defaults(BcEntitySets.Customers);

    /// <summary>Applies the body's fields to <paramref name="values"/>.</summary>
    public static ImmutableDictionary<string, object?> Apply(ImmutableDictionary<string, object?> values, JsonElement body, bool creating) =>
        BcBody.Apply(BcEntitySets.Customers, values, body, creating);

    /// <summary>The next free customer number: the highest numeric number plus 10.</summary>
    public static string NextNumber(IEnumerable<Row> customers) => BcEntitySets.Customers.NextKey!(customers);

    /// <summary>Refuses a number another customer of the company already has.</summary>
    public static void EnsureUniqueNumber(IEnumerable<Row> customers, Guid id, string number) =>
        BcBody.EnsureUniqueKey(BcEntitySets.Customers, customers, id, number);
}
