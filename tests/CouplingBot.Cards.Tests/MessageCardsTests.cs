namespace CouplingBot.Cards.Tests;

public class MessageCardsTests
{
    [Fact]
    public void Help_ListsEveryCommand()
    {
        var card = MessageCards.Help([("couple customer 10000", "Couple a customer"), ("help", "Show this list")]);

        Assert.Equal([("couple customer 10000", "Couple a customer"), ("help", "Show this list")], card.Facts().Select(f => (f.Title, f.Value)));
        Assert.Null(card.Actions);
    }

    [Fact]
    public void Problem_WithNextStep_SaysItAfterTheMessage()
    {
        var card = MessageCards.Problem("Customer 99999 was not found", "No such customer.", "Check the number.");

        Assert.Equal(["Customer 99999 was not found", "No such customer.", "What to do next", "Check the number."], card.Texts());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Problem_WithoutNextStep_StillSaysWhatToDo(string? nextStep)
    {
        var card = MessageCards.Problem("Sales did not answer", "It took too long.", nextStep);

        Assert.Contains(card.Texts(), t => t.StartsWith("Try again in a moment", StringComparison.Ordinal));
    }

    [Fact]
    public void Problem_EmptyTitle_Throws()
    {
        Assert.Throws<ArgumentException>(() => MessageCards.Problem(" ", "m", null));
    }
}
