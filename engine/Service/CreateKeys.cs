using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CouplingBot.Engine.Service;

/// <summary>
/// The deterministic keys that make create-and-couple retry-safe: the same request always aims at the
/// same key, so a retry finds the record an earlier attempt made instead of making a second one.
/// </summary>
public static class CreateKeys
{
    /// <summary>The prefix of a Business Central number made for a Sales record (<see cref="BusinessCentralNumber"/>).</summary>
    public const string NumberPrefix = "CRM";

    /// <summary>Business Central's customer "No." is a Code[20].</summary>
    private const int NumberLength = 20;

    // The RFC 4122 namespace of CouplingBot's name-based keys (a fixed, random GUID).
    private static readonly Guid Namespace = new("6f1c2b8e-4d7a-4e39-9b0f-2a8c5d3e7f41");

    /// <summary>
    /// The Dataverse key of the Sales record created for a Business Central record: a name-based UUID
    /// (version 5, SHA-1, RFC 4122) of <c>mapping|businessCentralId</c>, the id in lower case.
    /// </summary>
    public static string SalesKey(string mapping, string businessCentralId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mapping);
        ArgumentException.ThrowIfNullOrWhiteSpace(businessCentralId);
        var name = Encoding.UTF8.GetBytes($"{mapping}|{businessCentralId.Trim().ToLowerInvariant()}");
        var input = new byte[16 + name.Length];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input, 16);
#pragma warning disable CA5350 // RFC 4122 version 5 is defined over SHA-1; this is an identifier, not security.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }

    /// <summary>
    /// The Business Central number of the customer created for a Sales record: <c>CRM</c> followed by the
    /// first 17 hexadecimal digits of the Sales id in upper case (20 characters, e.g.
    /// <c>CRMD7BB941F45A65FE9A</c>), 68 bits of the id, so two Sales records practically never share one.
    /// Business Central takes a number on create only when the customer number series allows manual
    /// numbers ("Manual Nos." on the series); otherwise the create is refused and nothing is made.
    /// </summary>
    public static string BusinessCentralNumber(string salesId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(salesId);
        var hex = Guid.TryParse(salesId, out var id)
            ? id.ToString("N")
            : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(salesId)));
        return NumberPrefix + hex[..(NumberLength - NumberPrefix.Length)].ToUpper(CultureInfo.InvariantCulture);
    }
}
