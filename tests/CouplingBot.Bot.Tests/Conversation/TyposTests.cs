using CouplingBot.Bot.Conversation;

namespace CouplingBot.Bot.Tests.Conversation;

public class TyposTests
{
    [Theory]
    [InlineData("couple", "couple", 0)]
    [InlineData("coupel", "couple", 1)]
    [InlineData("cuple", "couple", 1)]
    [InlineData("couplee", "couple", 1)]
    [InlineData("cupel", "couple", 2)]
    [InlineData("", "sync", 4)]
    public void Distance_CountsEditsAndNeighbourSwaps(string a, string b, int expected) =>
        Assert.Equal(expected, Typos.Distance(a, b));
}
