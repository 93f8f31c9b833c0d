using CouplingBot.Sandbox.Control;
using CouplingBot.Sandbox.Protection;

namespace CouplingBot.Sandbox.Faults;

/// <summary>The error code an injected status carries when the rule names none: what each service answers with it.</summary>
public static class FaultCodes
{
    /// <summary>Default code for <paramref name="status"/> in <paramref name="service"/>'s vocabulary.</summary>
    public static string For(string service, int status) => service == ApiRequest.BusinessCentral
        ? status switch
        {
            401 => BearerTokenMiddleware.BusinessCentralCode,
            404 => "BadRequest_NotFound",
            409 => "Request_EntityChanged",
            429 => BusinessCentralProtection.TooManyRequestsCode,
            503 => BusinessCentralProtection.UnavailableCode,
            >= 500 => "Internal_ServerError",
            _ => "BadRequest",
        }
        : status switch
        {
            401 => BearerTokenMiddleware.DataverseCode,
            404 => "0x80040217",
            412 => "0x80060882",
            429 => DataverseProtection.RequestsCode,
            >= 500 => "0x80040216", // "An unexpected error occurred."
            _ => "0x80060888",
        };
}
