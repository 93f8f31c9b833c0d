using Azure;
using CouplingBot.Cards;
using CouplingBot.Cards.Model;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;

namespace CouplingBot.Bot.Conversation;

/// <summary>
/// Says what went wrong when a turn fails, in words a person can act on: which service, what it
/// said, and what to do next. Never a stack trace.
/// </summary>
public static class ProblemCards
{
    /// <summary>The card for a failure.</summary>
    public static AdaptiveCard For(Exception exception, string reference)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var service = exception as ServiceRequestException ?? exception.InnerException as ServiceRequestException;
        if (service is not null)
        {
            var name = service.Side == Side.BusinessCentral ? "Business Central" : "Dynamics 365 Sales";
            return service switch
            {
                { IsUnreachable: true } => MessageCards.Problem(
                    $"{name} is not reachable", service.Message,
                    $"Check that {name} is up and CouplingBot's {(service.Side == Side.BusinessCentral ? "BusinessCentral" : "Dataverse")} settings point at it (locally, ./run.sh starts the sandbox), then try again."),
                ServiceUnauthorizedException => MessageCards.Problem(
                    $"{name} refused CouplingBot's sign-in", service.Message,
                    "Ask your administrator to check CouplingBot's app registration and its permissions in " + name + "."),
                ThrottledException throttled => MessageCards.Problem(
                    $"{name} is busy", service.Message,
                    $"Try again in {Math.Ceiling(throttled.RetryAfter?.TotalSeconds ?? 30)} seconds."),
                _ => MessageCards.Problem(
                    $"{name} refused the request", service.Message,
                    $"Try again; if it keeps happening, give your administrator this reference: {reference}."),
            };
        }

        if (exception is RequestFailedException || exception.InnerException is RequestFailedException)
        {
            return MessageCards.Problem(
                "Coupling storage is not reachable",
                "CouplingBot keeps couplings in Azure Table Storage, and it did not answer.",
                "Check the Storage settings (locally, ./run.sh starts Azurite), then try again.");
        }

        return MessageCards.Problem(
            "Something went wrong",
            $"CouplingBot hit an unexpected error (reference {reference}).",
            $"Try again; if it keeps happening, give your administrator the reference {reference}.");
    }
}
