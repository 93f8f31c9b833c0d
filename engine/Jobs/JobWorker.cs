using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Jobs;

/// <summary>
/// Takes job messages off the queue one at a time and runs them (<see cref="JobRunner"/>). Any number of
/// workers, in any number of processes, can share one queue: a taken message is invisible to the
/// others while its taker renews it. An unreachable queue is logged and retried; it never stops the host.
/// </summary>
public sealed class JobWorker : BackgroundService
{
    private readonly JobRunner _runner;
    private readonly JobMessages _messages;
    private readonly IOptions<JobOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<JobWorker> _logger;

    internal JobWorker(JobRunner runner, JobMessages messages, IOptions<JobOptions> options, TimeProvider clock, ILogger<JobWorker> logger)
    {
        _runner = runner;
        _messages = messages;
        _options = options;
        _clock = clock;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = _options.Value;
        if (!options.RunWorker)
        {
            JobLog.WorkerDisabled(_logger);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var delay = TimeSpan.Zero;
            try
            {
                var lease = await _messages.ReceiveAsync(options.VisibilityTimeout, stoppingToken).ConfigureAwait(false);
                if (lease is null)
                {
                    delay = options.PollInterval;
                }
                else
                {
                    await _runner.RunAsync(lease, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (IsUnreachable(ex))
            {
                delay = options.UnreachableRetryDelay;
                JobLog.QueueUnreachable(_logger, _messages.Describe(), ex.GetBaseException().Message, delay);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                delay = options.PollInterval;
                JobLog.WorkerFailed(_logger, ex, delay);
            }

            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    // No answer at all (refused, DNS, timeout) or a client that cannot be made (no queue endpoint configured).
    private static bool IsUnreachable(Exception ex) =>
        ex is JobQueueUnavailableException or RequestFailedException { Status: 0 } or AggregateException or HttpRequestException
        || ex.InnerException is HttpRequestException or System.Net.Sockets.SocketException;
}
