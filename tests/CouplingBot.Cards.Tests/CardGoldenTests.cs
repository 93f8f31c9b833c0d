using CouplingBot.Cards.Model;

namespace CouplingBot.Cards.Tests;

public class CardGoldenTests
{
    public static TheoryData<string> Names => SampleCards.Names;

    [Theory]
    [MemberData(nameof(Names))]
    public void Factory_SampleData_MatchesGoldenFile(string name)
    {
        var json = AdaptiveCardJson.ToJsonElement(SampleCards.Get(name));

        GoldenFile.AssertMatches(name, json);
    }

    [Fact]
    public void GoldenFolder_HasNoStaleFiles()
    {
        var folder = Path.GetDirectoryName(GoldenFile.PathOf("x"))!;
        var expected = SampleCards.All.Select(c => c.Name + ".json").Order(StringComparer.Ordinal);

        var actual = Directory.GetFiles(folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
    }
}
