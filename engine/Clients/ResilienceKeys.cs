namespace CouplingBot.Engine.Clients;

/// <summary>What the resilience pipeline leaves on a request for the clients to read afterwards.</summary>
internal static class ResilienceKeys
{
    /// <summary>Set when the request was sent more than once.</summary>
    public static readonly HttpRequestOptionsKey<bool> Retried = new("CouplingBot.Retried");
}
