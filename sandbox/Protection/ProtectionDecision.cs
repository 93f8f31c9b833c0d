namespace CouplingBot.Sandbox.Protection;

/// <summary>A service protection rejection: status, service error code, message and the wait to advise.</summary>
/// <param name="Status">429 or 503.</param>
/// <param name="Code">Service error code, e.g. <c>0x80072322</c> or <c>Application_TooManyRequests</c>.</param>
/// <param name="Message">Service error message.</param>
/// <param name="RetryAfter">Sent as <c>Retry-After</c> in whole seconds (rounded up, at least 1).</param>
public sealed record ProtectionRejection(int Status, string Code, string Message, TimeSpan RetryAfter)
{
    /// <summary>As the exception the service error writers take.</summary>
    public ApiException ToApiException() => new(Status, Code, Message);
}
