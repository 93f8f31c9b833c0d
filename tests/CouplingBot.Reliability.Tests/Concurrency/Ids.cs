namespace CouplingBot.Reliability.Tests.Concurrency;

/// <summary>Record ids for the records these tests load, stable per kind and index and apart from the seed's.</summary>
internal static class Ids
{
    /// <summary>The kind byte of Business Central customers.</summary>
    public const byte Customer = 0xC7;

    /// <summary>The kind byte of Sales accounts.</summary>
    public const byte Account = 0xA7;

    /// <summary>The id of the record of <paramref name="kind"/> with <paramref name="index"/>.</summary>
    public static Guid Of(byte kind, int index) => new(index, 0x7e57, 0x4000, kind, 0, 0, 0, 0, 0, 0, 7);
}
