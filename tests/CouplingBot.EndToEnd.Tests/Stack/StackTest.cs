using System.Net.Http.Json;
using System.Text.Json;

namespace CouplingBot.EndToEnd.Tests.Stack;

/// <summary>
/// A test class on one shared stack (<see cref="StackFixture"/>): each test starts from the seed and talks to the bot
/// as the person in a personal chat does.
/// </summary>
public abstract class StackTest(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    /// <summary>The stack and the fake connector.</summary>
    protected StackFixture Fixture => fixture;

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => await fixture.ResetAsync();

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Sends a message to the bot; its replies reach the fake connector.</summary>
    protected Task SendAsync(string text) =>
        fixture.Stack.Bot.PostAsJsonAsync("api/messages", Activities.Message(fixture.Connector.ServiceUrl, text), TestContext.Current.CancellationToken);

    /// <summary>Taps a card button (Action.Execute with the verb and data); the card that replaces the tapped one.</summary>
    protected async Task<JsonElement> InvokeAsync(string verb, object data)
    {
        var response = await fixture.Stack.Bot.InvokeAsync(Activities.CardAction(fixture.Connector.ServiceUrl, verb, data));
        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        return response.GetProperty("value");
    }
}
