using System.ComponentModel.DataAnnotations;
using CouplingBot.Engine.Auth;
using CouplingBot.Engine.Clients;

namespace CouplingBot.Engine.Dataverse;

/// <summary>Where Dynamics 365 Sales (Dataverse) is (section <c>Dataverse</c>).</summary>
public sealed class DataverseOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Dataverse";

    /// <summary>The environment URL, e.g. <c>https://contoso.crm.dynamics.com/</c>.</summary>
    [Required]
    public Uri? Url { get; set; }

    /// <summary>Records per page asked for with <c>Prefer: odata.maxpagesize</c> (at most 5000).</summary>
    [Range(1, 5000)]
    public int PageSize { get; set; } = 1000;

    /// <summary>How to sign in; empty for the sandbox.</summary>
    public ServiceCredentialOptions Credentials { get; set; } = new();

    /// <summary>The Web API base address.</summary>
    public Uri ApiBase => new(Url!.WithTrailingSlash(), "api/data/v9.2/");

    /// <summary>The token scope: the environment URL with <c>/.default</c>.</summary>
    public string Scope => new Uri(Url!, "/.default").AbsoluteUri;
}
