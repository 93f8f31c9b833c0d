using CouplingBot.Bot.Conversation;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Tests.Conversation;

public class CommandParserTests
{
    [Theory]
    [InlineData("couple customer 10000")]
    [InlineData("Couple Customer 10000.")]
    [InlineData("  couple   customers 10000 ")]
    [InlineData("couple 10000")]
    [InlineData("<at>CouplingBot</at> couple customer 10000")]
    [InlineData("<p><at>Coupling Bot</at>&nbsp;couple customer 10000</p>")]
    public void Parse_CoupleInManySpellings_IsTheSameCommand(string text) =>
        Assert.Equal(new CoupleCommand("10000"), CommandParser.Parse(text));

    [Theory]
    [InlineData("sync customer 10000", null)]
    [InlineData("synchronize customer 10000 to sales", SyncDirection.ToSales)]
    [InlineData("sync customer 10000 from sales", SyncDirection.FromSales)]
    [InlineData("synchronise 10000 to business central", SyncDirection.FromSales)]
    public void Parse_Sync_ReadsTheOptionalDirection(string text, SyncDirection? direction) =>
        Assert.Equal(new SyncCommand("10000", direction), CommandParser.Parse(text));

    [Fact]
    public void Parse_NumbersAreUpperCased() =>
        Assert.Equal(new ShowCommand("C00010"), CommandParser.Parse("show customer c00010"));

    [Theory]
    [InlineData("uncouple customer 10000")]
    [InlineData("decouple customer 10000")]
    public void Parse_Uncouple(string text) => Assert.Equal(new UncoupleCommand("10000"), CommandParser.Parse(text));

    [Fact]
    public void Parse_Retry() => Assert.Equal(new RetryCommand("10000"), CommandParser.Parse("retry customer 10000"));

    [Theory]
    [InlineData("couple", "couple")]
    [InlineData("couple customer", "couple")]
    [InlineData("sync customer to sales", "sync")]
    public void Parse_VerbWithoutNumber_AsksWhichRecord(string text, string verb) =>
        Assert.Equal(new MissingNumberCommand(verb), CommandParser.Parse(text));

    [Theory]
    [InlineData("help")]
    [InlineData("?")]
    [InlineData("")]
    [InlineData("<at>CouplingBot</at>")]
    public void Parse_HelpOrNothing_IsHelp(string text) => Assert.IsType<HelpCommand>(CommandParser.Parse(text));

    [Theory]
    [InlineData("coupel customer 10000", "couple customer 10000")]
    [InlineData("snyc customer 10000", "sync customer 10000")]
    [InlineData("synchronzie 10000", "synchronize 10000")]
    public void Parse_OneTypoInTheVerb_SuggestsTheCommand(string text, string suggestion) =>
        Assert.Equal(suggestion, Assert.IsType<UnknownCommand>(CommandParser.Parse(text)).Suggestion);

    [Fact]
    public void Parse_Gibberish_IsUnknownWithoutSuggestion() =>
        Assert.Null(Assert.IsType<UnknownCommand>(CommandParser.Parse("what's the weather")).Suggestion);

    [Fact]
    public void Parse_Contacts_AreNotSupportedYet() =>
        Assert.Equal(new UnsupportedRecordCommand("couple", "contact"), CommandParser.Parse("couple contact CT000012"));
}
