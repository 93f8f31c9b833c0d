using System.Net;
using System.Net.Sockets;

namespace CouplingBot.Testing.Processes;

/// <summary>Waits for a started server to accept connections.</summary>
public static class Readiness
{
    /// <summary>
    /// Polls until a TCP connection to 127.0.0.1:<paramref name="port"/> succeeds. Fails with the
    /// process's output when it exits first or does not listen within <paramref name="timeout"/>.
    /// </summary>
    public static async Task WaitForPortAsync(ChildProcess process, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(process);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (!await CanConnectAsync(port, deadline.Token).ConfigureAwait(false))
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The process exited before listening on port {port}: {process.Describe()}");
                }

                await Task.Delay(100, deadline.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Nothing listened on port {port} within {timeout.TotalSeconds:0} s: {process.Describe()}");
        }
    }

    private static async Task<bool> CanConnectAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
