using System.Runtime.CompilerServices;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.BusinessCentral;

/// <summary>
/// Business Central API v2.0 over HTTP. Company-scoped entity sets (customers, contacts, ...) are
/// addressed under <c>companies({id})/</c>; the company is resolved once by name when no id is set.
/// </summary>
public sealed partial class BusinessCentralClient : IBatchRecordClient
{
    private readonly ODataTransport _transport;
    private readonly BusinessCentralOptions _options;
    private string? _companyId;

    /// <summary>The name of the <see cref="HttpClient"/> this client asks the factory for.</summary>
    public const string HttpClientName = "BusinessCentralClient";

    /// <summary>Creates the client over the named HTTP client, whose base address is the API base.</summary>
    public BusinessCentralClient(IHttpClientFactory httpClients, IOptions<BusinessCentralOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(httpClients);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options.Value;
        _transport = new ODataTransport(() => httpClients.CreateClient(HttpClientName), Side.BusinessCentral, AddHeaders, time);
    }

    /// <summary>The companies entity set.</summary>
    public static EntitySet Companies { get; } = new("companies", "id", "systemModifiedAt");

    /// <inheritdoc />
    public Side Side => Side.BusinessCentral;

    /// <inheritdoc />
    public async Task<EntityRecord?> GetAsync(EntitySet set, string id, IReadOnlyCollection<string> fields, CancellationToken cancellationToken) =>
        await _transport.GetOneAsync(set, await PathOfAsync(set, cancellationToken).ConfigureAwait(false), id, fields, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async IAsyncEnumerable<EntityRecord> QueryAsync(EntitySet set, RecordQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var path = await PathOfAsync(set, cancellationToken).ConfigureAwait(false);
        await foreach (var record in _transport.QueryAsync(set, path, query, _options.PageSize, cancellationToken).ConfigureAwait(false))
        {
            yield return record;
        }
    }

    private static void AddHeaders(HttpRequestMessage request)
    {
        request.Headers.Add("Accept", "application/json");
        if (request.Method == HttpMethod.Get)
        {
            // Reads may be served from a replica, which spares the primary database.
            request.Headers.Add("Data-Access-Intent", "ReadOnly");
        }
    }

    /// <summary>The path of an entity set under the API base, <c>companies({id})/{set}</c> for company-scoped ones.</summary>
    internal async Task<string> PathOfAsync(EntitySet set, CancellationToken cancellationToken)
    {
        if (set.Name == Companies.Name)
        {
            return set.Name;
        }

        // Only a successful lookup is remembered, so a Business Central outage at start-up heals itself.
        _companyId ??= await ResolveCompanyIdAsync(cancellationToken).ConfigureAwait(false);
        return $"companies({_companyId})/{set.Name}";
    }

    private async Task<string> ResolveCompanyIdAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(_options.CompanyId))
        {
            return _options.CompanyId;
        }

        var url = "companies?$select=id,name&$filter=" + Uri.EscapeDataString(ODataFilter.Equal("name", _options.CompanyName));
        using var document = await _transport.SendAsync(HttpMethod.Get, url, null, null, notFoundIsNull: false, cancellationToken).ConfigureAwait(false);
        var companies = document?.RootElement.GetProperty("value");
        return companies is { } list && list.GetArrayLength() > 0
            ? list[0].GetProperty("id").GetString()!
            : throw new ServiceRequestException(Side, null, "Internal_CompanyNotFound",
                $"The company \"{_options.CompanyName}\" doesn't exist in Business Central. Set BusinessCentral:CompanyName or CompanyId.");
    }
}
