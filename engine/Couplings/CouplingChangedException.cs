namespace CouplingBot.Engine.Couplings;

/// <summary>A coupling was changed or removed by someone else between reading and writing it.</summary>
public sealed class CouplingChangedException(string message) : Exception(message);
