namespace CouplingBot.Engine.Records;

/// <summary>The two systems CouplingBot keeps in step.</summary>
public enum Side
{
    /// <summary>Business Central (API v2.0).</summary>
    BusinessCentral,

    /// <summary>Dynamics 365 Sales (Dataverse Web API).</summary>
    Sales,
}
