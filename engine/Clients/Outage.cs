using Azure;

namespace CouplingBot.Engine.Clients;

/// <summary>
/// Tells an outage from an item's own failure: a service or the storage that did not answer at all (connection refused
/// or dropped, after the client's retries) says nothing about the record being processed, so a job waits for it instead
/// of failing the item. A timeout or any answer from the service (an error status included) is the item's failure.
/// </summary>
internal static class Outage
{
    /// <summary>True when <paramref name="exception"/> means the service or storage could not be reached.</summary>
    public static bool IsUnreachable(Exception exception) => exception switch
    {
        ServiceRequestException { IsUnreachable: true } service => service.InnerException is HttpRequestException,
        RequestFailedException { Status: 0 } storage => storage.InnerException is HttpRequestException,
        AggregateException all => all.InnerExceptions.Count > 0 && all.InnerExceptions.All(IsUnreachable),
        _ => false,
    };
}
