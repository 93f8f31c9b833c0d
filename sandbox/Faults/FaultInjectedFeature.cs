namespace CouplingBot.Sandbox.Faults;

/// <summary>Set on a request a fault rule hit, so statistics can count injected faults.</summary>
/// <param name="RuleId">The rule applied.</param>
public sealed record FaultInjectedFeature(string RuleId);
