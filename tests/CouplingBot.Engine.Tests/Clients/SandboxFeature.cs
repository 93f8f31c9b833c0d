using System.Net;
using CouplingBot.Engine.Clients;

namespace CouplingBot.Engine.Tests.Clients;

/// <summary>
/// Runs a test of a feature the sandbox may not serve yet ($batch, subscriptions): when its route answers a
/// bare 404 (no record error code), the test is skipped with that reason instead of failing, so it starts
/// running by itself once the sandbox serves the route. Any other failure fails the test.
/// </summary>
public static class SandboxFeature
{
    public static async Task<T> RequireAsync<T>(string route, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ServiceRequestException missing) when (missing is { Status: HttpStatusCode.NotFound } and not RecordNotFoundException)
        {
            Assert.Skip($"The service does not serve {route} yet (404: {missing.Message}).");
            throw;
        }
    }
}
