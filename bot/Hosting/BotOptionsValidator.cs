using CouplingBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Hosting;

/// <summary>
/// Checks section <c>Bot</c> at start-up. With <c>Bot:AppId</c> set the bot must be able to sign in to the
/// Bot Connector (a secret or a certificate: <see cref="ConnectorClientOptions"/>, bound from the same
/// section), or every reply would be refused; local mode (no app id) needs neither.
/// </summary>
internal sealed class BotOptionsValidator(IOptions<ConnectorClientOptions> connector) : IValidateOptions<BotOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!options.IsLocalMode && !HasCredential(connector.Value))
        {
            failures.Add("Bot:AppId is set, but no credential is: set Bot:AppPassword (or Bot:ClientSecret), Bot:CertificatePath or "
                + "Bot:CertificateThumbprint, so the bot can sign in to the Bot Connector; or clear Bot:AppId for local mode.");
        }

        if (options.TypingDelay < TimeSpan.Zero && options.TypingDelay != Timeout.InfiniteTimeSpan)
        {
            failures.Add($"Bot:TypingDelay must not be negative (it is {options.TypingDelay}); use -00:00:00.001 to never show typing.");
        }

        if (options.AllowedCallerAppIds.Any(string.IsNullOrWhiteSpace) || options.AllowedTenants.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("Bot:AllowedCallerAppIds and Bot:AllowedTenants must not contain empty entries.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool HasCredential(ConnectorClientOptions options) =>
        !string.IsNullOrEmpty(options.Secret)
        || !string.IsNullOrWhiteSpace(options.CertificatePath)
        || !string.IsNullOrWhiteSpace(options.CertificateThumbprint);
}
