namespace CouplingBot.Engine.Clients;

/// <summary>What the clients and the resilience pipeline leave on a request for each other.</summary>
internal static class ResilienceKeys
{
    /// <summary>Set when the request was sent more than once.</summary>
    public static readonly HttpRequestOptionsKey<bool> Retried = new("CouplingBot.Retried");

    /// <summary>
    /// Set by a client on a request that changes nothing although its method is not GET (a <c>$batch</c> of
    /// <c>GET</c>s): the pipeline retries it as it retries a read.
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> ReadOnly = new("CouplingBot.ReadOnly");
}
