using System.Text;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.Control;

/// <summary>Writes every request to the imitated APIs (not to <c>/_sandbox</c>) into the <see cref="RequestJournal"/>.</summary>
public sealed class JournalMiddleware(RequestDelegate next, RequestJournal journal, TimeProvider time)
{
    private const int MaxBodyChars = 256 * 1024;

    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var service = ServiceOf(context.Request.Path);
        if (service is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var arrived = time.GetUtcNow();
        context.Request.EnableBuffering();
        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
        {
            var buffer = new char[MaxBodyChars];
            var read = await reader.ReadBlockAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            body = new string(buffer, 0, read);
        }

        context.Request.Body.Position = 0;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            var pathAndQuery = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            journal.Add(new JournalEntry(arrived, service, context.Request.Method, pathAndQuery, body, context.Response.StatusCode));
        }
    }

    private static string? ServiceOf(PathString path) =>
        path.StartsWithSegments("/bc", StringComparison.OrdinalIgnoreCase) ? "bc"
        : path.StartsWithSegments("/dataverse", StringComparison.OrdinalIgnoreCase) ? "dataverse"
        : null;
}
