using System.Security.Cryptography;
using System.Text;

namespace CouplingBot.Sandbox.Storage;

/// <summary>Deterministic GUIDs derived from a name (SHA-256, version 5-style bits), so seeded ids never change.</summary>
public static class StableGuid
{
    /// <summary>The GUID for <paramref name="name"/>; the same name always gives the same GUID.</summary>
    public static Guid From(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
