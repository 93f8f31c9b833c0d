using System.Net;

namespace CouplingBot.Reliability.Tests.BadInput;

/// <summary>A large body of spaces, written in 64 KB chunks, that counts how much of it the client really sent.</summary>
internal sealed class CountingContent(long length, bool declareLength = true) : HttpContent
{
    private long _sent;

    /// <summary>The body's size.</summary>
    public long Length => length;

    /// <summary>Bytes handed to the connection so far.</summary>
    public long Sent => Interlocked.Read(ref _sent);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)' ');
        for (long left = length; left > 0; left -= chunk.Length)
        {
            var size = (int)Math.Min(chunk.Length, left);
            await stream.WriteAsync(chunk.AsMemory(0, size));
            Interlocked.Add(ref _sent, size);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = Length;
        return declareLength;
    }
}
