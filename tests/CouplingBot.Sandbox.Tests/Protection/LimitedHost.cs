using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Sandbox.Tests.Protection;

/// <summary>Starts sandboxes with small limits (settings under <c>Sandbox:</c>) and, optionally, a manual clock.</summary>
public static class LimitedHost
{
    /// <summary>Starts a sandbox with <paramref name="settings"/> like <c>Limits:Dataverse:Requests=5</c>.</summary>
    public static Task<SandboxHost> StartAsync(ManualClock? clock, params string[] settings) =>
        SandboxHost.StartAsync(
            [.. settings.Select(s => "--Sandbox:" + s)],
            clock is null ? null : b => b.Services.AddSingleton<TimeProvider>(clock));

    /// <summary>Authorization header of a caller.</summary>
    public static (string, string) As(string token) => ("Authorization", "Bearer " + token);

    /// <summary>The Retry-After header in seconds.</summary>
    public static int RetryAfter(HttpResponseMessage response) =>
        (int)response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;

    /// <summary>Sends <paramref name="count"/> GETs one after another and returns their statuses.</summary>
    public static async Task<int[]> GetManyAsync(SandboxHost host, string url, int count, params (string, string)[] headers)
    {
        var statuses = new int[count];
        for (var i = 0; i < count; i++)
        {
            using var response = await host.SendAsync(HttpMethod.Get, url, null, headers);
            statuses[i] = (int)response.StatusCode;
        }

        return statuses;
    }
}
