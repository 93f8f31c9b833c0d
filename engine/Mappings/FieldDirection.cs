namespace CouplingBot.Engine.Mappings;

/// <summary>Which way a mapped field may flow.</summary>
public enum FieldDirection
{
    /// <summary>Both ways: the side being synchronized from wins.</summary>
    Bidirectional,

    /// <summary>Only from Business Central to Sales.</summary>
    ToSales,

    /// <summary>Only from Sales to Business Central.</summary>
    FromSales,
}
