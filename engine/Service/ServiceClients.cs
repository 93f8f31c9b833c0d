using CouplingBot.Engine.Clients;

namespace CouplingBot.Engine.Service;

/// <summary>The two services the engine works between.</summary>
public sealed record ServiceClients(IRecordClient BusinessCentral, IRecordClient Sales);
