using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Dataverse;

/// <summary>Dataverse Web API v9.2 (Dynamics 365 Sales) over HTTP.</summary>
public sealed partial class DataverseClient : IBatchRecordClient
{
    private readonly ODataTransport _transport;
    private readonly DataverseOptions _options;

    /// <summary>The name of the <see cref="HttpClient"/> this client asks the factory for.</summary>
    public const string HttpClientName = "DataverseClient";

    /// <summary>Creates the client over the named HTTP client, whose base address is the Web API base.</summary>
    public DataverseClient(IHttpClientFactory httpClients, IOptions<DataverseOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(httpClients);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options.Value;
        _transport = new ODataTransport(() => httpClients.CreateClient(HttpClientName), Side.Sales, AddHeaders, time);
    }

    /// <inheritdoc />
    public Side Side => Side.Sales;

    /// <inheritdoc />
    public Task<EntityRecord?> GetAsync(EntitySet set, string id, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);

        // Dataverse answers a malformed key with 400; for a caller it simply does not exist.
        return Guid.TryParse(id, out _)
            ? _transport.GetOneAsync(set, set.Name, id, fields, cancellationToken)
            : Task.FromResult<EntityRecord?>(null);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<EntityRecord> QueryAsync(EntitySet set, RecordQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(query);
        return _transport.QueryAsync(set, set.Name, query, _options.PageSize, cancellationToken);
    }

    private static void AddHeaders(HttpRequestMessage request)
    {
        request.Headers.Add("Accept", "application/json");
        request.Headers.Add("OData-MaxVersion", "4.0");
        request.Headers.Add("OData-Version", "4.0");
    }
}
