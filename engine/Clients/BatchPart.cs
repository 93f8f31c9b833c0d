using System.Net;

namespace CouplingBot.Engine.Clients;

/// <summary>One answer inside a <c>$batch</c> response: its status, headers and body text.</summary>
/// <param name="Id">The request id it answers (Business Central's JSON batch), or null (Dataverse answers in order).</param>
/// <param name="Status">The status of the inner request.</param>
/// <param name="Headers">The inner response's headers, names compared case-insensitively.</param>
/// <param name="Body">The body text, or null when there was none.</param>
internal sealed record BatchPart(string? Id, HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, string? Body)
{
    /// <summary>True for a 2xx answer.</summary>
    public bool IsSuccess => (int)Status is >= 200 and <= 299;
}
