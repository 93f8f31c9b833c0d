namespace CouplingBot.Engine.Records;

/// <summary>
/// The JSON type a column is written as. Values travel through the engine as text (see
/// <see cref="EntityRecord"/>); the clients turn them back into the column's type on the wire, because
/// both services refuse <c>"5000"</c> for a money or option column.
/// </summary>
public enum ColumnKind
{
    /// <summary>A JSON string (the default).</summary>
    Text,

    /// <summary>A JSON number: money, decimal, whole number, option set value.</summary>
    Number,

    /// <summary>A JSON boolean.</summary>
    Boolean,

    /// <summary>A GUID written as a JSON string; Business Central's "none" is the empty GUID.</summary>
    Guid,
}
