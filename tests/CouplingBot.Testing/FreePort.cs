using System.Net;
using System.Net.Sockets;

namespace CouplingBot.Testing;

/// <summary>Free loopback TCP ports, so parallel test runs never collide.</summary>
public static class FreePort
{
    /// <summary>Asks the OS for a port that is free right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
