using Azure.Identity;
using Azure.Storage.Queues;
using CouplingBot.Engine.Storage;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Jobs;

/// <summary>
/// The queue of job ids (Azure Storage Queues). The service version is pinned to one Azurite knows,
/// so the emulator needs no <c>--skipApiVersionCheck</c>. The client is made on first use, so a bad or
/// missing queue endpoint shows up as a logged worker error, not as a failed start.
/// </summary>
internal sealed class JobMessages(IOptions<StorageOptions> storage, IOptions<JobOptions> options)
{
    private QueueClient? _queue;
    private bool _queueExists;

    /// <summary>The queue's address, for log messages.</summary>
    public string Describe() => _queue?.Uri.GetLeftPart(UriPartial.Path) ?? options.Value.QueueName;

    public async Task SendAsync(string jobId, CancellationToken cancellationToken)
    {
        var queue = await QueueAsync(cancellationToken).ConfigureAwait(false);
        await queue.SendMessageAsync(jobId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes the next visible message for <paramref name="visibility"/>, or null when there is none.</summary>
    public async Task<MessageLease?> ReceiveAsync(TimeSpan visibility, CancellationToken cancellationToken)
    {
        var queue = await QueueAsync(cancellationToken).ConfigureAwait(false);
        var message = (await queue.ReceiveMessageAsync(visibility, cancellationToken).ConfigureAwait(false)).Value;
        return message is null ? null : new MessageLease(message.MessageId, message.PopReceipt, message.MessageText, (int)message.DequeueCount);
    }

    /// <summary>Keeps a taken message hidden for another <paramref name="visibility"/>; the lease gets the new pop receipt.</summary>
    public async Task RenewAsync(MessageLease lease, TimeSpan visibility, CancellationToken cancellationToken)
    {
        var queue = await QueueAsync(cancellationToken).ConfigureAwait(false);
        var receipt = await queue.UpdateMessageAsync(lease.MessageId, lease.PopReceipt, visibilityTimeout: visibility, cancellationToken: cancellationToken).ConfigureAwait(false);
        lease.PopReceipt = receipt.Value.PopReceipt;
    }

    public async Task DeleteAsync(MessageLease lease, CancellationToken cancellationToken)
    {
        var queue = await QueueAsync(cancellationToken).ConfigureAwait(false);
        await queue.DeleteMessageAsync(lease.MessageId, lease.PopReceipt, cancellationToken).ConfigureAwait(false);
    }

    private async Task<QueueClient> QueueAsync(CancellationToken cancellationToken)
    {
        QueueClient queue;
        try
        {
            queue = _queue ??= Create();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new JobQueueUnavailableException($"The job queue cannot be reached as configured: {ex.Message}", ex);
        }

        if (!_queueExists)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            _queueExists = true;
        }

        return queue;
    }

    private QueueClient Create()
    {
        var clientOptions = new QueueClientOptions(QueueClientOptions.ServiceVersion.V2026_06_06);
        clientOptions.Retry.MaxRetries = 2;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        var connectionString = storage.Value.ConnectionString;
        var name = options.Value.QueueName;
        if (!string.IsNullOrEmpty(connectionString))
        {
            return new QueueClient(connectionString, name, clientOptions);
        }

        var endpoint = options.Value.QueueServiceUri
            ?? throw new InvalidOperationException("Jobs need Storage:ConnectionString or Jobs:QueueServiceUri.");
        return new QueueClient(new Uri(endpoint, endpoint.AbsolutePath.TrimEnd('/') + "/" + name), new DefaultAzureCredential(), clientOptions);
    }
}

/// <summary>A taken queue message: who it is and the receipt that proves this worker holds it.</summary>
internal sealed class MessageLease(string messageId, string popReceipt, string text, int dequeueCount)
{
    public string MessageId { get; } = messageId;

    /// <summary>Changes with every renewal; delete and renew need the newest.</summary>
    public string PopReceipt { get; set; } = popReceipt;

    /// <summary>The job id.</summary>
    public string Text { get; } = text;

    /// <summary>How often the message was taken, this time included.</summary>
    public int DequeueCount { get; } = dequeueCount;
}

/// <summary>The job queue's client cannot be made from the configuration (e.g. no queue endpoint).</summary>
public sealed class JobQueueUnavailableException(string message, Exception innerException) : Exception(message, innerException);
