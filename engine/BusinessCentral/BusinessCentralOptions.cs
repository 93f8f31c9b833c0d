using System.ComponentModel.DataAnnotations;
using CouplingBot.Engine.Clients;

namespace CouplingBot.Engine.BusinessCentral;

/// <summary>Where Business Central is and which company to work in (section <c>BusinessCentral</c>).</summary>
public sealed class BusinessCentralOptions() : ServiceClientOptions(DefaultMaxConcurrentRequests)
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "BusinessCentral";

    /// <summary>Requests in flight by default: Business Central processes 5 per user at once and queues the rest.</summary>
    public const int DefaultMaxConcurrentRequests = 5;

    /// <summary>The token scope of Business Central's API.</summary>
    public const string DefaultScope = "https://api.businesscentral.dynamics.com/.default";

    /// <summary>The API root before the tenant, e.g. <c>https://api.businesscentral.dynamics.com/v2.0/</c>.</summary>
    [Required]
    public Uri? ApiUrl { get; set; }

    /// <summary>The Entra tenant (id or domain) of the Business Central environment.</summary>
    [Required]
    public string Tenant { get; set; } = "";

    /// <summary>The environment name, e.g. <c>production</c>.</summary>
    [Required]
    public string Environment { get; set; } = "production";

    /// <summary>The company's id; when empty the company is looked up by <see cref="CompanyName"/>.</summary>
    public string? CompanyId { get; set; }

    /// <summary>The company's name, used when no id is given.</summary>
    public string CompanyName { get; set; } = "CRONUS UK Ltd.";

    /// <summary>Records per page asked for with <c>Prefer: odata.maxpagesize</c>.</summary>
    [Range(1, 20000)]
    public int PageSize { get; set; } = 1000;

    /// <summary>Operations per <c>$batch</c> (Business Central takes at most 100).</summary>
    [Range(1, 100)]
    public int BatchSize { get; set; } = 100;

    /// <summary>The base address of API v2.0 for the tenant and environment.</summary>
    public override Uri ApiBase => new(ApiUrl!.WithTrailingSlash(), $"{Tenant}/{Environment}/api/v2.0/");

    /// <inheritdoc />
    public override string Scope => DefaultScope;
}
