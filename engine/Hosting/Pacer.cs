using System.Threading.RateLimiting;
using CouplingBot.Engine.Clients;

namespace CouplingBot.Engine.Hosting;

/// <summary>
/// Keeps CouplingBot's requests to a service within its budget of <see cref="ServiceClientOptions.RequestsPerWindow"/>
/// per <see cref="ServiceClientOptions.RequestWindow"/>, the way both services count it: a sliding window. A request
/// over budget waits (first in, first out) until an old one has left the window; none is refused for pacing.
/// </summary>
/// <remarks>
/// A sliding-window limiter hands a permit back when the segment it was taken in leaves its window, so a permit taken
/// late in a segment would return up to one segment early. The window is therefore two segments longer than the
/// service's (<see cref="Segments"/> + 2 segments of <c>RequestWindow / Segments</c>): a permit returns between one and
/// two segments later than <c>RequestWindow</c> after it was taken. No stretch of <c>RequestWindow</c> ever sees more
/// than the budget, with at least one segment (3 s of the services' 5 minutes) to spare for the time between taking a
/// permit and the service receiving the request (a first request's connection, a slower path through the network).
/// The price, when the budget binds, is at most 2/<see cref="Segments"/> of the service's rate.
/// </remarks>
internal static class Pacer
{
    /// <summary>Segments per service window: 100, so 3 s for the services' 5 minutes.</summary>
    public const int Segments = 100;

    /// <summary>The limiter for <paramref name="options"/>, or null when pacing is off (a budget of 0).</summary>
    public static SlidingWindowRateLimiter? Create(ServiceClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.RequestsPerWindow <= 0)
        {
            return null;
        }

        // The limiter's timer counts whole milliseconds (it would tick every 16 ms for a segment of 16.7): round up.
        var segment = TimeSpan.FromMilliseconds(Math.Ceiling(options.RequestWindow.TotalMilliseconds / Segments));
        return new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.RequestsPerWindow,
            Window = segment * (Segments + 2),
            SegmentsPerWindow = Segments + 2,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,

            // Only requests holding a concurrency slot reach the pacer: a generous bound, so pacing never refuses one.
            QueueLimit = options.MaxConcurrentRequests + options.MaxQueuedRequests,
            AutoReplenishment = true,
        });
    }
}
