using System.Globalization;
using System.Runtime.InteropServices;
using CouplingBot.Benchmarks.Commands;
using CouplingBot.Benchmarks.Harness;
using CouplingBot.Benchmarks.Report;
using CouplingBot.Testing;

// dotnet run -c Release --project tests/CouplingBot.Benchmarks -- [--sizes 1000,10000,100000] [--quick]
// Sub-commands (run by the benchmark itself in child processes): initial|incremental <engine settings>, latency --turns N.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

// SIGTERM (a CI timeout, `kill`) stops the same way as Ctrl+C: child processes and servers are shut down.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

switch (args.FirstOrDefault())
{
    case "initial" or "incremental":
        var kind = args[0] == "initial" ? SyncKind.Initial : SyncKind.Incremental;
        Console.WriteLine((await SyncCommand.RunAsync(kind, args[1..], stop.Token)).ToLine());
        return 0;
    case "latency":
        var turns = Option("--turns", 1000);
        Console.WriteLine((await LatencyCommand.RunAsync(turns, Option("--warm-up", 50), stop.Token)).ToLine());
        return 0;
}

var options = BenchmarkOptions.Parse(args, RepoPaths.Combine("docs", "performance.md"));
try
{
    await RunAllAsync();
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    // Ctrl+C or SIGTERM: the stack and the child processes were shut down on the way out.
    Console.Error.WriteLine("Stopped before the end; nothing was written.");
    return 130;
}

return 0;

async Task RunAllAsync()
{
    var startedAt = DateTimeOffset.UtcNow;
    await using var stack = await BenchmarkStack.StartAsync(options.BatchedLimitsWindow, stop.Token);
    var rows = await new BenchmarkRunner(stack, new ChildProcessSyncLauncher(), options, Console.WriteLine).RunAsync(stop.Token);
    Console.WriteLine();
    Console.WriteLine(ResultTable.ToText(rows));
    if (options.OutputPath is { } output)
    {
        var commandLine = "dotnet run -c Release --project tests/CouplingBot.Benchmarks --" + (args.Length > 0 ? " " + string.Join(' ', args) : "");
        await File.WriteAllTextAsync(output, PerformanceDoc.Render(rows, options, Machine.Current(), startedAt, commandLine), stop.Token);
        Console.WriteLine($"Written to {output}");
    }
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
