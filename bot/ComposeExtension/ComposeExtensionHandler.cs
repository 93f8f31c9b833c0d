using CouplingBot.Bot.Protocol;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Service;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Bot.ComposeExtension;

/// <summary>
/// The compose box: <c>composeExtension/query</c> searches Business Central customers and contacts,
/// <c>composeExtension/queryLink</c> unfurls Business Central and Sales record links into record cards.
/// One error boundary: Teams wants an answer within 5 s, so a slow or failing service gets a message
/// (search) or no unfurl (link), never an HTTP error.
/// </summary>
public sealed partial class ComposeExtensionHandler(
    CouplingService service,
    ServiceClients clients,
    ICouplingStore couplings,
    ILogger<ComposeExtensionHandler> logger)
{
    /// <summary>How long a compose-box invoke may take before it is answered without results.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(4);

    /// <summary>What a search says when a service fails or is too slow.</summary>
    public const string ServiceProblemMessage =
        "Business Central or Sales didn't answer in time, so I can't search right now. Try again in a moment.";

    /// <summary>What other compose-box invokes (settings, actions) get.</summary>
    public const string NotSupportedMessage =
        "CouplingBot's compose box searches customers and contacts and previews their links; it has no settings or other commands.";

    /// <summary>Answers a compose-box invoke; always a body Teams can show.</summary>
    public async Task<ComposeExtensionResponse> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var name = activity.Name ?? "";
        var isSearch = string.Equals(name, ComposeExtensionInvokes.Query, StringComparison.OrdinalIgnoreCase);
        var isLink = string.Equals(name, ComposeExtensionInvokes.QueryLink, StringComparison.OrdinalIgnoreCase);
        if (!isSearch && !isLink)
        {
            return ComposeExtensionResponse.Message(NotSupportedMessage);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Deadline);
        try
        {
            return isSearch
                ? await SearchAsync(ComposeExtensionQuery.Read(activity.Value), deadline.Token).ConfigureAwait(false)
                : await UnfurlAsync(LinkOf(activity), deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            ComposeLog.InvokeTimedOut(logger, name, Deadline.TotalSeconds, activity.Id);
            return isSearch ? ComposeExtensionResponse.Message(ServiceProblemMessage) : ComposeExtensionResponse.Empty;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ComposeLog.InvokeFailed(logger, ex, name, activity.Id);
            return isSearch ? ComposeExtensionResponse.Message(ServiceProblemMessage) : ComposeExtensionResponse.Empty;
        }
    }

    private static string? LinkOf(Activity activity) =>
        activity.Value is { ValueKind: System.Text.Json.JsonValueKind.Object } v
        && v.TryGetProperty("url", out var url) && url.ValueKind == System.Text.Json.JsonValueKind.String
            ? url.GetString()
            : null;
}
