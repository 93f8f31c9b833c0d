using CouplingBot.Bot.Conversation;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Tests.Conversation;

public class CommandParserTests
{
    private static readonly RecordRef Customer10000 = new(RecordKind.Customer, "10000");

    [Theory]
    [InlineData("couple customer 10000")]
    [InlineData("Couple Customer 10000.")]
    [InlineData("  couple   customers 10000 ")]
    [InlineData("couple 10000")]
    [InlineData("couple custmer 10000")]
    [InlineData("couple the customer 10000!")]
    [InlineData("<at>CouplingBot</at> couple customer 10000")]
    [InlineData("<p><at>Coupling Bot</at>&nbsp;couple customer 10000</p>")]
    public void Parse_CoupleInManySpellings_IsTheSameCommand(string text) =>
        Assert.Equal(new CoupleCommand(Customer10000), CommandParser.Parse(text));

    [Theory]
    [InlineData("sync customer 10000", null)]
    [InlineData("synchronize customer 10000 to sales", SyncDirection.ToSales)]
    [InlineData("sync customer 10000 from sales", SyncDirection.FromSales)]
    [InlineData("synchronise 10000 to business central", SyncDirection.FromSales)]
    [InlineData("sync customer 10000 from business central", SyncDirection.ToSales)]
    [InlineData("sync customer 10000 both ways", SyncDirection.Automatic)]
    [InlineData("sync customer 10000 merge", SyncDirection.Automatic)]
    public void Parse_Sync_ReadsTheOptionalDirection(string text, SyncDirection? direction) =>
        Assert.Equal(new SyncCommand(Customer10000, direction), CommandParser.Parse(text));

    [Fact]
    public void Parse_NumbersAreUpperCased() =>
        Assert.Equal(new ShowCommand(new RecordRef(RecordKind.Customer, "C00010")), CommandParser.Parse("show customer c00010"));

    [Theory]
    [InlineData("couple contact CT000012")]
    [InlineData("couple contacts ct000012")]
    [InlineData("couple contatc CT000012")]
    public void Parse_Contacts_AreTheirOwnKind(string text) =>
        Assert.Equal(new CoupleCommand(new RecordRef(RecordKind.Contact, "CT000012")), CommandParser.Parse(text));

    [Theory]
    [InlineData("uncouple customer 10000")]
    [InlineData("decouple customer 10000")]
    public void Parse_Uncouple(string text) => Assert.Equal(new UncoupleCommand(Customer10000), CommandParser.Parse(text));

    [Fact]
    public void Parse_Retry() => Assert.Equal(new RetryCommand(Customer10000), CommandParser.Parse("retry customer 10000"));

    [Fact]
    public void Parse_Create() => Assert.Equal(new CreateCommand(new RecordRef(RecordKind.Contact, "CT000012")), CommandParser.Parse("create contact CT000012"));

    [Theory]
    [InlineData("undo sync customer 10000")]
    [InlineData("undo synchronization customer 10000")]
    [InlineData("Undo customer 10000")]
    [InlineData("undo sync 10000")]
    public void Parse_Undo(string text) => Assert.Equal(new UndoSyncCommand(Customer10000), CommandParser.Parse(text));

    [Theory]
    [InlineData("find customer cannon", RecordKind.Customer, "cannon")]
    [InlineData("find customers Cannon Group", RecordKind.Customer, "cannon group")]
    [InlineData("search contact smith", RecordKind.Contact, "smith")]
    [InlineData("show customer cannon", RecordKind.Customer, "cannon")]
    public void Parse_FindOrShowByName_IsAFind(string text, RecordKind kind, string name) =>
        Assert.Equal(new FindCommand(kind, name), CommandParser.Parse(text));

    [Fact]
    public void Parse_FindByNumber_IsAShow() =>
        Assert.Equal(new ShowCommand(Customer10000), CommandParser.Parse("find customer 10000"));

    [Fact]
    public void Parse_CoupleByName_NamesTheRecord() =>
        Assert.Equal(new CoupleCommand(new RecordRef(RecordKind.Customer, "cannon", IsName: true)), CommandParser.Parse("couple customer Cannon"));

    [Fact]
    public void Parse_SyncByNameWithDirection_KeepsBoth() =>
        Assert.Equal(new SyncCommand(new RecordRef(RecordKind.Customer, "cannon group", IsName: true), SyncDirection.FromSales), CommandParser.Parse("sync customer cannon group from sales"));

    [Theory]
    [InlineData("sync customers 10000 20000 30000", null)]
    [InlineData("sync customers 10000, 20000, 30000 to sales", SyncDirection.ToSales)]
    [InlineData("sync 10000 20000 30000 20000 from sales", SyncDirection.FromSales)]
    public void Parse_SyncSeveralNumbers_IsABulkSync(string text, SyncDirection? direction)
    {
        var command = Assert.IsType<SyncManyCommand>(CommandParser.Parse(text));

        Assert.Equal(["10000", "20000", "30000"], command.Numbers);
        Assert.Equal(direction, command.Direction);
        Assert.Equal(RecordKind.Customer, command.Kind);
    }

    [Theory]
    [InlineData("sync all customers", RecordKind.Customer, null)]
    [InlineData("sync all contacts to sales", RecordKind.Contact, SyncDirection.ToSales)]
    [InlineData("synchronize every customer from sales", RecordKind.Customer, SyncDirection.FromSales)]
    public void Parse_SyncAll(string text, RecordKind kind, SyncDirection? direction) =>
        Assert.Equal(new SyncAllCommand(kind, direction), CommandParser.Parse(text));

    [Theory]
    [InlineData("couple customers 10000 20000")]
    [InlineData("uncouple all customers")]
    public void Parse_BulkWithAVerbThatTakesOneRecord_ExplainsWhatWorks(string text) =>
        Assert.Contains("sync", Assert.IsType<InvalidCommand>(CommandParser.Parse(text)).Help, StringComparison.Ordinal);

    [Theory]
    [InlineData("match customers", RecordKind.Customer)]
    [InlineData("match", RecordKind.Customer)]
    [InlineData("Match contacts.", RecordKind.Contact)]
    public void Parse_Match(string text, RecordKind kind) => Assert.Equal(new MatchCommand(kind), CommandParser.Parse(text));

    [Theory]
    [InlineData("status", null)]
    [InlineData("jobs", null)]
    [InlineData("status 3f2a9c0d", "3f2a9c0d")]
    public void Parse_Status(string text, string? jobId) => Assert.Equal(new StatusCommand(jobId), CommandParser.Parse(text));

    [Theory]
    [InlineData("status all", null, true)]
    [InlineData("status all jobs", null, true)]
    [InlineData("status of my jobs", null, false)]
    [InlineData("jobs", null, false)]
    [InlineData("status job 3f2a9c0d", "3f2a9c0d", false)]
    public void Parse_StatusListOrOne(string text, string? jobId, bool all) => Assert.Equal(new StatusCommand(jobId, all), CommandParser.Parse(text));

    [Theory]
    [InlineData("errors", RecordKind.Customer)]
    [InlineData("failures contacts", RecordKind.Contact)]
    public void Parse_Errors(string text, RecordKind kind) => Assert.Equal(new ErrorsCommand(kind), CommandParser.Parse(text));

    [Fact]
    public void Parse_Skipped() => Assert.Equal(new SkippedCommand(RecordKind.Customer), CommandParser.Parse("skipped"));

    [Theory]
    [InlineData("couple", "couple", RecordKind.Customer)]
    [InlineData("couple customer", "couple", RecordKind.Customer)]
    [InlineData("sync contact to sales", "sync", RecordKind.Contact)]
    [InlineData("undo sync", "undo", RecordKind.Customer)]
    public void Parse_VerbWithoutNumber_AsksWhichRecord(string text, string verb, RecordKind kind) =>
        Assert.Equal(new MissingNumberCommand(verb, kind), CommandParser.Parse(text));

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
    [InlineData("statsu", "status")]
    [InlineData("errros", "errors")]
    public void Parse_OneTypoInTheVerb_SuggestsTheCommand(string text, string suggestion) =>
        Assert.Equal(suggestion, Assert.IsType<UnknownCommand>(CommandParser.Parse(text)).Suggestion);

    [Fact]
    public void Parse_Gibberish_IsUnknownWithoutSuggestion() =>
        Assert.Null(Assert.IsType<UnknownCommand>(CommandParser.Parse("what's the weather")).Suggestion);

    [Theory]
    [InlineData("show", RecordKind.Customer, "show customer 10000")]
    [InlineData("undo", RecordKind.Contact, "undo sync contact CT000012")]
    public void Example_NamesTheKindAndANumber(string verb, RecordKind kind, string expected) =>
        Assert.Equal(expected, CommandParser.Example(verb, kind));
}
