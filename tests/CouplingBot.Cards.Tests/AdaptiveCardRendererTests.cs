using System.Text.Json;
using CouplingBot.Cards.Model;
using CouplingBot.Testing.AdaptiveCards;

namespace CouplingBot.Cards.Tests;

public class AdaptiveCardRendererTests
{
    [Fact]
    public async Task CheckAsync_EveryFactoryCard_HasNoErrors()
    {
        var cards = SampleCards.All.Select(c => AdaptiveCardJson.ToJsonElement(c.Card)).ToList();

        var results = await AdaptiveCardRenderer.CheckAsync(cards, TestContext.Current.CancellationToken);

        Assert.Equal(cards.Count, results.Count);
        Assert.All(results, r => Assert.True(r.IsValid, $"{SampleCards.All[r.Index].Name}: {r}"));
        Assert.All(results, r => Assert.True(r.Warnings.Count == 0, $"{SampleCards.All[r.Index].Name}: {r}"));
    }

    [Fact]
    public void Factories_EveryCard_IsVersion15SmallAndWithinActionLimit()
    {
        Assert.All(SampleCards.All, c =>
        {
            var json = AdaptiveCardJson.ToJson(c.Card);
            Assert.Equal("1.5", c.Card.Version);
            Assert.True(json.Length < 40 * 1024, $"{c.Name} is {json.Length} characters");
            Assert.True((c.Card.Actions?.Count ?? 0) <= 6, $"{c.Name} has too many actions");
        });
    }

    [Fact]
    public async Task CheckAsync_BrokenCards_ReportEachProblem()
    {
        const string unknownElement = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Banner","text":"hi"}]}""";
        const string inputWithoutId = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","label":"Name"}]}""";
        const string noVersionNoText = """{"type":"AdaptiveCard","body":[{"type":"TextBlock"},{"type":"Image"}]}""";
        const string tooNew = """{"type":"AdaptiveCard","version":"1.6","body":[{"type":"TextBlock","text":"hi"}]}""";
        var sevenActions = AdaptiveCardJson.ToJson(new AdaptiveCard([new TextBlock("hi")])
        {
            Actions = [.. Enumerable.Range(1, 7).Select(i => new ActionExecute($"Action {i}", "verb"))],
        });
        var tooBig = AdaptiveCardJson.ToJson(new AdaptiveCard([new TextBlock(new string('x', 41 * 1024))]));
        string[] broken = [unknownElement, sevenActions, inputWithoutId, noVersionNoText, tooNew, tooBig];

        var results = await AdaptiveCardRenderer.CheckAsync(
            broken.Select(j => JsonDocument.Parse(j).RootElement),
            TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.False(r.IsValid, $"card {r.Index} passed but is broken"));
        Assert.Contains(results[0].Errors, e => e.Contains("UnknownElementType", StringComparison.Ordinal));
        Assert.Contains(results[1].Errors, e => e.Contains("TooManyActions", StringComparison.Ordinal));
        Assert.Contains(results[1].Errors, e => e.Contains("7 actions", StringComparison.Ordinal));
        Assert.Contains(results[2].Errors, e => e.Contains("unique Id", StringComparison.Ordinal));
        Assert.Contains(results[3].Errors, e => e.Contains("no 'version'", StringComparison.Ordinal));
        Assert.Contains(results[3].Errors, e => e.Contains("TextBlock without text", StringComparison.Ordinal));
        Assert.Contains(results[3].Errors, e => e.Contains("Image without url", StringComparison.Ordinal));
        Assert.Contains(results[4].Errors, e => e.Contains("1.5 and below", StringComparison.Ordinal));
        Assert.Contains(results[5].Errors, e => e.Contains("bytes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckAsync_NestedShowCard_IsCheckedToo()
    {
        var card = new AdaptiveCard([new TextBlock("Outer")])
        {
            Actions = [new ActionShowCard("More", new AdaptiveCard([new TextBlock("") { Id = "inner" }]))],
        };

        var results = await AdaptiveCardRenderer.CheckAsync([AdaptiveCardJson.ToJsonElement(card)], TestContext.Current.CancellationToken);

        Assert.Contains(results[0].Errors, e => e.Contains("TextBlock without text", StringComparison.Ordinal));
    }
}
