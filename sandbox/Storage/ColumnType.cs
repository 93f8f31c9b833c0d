namespace CouplingBot.Sandbox.Storage;

/// <summary>The primitive types a stored column can hold (each maps to one Edm primitive type).</summary>
public enum ColumnType
{
    /// <summary>Edm.String, held as <see cref="string"/>.</summary>
    String,
    /// <summary>Edm.Guid, held as <see cref="System.Guid"/>.</summary>
    Guid,
    /// <summary>Edm.Decimal, held as <see cref="decimal"/>.</summary>
    Decimal,
    /// <summary>Edm.Boolean, held as <see cref="bool"/>.</summary>
    Boolean,
    /// <summary>Edm.Int32, held as <see cref="int"/>.</summary>
    Int32,
    /// <summary>Edm.Int64, held as <see cref="long"/>.</summary>
    Int64,
    /// <summary>Edm.DateTimeOffset, held as <see cref="System.DateTimeOffset"/> in UTC.</summary>
    DateTimeOffset,
}
