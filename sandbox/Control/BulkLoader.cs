using System.Collections.Immutable;
using System.Text.Json;
using CouplingBot.Sandbox.BusinessCentral;
using CouplingBot.Sandbox.Dataverse;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.Control;

/// <summary>
/// Writes many records at once for <c>POST /_sandbox/bulk</c> (benchmarks and large tests): each record goes through the
/// same body rules as a POST or PATCH of its service, but all records of a service are one store write, and key
/// uniqueness is checked against an index built once instead of a scan per record. A record whose id
/// (<c>id</c> / the table's primary key) exists is updated (new modified-on and version), any other is created.
/// </summary>
/// <remarks>
/// Body: <c>{"companyId": "...", "businessCentral": {"customers": [{...}]}, "dataverse": {"accounts": [{...}]}}</c>
/// (<c>companyId</c> defaults to CRONUS UK Ltd.). Each service's records are written all or nothing; Business Central
/// first, then Dataverse. Not limited, journaled or counted in the statistics (it is not an API request).
/// </remarks>
public sealed class BulkLoader(SandboxData data, TimeProvider time)
{
    /// <summary>Applies <paramref name="body"/>; answers what was created and updated per service and set.</summary>
    /// <exception cref="ApiException">The body is malformed or a record breaks its service's rules (nothing of that service is written).</exception>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, BulkCounts>>> LoadAsync(JsonElement body, CancellationToken cancellationToken)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw Bad("The body must be a JSON object.");
        }

        var companyId = SandboxSeed.CronusUkCompanyId;
        JsonElement? businessCentral = null;
        JsonElement? dataverse = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "companyId" when property.Value.TryGetGuid(out var id):
                    companyId = id;
                    break;
                case "businessCentral":
                    businessCentral = Sets(property);
                    break;
                case "dataverse":
                    dataverse = Sets(property);
                    break;
                default:
                    throw Bad($"Unknown or invalid property '{property.Name}' (expected companyId, businessCentral, dataverse).");
            }
        }

        var result = new Dictionary<string, IReadOnlyDictionary<string, BulkCounts>>(StringComparer.Ordinal);
        if (businessCentral is { } bc)
        {
            result["businessCentral"] = await data.BusinessCentral.WriteAsync(t => LoadBusinessCentral(t, companyId, bc), cancellationToken).ConfigureAwait(false);
        }

        if (dataverse is { } dv)
        {
            result["dataverse"] = await data.Dataverse.WriteAsync(t => LoadDataverse(t, dv), cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private Dictionary<string, BulkCounts> LoadBusinessCentral(StoreTransaction transaction, Guid companyId, JsonElement sets)
    {
        if (!transaction.Snapshot.Table(BcSchema.CompaniesTable).ContainsKey(companyId))
        {
            throw BcErrors.CompanyNotFound(companyId);
        }

        var now = Truncate(time.GetUtcNow(), TimeSpan.TicksPerMillisecond);
        var counts = new Dictionary<string, BulkCounts>(StringComparer.Ordinal);
        foreach (var property in sets.EnumerateObject())
        {
            var set = BcEntitySets.Find(property.Name) ?? throw Bad($"'{property.Name}' is not a writable Business Central entity set.");
            var table = set.Table(companyId);
            var keys = transaction.Snapshot.Table(table).Values
                .ToDictionary(r => (string)r[set.KeyField]!, r => r.Id, StringComparer.OrdinalIgnoreCase);
            var (created, updated) = (0, 0);
            var index = 0;
            foreach (var record in Records(property))
            {
                var at = $"businessCentral.{set.Name}[{index++}]";
                var id = OptionalGuid(record, "id", at);
                var existing = id is { } given ? transaction.Find(table, given) : null;
                var values = Explain(at, () => BcBody.Apply(set, existing?.Values ?? BcBody.Defaults(set), record, creating: existing is null));
                var rowId = id ?? Guid.NewGuid();
                if (values[set.KeyField] is not string { Length: > 0 })
                {
                    values = set.NextKey is { } next
                        ? values.SetItem(set.KeyField, next(transaction.Snapshot.Table(table).Values))
                        : throw Bad($"{at}: the field '{set.KeyField}' of {set.TableCaption} must have a value.");
                }

                var key = (string)values[set.KeyField]!;
                if (keys.TryGetValue(key, out var holder) && holder != rowId)
                {
                    throw Bad($"{at}: a {set.TableCaption} with {set.KeyCaption} '{key}' exists already.");
                }

                if (existing?[set.KeyField] is string oldKey && !string.Equals(oldKey, key, StringComparison.OrdinalIgnoreCase))
                {
                    keys.Remove(oldKey);
                }

                keys[key] = rowId;
                values = Explain(at, () => set.Complete?.Invoke(transaction, companyId, values) ?? values);
                var row = transaction.Put(table, rowId, values.SetItem("id", rowId).SetItem("lastModifiedDateTime", now));
                set.AfterPut?.Invoke(transaction, companyId, row);
                (created, updated) = existing is null ? (created + 1, updated) : (created, updated + 1);
            }

            counts[set.Name] = new BulkCounts(created, updated);
        }

        return counts;
    }

    private Dictionary<string, BulkCounts> LoadDataverse(StoreTransaction transaction, JsonElement sets)
    {
        var now = Truncate(time.GetUtcNow(), TimeSpan.TicksPerSecond);
        var counts = new Dictionary<string, BulkCounts>(StringComparer.Ordinal);
        foreach (var property in sets.EnumerateObject())
        {
            var set = DvEntitySets.Find(property.Name) ?? throw Bad($"'{property.Name}' is not a Dataverse entity set.");
            var (created, updated) = (0, 0);
            var index = 0;
            foreach (var record in Records(property))
            {
                var at = $"dataverse.{set.Name}[{index++}]";
                var id = OptionalGuid(record, set.Schema.KeyName, at);
                var existing = id is { } given ? transaction.Find(set.Name, given) : null;
                var values = Explain(at, () => DvBody.Apply(set, transaction.Snapshot, existing?.Values ?? NewDataverseRow(set, now), record));
                var rowId = id ?? Guid.NewGuid();
                transaction.Put(set.Name, rowId, values.SetItem(set.Schema.KeyName, rowId).SetItem("modifiedon", now), DvSchema.VersionColumn);
                (created, updated) = existing is null ? (created + 1, updated) : (created, updated + 1);
            }

            counts[set.Name] = new BulkCounts(created, updated);
        }

        return counts;
    }

    // What a POST starts from: the set's defaults, the sandbox owner where the table has one, created now.
    private static ImmutableDictionary<string, object?> NewDataverseRow(DvEntitySet set, DateTimeOffset now)
    {
        var start = DvBody.Empty(set).SetItem("createdon", now);
        return set.Schema.Find("_ownerid_value") is null ? start : start.SetItem("_ownerid_value", SandboxSeed.SandboxOwnerId);
    }

    private static JsonElement Sets(JsonProperty property) =>
        property.Value.ValueKind == JsonValueKind.Object
            ? property.Value
            : throw Bad($"'{property.Name}' must be an object of entity set name -> array of records.");

    private static IEnumerable<JsonElement> Records(JsonProperty set) =>
        set.Value.ValueKind == JsonValueKind.Array && set.Value.EnumerateArray().All(r => r.ValueKind == JsonValueKind.Object)
            ? set.Value.EnumerateArray()
            : throw Bad($"'{set.Name}' must be an array of JSON objects.");

    private static Guid? OptionalGuid(JsonElement record, string property, string at) =>
        !record.TryGetProperty(property, out var value) ? null
        : value.ValueKind == JsonValueKind.String && value.TryGetGuid(out var id) ? id
        : throw Bad($"{at}: '{property}' must be a GUID.");

    private static T Explain<T>(string at, Func<T> rule)
    {
        try
        {
            return rule();
        }
        catch (ApiException ex)
        {
            throw new ApiException(400, ex.Code, $"{at}: {ex.Message}");
        }
    }

    private static DateTimeOffset Truncate(DateTimeOffset now, long ticks) => new(now.Ticks - (now.Ticks % ticks), TimeSpan.Zero);

    private static ApiException Bad(string message) => new(400, "BadRequest", message);
}

/// <summary>What <see cref="BulkLoader"/> did to one entity set.</summary>
/// <param name="Created">Records created.</param>
/// <param name="Updated">Existing records (same id) updated.</param>
public sealed record BulkCounts(int Created, int Updated);
