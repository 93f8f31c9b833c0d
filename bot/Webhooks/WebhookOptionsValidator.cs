using CouplingBot.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Webhooks;

/// <summary>
/// Checks <see cref="WebhookOptions"/> at start-up: the notification URL must be absolute and https (plain http
/// only for a loopback host, i.e. the sandbox), subscribing needs a client state, and the check interval must leave
/// time to renew before a subscription lapses.
/// </summary>
public sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    /// <summary>The longest <see cref="WebhookOptions.CheckInterval"/>: half the renewal window, so a renewal is never missed.</summary>
    public static readonly TimeSpan MaxCheckInterval = TimeSpan.FromHours(12);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.CheckInterval <= TimeSpan.Zero || options.CheckInterval > MaxCheckInterval)
        {
            errors.Add($"{WebhookOptions.SectionName}:{nameof(WebhookOptions.CheckInterval)} must be more than zero and at most {MaxCheckInterval:c}; it is {options.CheckInterval:c}.");
        }

        if (options.Subscribes)
        {
            errors.AddRange(UrlErrors(options.NotificationUrl!));
            if (string.IsNullOrEmpty(options.ClientState))
            {
                errors.Add($"{WebhookOptions.SectionName}:{nameof(WebhookOptions.ClientState)} is required when {Setting} is set: "
                    + "it is the secret that proves a notification comes from our subscription.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static string Setting => $"{WebhookOptions.SectionName}:{nameof(WebhookOptions.NotificationUrl)}";

    private static IEnumerable<string> UrlErrors(Uri url)
    {
        if (!url.IsAbsoluteUri)
        {
            yield return $"{Setting} '{url.OriginalString}' must be an absolute URL, e.g. https://contoso-bot.azurewebsites.net{BusinessCentralWebhookEndpoint.Path}.";
        }
        else if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && LoopbackGuard.IsLoopback(url.AbsoluteUri)))
        {
            yield return $"{Setting} '{url}' must use https (plain http is allowed only for a loopback host such as 127.0.0.1).";
        }
    }
}
