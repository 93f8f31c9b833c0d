using System.Collections.Immutable;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.BusinessCentral;

/// <summary>
/// A company-scoped, writable BC entity set served with the customers' rules: GET list/one, POST 201, PATCH 200 and
/// DELETE 204 with If-Match required, a unique code or number (<see cref="KeyField"/>), enums and required fields.
/// </summary>
/// <param name="Name">Entity set name, e.g. <c>contacts</c> (also the prefix of its per-company tables).</param>
/// <param name="Schema">The fields.</param>
/// <param name="TableCaption">BC's table caption for messages, e.g. <c>Contact</c>.</param>
/// <param name="KeyField">The unique user-facing key: <c>number</c> or <c>code</c>.</param>
/// <param name="KeyCaption">Its caption in messages: <c>No.</c> or <c>Code</c>.</param>
public sealed record BcEntitySet(string Name, EntitySchema Schema, string TableCaption, string KeyField, string KeyCaption)
{
    /// <summary>Hands out the next <see cref="KeyField"/> value when a POST leaves it empty; null: the field is required.</summary>
    public Func<IEnumerable<Row>, string>? NextKey { get; init; }

    /// <summary>Text fields that must not be empty.</summary>
    public IReadOnlyList<string> Required { get; init; } = [];

    /// <summary>Enum fields and their allowed values.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Enums { get; init; } = ImmutableDictionary<string, IReadOnlyList<string>>.Empty;

    /// <summary>Values of a new record that differ from the type's empty value.</summary>
    public IReadOnlyDictionary<string, object?> Defaults { get; init; } = ImmutableDictionary<string, object?>.Empty;

    /// <summary>Derives and checks fields of a record about to be written (after the body is applied).</summary>
    public Func<StoreTransaction, Guid, ImmutableDictionary<string, object?>, ImmutableDictionary<string, object?>>? Complete { get; init; }

    /// <summary>Runs after a record was written (e.g. to propagate a renamed company contact).</summary>
    public Action<StoreTransaction, Guid, Row>? AfterPut { get; init; }

    /// <summary>Runs after a record was deleted (e.g. to delete a company contact's persons).</summary>
    public Action<StoreTransaction, Guid, Row>? AfterDelete { get; init; }

    /// <summary>The table holding this set's records of one company.</summary>
    public string Table(Guid companyId) => $"{Name}:{companyId:D}";
}
