using System.Globalization;
using CouplingBot.Benchmarks.Report;

namespace CouplingBot.Benchmarks.Harness;

/// <summary>
/// The services' protection limits scaled down to a short window with the same rate: both services allow 6000 requests
/// per 300 s; over <see cref="Window"/> that is <see cref="Requests"/> (and Dataverse's 1,200 s of execution time per
/// 300 s becomes <see cref="ExecutionTime"/>). Concurrency limits are the real ones.
/// </summary>
/// <remarks>
/// CouplingBot's strategy sends a handful of requests for 1,000 records, far below that budget: at the real rate its
/// run is bound by the machine, and the scenario would say nothing about how it paces itself. Its sandbox therefore
/// gives Dataverse (the service both strategies need most requests of) only <see cref="BatchedDataverseRequests"/>
/// request per <see cref="BatchedWindow"/>, so that its few requests bind too; Business Central keeps the real rate
/// over that window. The window is long enough that the machine's part of the run (start, the last <c>$batch</c>'s
/// work, storing the couplings: a few seconds) is small beside the time the limits impose. Each strategy runs against
/// its own sandbox enforcing its budgets, and the engine is told the same budgets (it paces itself to them).
/// </remarks>
internal static class ScaledLimits
{
    /// <summary>The real window of both services.</summary>
    public static readonly TimeSpan RealWindow = TimeSpan.FromMinutes(5);

    /// <summary>Requests per <see cref="RealWindow"/> (Dataverse per user, Business Central per environment user).</summary>
    public const int RealRequests = 6000;

    /// <summary>Dataverse's budget per <see cref="Window"/> for CouplingBot's (Batched) strategy.</summary>
    public const int BatchedDataverseRequests = 1;

    /// <summary>The window of CouplingBot's (Batched) budgets.</summary>
    public static readonly TimeSpan BatchedWindow = TimeSpan.FromSeconds(30);

    /// <summary>The window the benchmark enforces (for the anchor's strategy; see <see cref="BatchedWindow"/>).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    /// <summary>Requests allowed per <see cref="Window"/>: 6000 x 10 / 300 = 200.</summary>
    public static int Requests => (int)(RealRequests * Window.Ticks / RealWindow.Ticks);

    /// <summary>Dataverse's execution-time budget per <see cref="Window"/>: 20 min x 10 / 300 = 40 s.</summary>
    public static TimeSpan ExecutionTime => ExecutionTimeOver(Window);

    /// <summary>Dataverse's execution-time budget (20 min per 5 min) scaled to <paramref name="window"/>.</summary>
    public static TimeSpan ExecutionTimeOver(TimeSpan window) => TimeSpan.FromTicks(TimeSpan.FromMinutes(20).Ticks * window.Ticks / RealWindow.Ticks);

    /// <summary>Requests per second either service allows at the real rate: 20.</summary>
    public static double RequestsPerSecond => Requests / Window.TotalSeconds;

    /// <summary>
    /// The request budgets a strategy's sandbox enforces: the anchor's (PerRecord) the scaled real ones, 200 per 10 s for
    /// each service; CouplingBot's (Batched) 600 per 30 s for Business Central and 1 per 30 s for Dataverse (at the
    /// default <paramref name="batchedWindow"/>).
    /// </summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="batchedWindow">The window of the Batched budgets: <see cref="BatchedWindow"/>, shorter for a smoke run.</param>
    public static ServiceBudgets For(string strategy, TimeSpan batchedWindow) => strategy == Strategy.Batched
        ? new((int)(RealRequests * batchedWindow.Ticks / RealWindow.Ticks), BatchedDataverseRequests, batchedWindow)
        : new(Requests, Requests, Window);

    /// <summary>The sandbox settings that enforce <paramref name="budgets"/>.</summary>
    public static IReadOnlyList<string> SandboxArguments(ServiceBudgets budgets)
    {
        ArgumentNullException.ThrowIfNull(budgets);
        var window = budgets.Window.ToString("c", CultureInfo.InvariantCulture);
        return
        [
            $"--Sandbox:Limits:Dataverse:Window={window}",
            $"--Sandbox:Limits:Dataverse:Requests={budgets.Dataverse.ToString(CultureInfo.InvariantCulture)}",
            $"--Sandbox:Limits:Dataverse:ExecutionTime={ExecutionTimeOver(budgets.Window).ToString("c", CultureInfo.InvariantCulture)}",
            $"--Sandbox:Limits:BusinessCentral:Window={window}",
            $"--Sandbox:Limits:BusinessCentral:Requests={budgets.BusinessCentral.ToString(CultureInfo.InvariantCulture)}",
        ];
    }

    /// <summary>
    /// The engine settings that pace it to <paramref name="budgets"/>; null: pacing off (the sandbox enforces nothing,
    /// and the scenarios without limits measure requests and speed, not waiting).
    /// </summary>
    public static IReadOnlyList<string> EngineArguments(ServiceBudgets? budgets)
    {
        var window = (budgets?.Window ?? Window).ToString("c", CultureInfo.InvariantCulture);
        return
        [
            $"--BusinessCentral:RequestsPerWindow={(budgets?.BusinessCentral ?? 0).ToString(CultureInfo.InvariantCulture)}",
            $"--BusinessCentral:RequestWindow={window}",
            $"--Dataverse:RequestsPerWindow={(budgets?.Dataverse ?? 0).ToString(CultureInfo.InvariantCulture)}",
            $"--Dataverse:RequestWindow={window}",
        ];
    }
}

/// <summary>Requests each service allows per <paramref name="Window"/> (a sliding window, as both services count).</summary>
internal sealed record ServiceBudgets(int BusinessCentral, int Dataverse, TimeSpan Window);
