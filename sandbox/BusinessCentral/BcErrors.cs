using System.Text.Json.Nodes;
using CouplingBot.Sandbox.OData;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.BusinessCentral;

/// <summary>Business Central's errors: <c>{"error":{"code","message ... CorrelationId: guid."}}</c>.</summary>
public static class BcErrors
{
    /// <summary>Generic bad request code.</summary>
    public const string BadRequest = "BadRequest";

    /// <summary>A missing If-Match on PATCH/DELETE.</summary>
    public static ApiException MissingIfMatch() => new(400, "BadRequest_InvalidToken",
        "Could not validate the client concurrency token required by the service. Please provide a valid token in the client request.");

    /// <summary>A stale If-Match.</summary>
    public static ApiException EntityChanged() => new(409, "Request_EntityChanged", "Another user has already changed the record.");

    /// <summary>An unknown record id.</summary>
    public static ApiException RecordNotFound(string entity) =>
        new(404, "Internal_RecordNotFound", $"The {entity} does not exist. Identification fields and values: SystemId");

    /// <summary>An unknown company id.</summary>
    public static ApiException CompanyNotFound(Guid id) =>
        new(404, "Internal_CompanyNotFound", $"The company with id '{id:D}' does not exist or you do not have access to it.");

    /// <summary>An unknown URL segment.</summary>
    public static ApiException SegmentNotFound(string segment) =>
        new(404, "BadRequest_NotFound", $"Resource not found for the segment '{segment}'.");

    /// <summary>A method the resource does not allow.</summary>
    public static ApiException MethodNotAllowed(string method) =>
        new(405, "BadRequest_MethodNotAllowed", $"'{method}' requests for this resource are not supported.");

    /// <summary>A generic 400.</summary>
    public static ApiException Bad(string message) => new(400, BadRequest, message);

    /// <summary>Writes the error body.</summary>
    public static Task WriteAsync(HttpContext context, ApiException error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = error.Message.TrimEnd('.') + $". CorrelationId: {Guid.NewGuid():D}.";
        var body = new JsonObject { ["error"] = new JsonObject { ["code"] = error.Code, ["message"] = message } };
        return ODataHttp.WriteAsync(context, error.Status, body, cancellationToken);
    }
}
