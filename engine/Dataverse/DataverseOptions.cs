using System.ComponentModel.DataAnnotations;
using CouplingBot.Engine.Clients;

namespace CouplingBot.Engine.Dataverse;

/// <summary>Where Dynamics 365 Sales (Dataverse) is (section <c>Dataverse</c>).</summary>
public sealed class DataverseOptions() : ServiceClientOptions(DefaultMaxConcurrentRequests)
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Dataverse";

    /// <summary>Requests in flight by default, well below Dataverse's 52 concurrent requests per user.</summary>
    public const int DefaultMaxConcurrentRequests = 16;

    /// <summary>The environment URL, e.g. <c>https://contoso.crm.dynamics.com/</c>.</summary>
    [Required]
    public Uri? Url { get; set; }

    /// <summary>Records per page asked for with <c>Prefer: odata.maxpagesize</c> (at most 5000).</summary>
    [Range(1, 5000)]
    public int PageSize { get; set; } = 1000;

    /// <summary>Requests per <c>$batch</c> (Dataverse takes at most 1000; fewer when plug-ins make each one slow).</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 1000;

    /// <summary>The Web API base address.</summary>
    public override Uri ApiBase => new(Url!.WithTrailingSlash(), "api/data/v9.2/");

    /// <summary>The token scope: the environment URL with <c>/.default</c>.</summary>
    public override string Scope => new Uri(Url!, "/.default").AbsoluteUri;
}
