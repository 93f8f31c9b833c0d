using System.Text.Json;

namespace CouplingBot.Sandbox.Webhooks;

/// <summary>
/// BC's validation handshake: POST <c>{notificationUrl}?validationToken={token}</c>; the receiver must answer 200 with
/// the token as the body (plain text; a JSON string is accepted too) within <see cref="WebhookOptions.HandshakeTimeout"/>.
/// </summary>
public sealed class WebhookHandshake(IHttpClientFactory clients)
{
    /// <summary>Name of the HttpClient used for handshakes and notifications.</summary>
    public const string ClientName = "sandbox-webhooks";

    /// <summary>True when the receiver echoed a fresh token in time.</summary>
    public async Task<bool> ValidateAsync(Uri notificationUrl, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notificationUrl);
        var token = Guid.NewGuid().ToString("N");
        var separator = string.IsNullOrEmpty(notificationUrl.Query) ? "?" : "&";
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var client = clients.CreateClient(ClientName);
            using var request = new HttpRequestMessage(HttpMethod.Post, notificationUrl + separator + "validationToken=" + Uri.EscapeDataString(token));
            using var response = await client.SendAsync(request, deadline.Token).ConfigureAwait(false);
            var body = (await response.Content.ReadAsStringAsync(deadline.Token).ConfigureAwait(false)).Trim();
            return (int)response.StatusCode == 200 && (body == token || Unquoted(body) == token);
        }
        catch (Exception error) when (error is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static string? Unquoted(string body)
    {
        try
        {
            return body.StartsWith('"') ? JsonSerializer.Deserialize<string>(body) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
