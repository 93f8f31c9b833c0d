using System.Globalization;

namespace CouplingBot.Benchmarks.Harness;

/// <summary>
/// The services' protection limits scaled down to a short window with the same rate: both services allow 6000 requests
/// per 300 s; over <see cref="Window"/> that is <see cref="Requests"/> (and Dataverse's 1,200 s of execution time per
/// 300 s becomes <see cref="ExecutionTime"/>). Concurrency limits are the real ones.
/// </summary>
internal static class ScaledLimits
{
    /// <summary>The real window of both services.</summary>
    public static readonly TimeSpan RealWindow = TimeSpan.FromMinutes(5);

    /// <summary>Requests per <see cref="RealWindow"/> (Dataverse per user, Business Central per environment user).</summary>
    public const int RealRequests = 6000;

    /// <summary>The window the benchmark enforces.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    /// <summary>Requests allowed per <see cref="Window"/>: 6000 x 10 / 300 = 200.</summary>
    public static int Requests => (int)(RealRequests * Window.Ticks / RealWindow.Ticks);

    /// <summary>Dataverse's execution-time budget per <see cref="Window"/>: 20 min x 10 / 300 = 40 s.</summary>
    public static TimeSpan ExecutionTime => TimeSpan.FromTicks(TimeSpan.FromMinutes(20).Ticks * Window.Ticks / RealWindow.Ticks);

    /// <summary>Requests per second either service allows: 20.</summary>
    public static double RequestsPerSecond => Requests / Window.TotalSeconds;

    /// <summary>The sandbox settings that enforce them.</summary>
    public static IReadOnlyList<string> SandboxArguments
    {
        get
        {
            var window = Window.ToString("c", CultureInfo.InvariantCulture);
            var requests = Requests.ToString(CultureInfo.InvariantCulture);
            return
            [
                $"--Sandbox:Limits:Dataverse:Window={window}",
                $"--Sandbox:Limits:Dataverse:Requests={requests}",
                $"--Sandbox:Limits:Dataverse:ExecutionTime={ExecutionTime.ToString("c", CultureInfo.InvariantCulture)}",
                $"--Sandbox:Limits:BusinessCentral:Window={window}",
                $"--Sandbox:Limits:BusinessCentral:Requests={requests}",
            ];
        }
    }
}
