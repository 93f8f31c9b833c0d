using CouplingBot.Cards.Actions;

namespace CouplingBot.Cards.Tests.Actions;

public class SyncDirectionChoicesTests
{
    [Theory]
    [InlineData(SyncDirectionChoice.ToSales, "toSales", "Business Central -> Sales")]
    [InlineData(SyncDirectionChoice.FromSales, "fromSales", "Sales -> Business Central")]
    public void ToValueAndLabel_EachDirection_AreTheWireValueAndText(SyncDirectionChoice direction, string value, string label)
    {
        Assert.Equal(value, SyncDirectionChoices.ToValue(direction));
        Assert.Equal(label, SyncDirectionChoices.Label(direction));
        Assert.True(SyncDirectionChoices.TryParse(value, out var parsed));
        Assert.Equal(direction, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("both")]
    [InlineData("0")]
    public void TryParse_UnknownValue_ReturnsFalse(string? value)
    {
        Assert.False(SyncDirectionChoices.TryParse(value, out _));
    }
}
