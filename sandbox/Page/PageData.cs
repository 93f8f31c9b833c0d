using System.Text.Json.Nodes;
using CouplingBot.Sandbox.BusinessCentral;
using CouplingBot.Sandbox.Dataverse;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.Page;

/// <summary>
/// The records the page shows when it loads, in each API's own JSON shape (with <c>@odata.etag</c>): CRONUS UK's
/// customers by number and the Dataverse accounts by name. Later refreshes and edits go through the real APIs.
/// </summary>
public static class PageData
{
    /// <summary>Tenant and environment the page's BC URLs use (the sandbox accepts any).</summary>
    public const string Tenant = "sandbox";

    /// <summary>Environment of the page's BC URLs.</summary>
    public const string Environment = "production";

    /// <summary>The initial data object the page script reads.</summary>
    public static JsonObject Build(SandboxData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var companyId = SandboxSeed.CronusUkCompanyId;
        var customers = data.BusinessCentral.Current.Table(BcSchema.CustomersTable(companyId)).Values
            .OrderBy(r => (r["number"] as string ?? string.Empty).Length)
            .ThenBy(r => r["number"] as string, StringComparer.Ordinal)
            .Select(r => (JsonNode)BcJson.Entity(r, BcSchema.Customer, null));
        var accounts = data.Dataverse.Current.Table(DvSchema.AccountsTable).Values
            .OrderBy(r => r["name"] as string, StringComparer.OrdinalIgnoreCase)
            .Select(r => (JsonNode)DvJson.Entity(r, DvSchema.Account, null));
        return new JsonObject
        {
            ["bc"] = new JsonObject
            {
                ["tenant"] = Tenant,
                ["environment"] = Environment,
                ["companyId"] = companyId.ToString("D"),
                ["customers"] = new JsonArray([.. customers]),
            },
            ["dataverse"] = new JsonObject { ["accounts"] = new JsonArray([.. accounts]) },
        };
    }
}
