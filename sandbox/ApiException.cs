namespace CouplingBot.Sandbox;

/// <summary>
/// An error the imitated service answers with: HTTP status, service error code and message.
/// Each service's error boundary turns it into that service's error body.
/// </summary>
public sealed class ApiException : Exception
{
    /// <summary>Creates the error.</summary>
    public ApiException(int status, string code, string message)
        : base(message)
    {
        Status = status;
        Code = code;
    }

    /// <summary>Creates an error without details (for the standard constructors).</summary>
    public ApiException()
        : this(400, "BadRequest", "Bad request.")
    {
    }

    /// <summary>Creates a 400 error with a message.</summary>
    public ApiException(string message)
        : this(400, "BadRequest", message)
    {
    }

    /// <summary>Creates a 400 error with a message and an inner exception.</summary>
    public ApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = 400;
        Code = "BadRequest";
    }

    /// <summary>HTTP status code.</summary>
    public int Status { get; }

    /// <summary>Service error code, e.g. <c>Request_EntityChanged</c> or <c>0x80060882</c>.</summary>
    public string Code { get; }
}
