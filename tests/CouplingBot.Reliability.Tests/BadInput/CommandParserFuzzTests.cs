using CouplingBot.Bot.Conversation;
using CouplingBot.Reliability.Tests.Suite;
using CsCheck;

namespace CouplingBot.Reliability.Tests.BadInput;

/// <summary>
/// The command parser is a total function: 10,000 random and mutated chat texts never make it throw, and each maps
/// to a command, help or "not understood". Metamorphic properties: what surrounds a valid command (case, white
/// space, a mention, end punctuation) never changes its meaning, and a typo in its verb never turns it into another
/// command.
/// </summary>
public sealed class CommandParserFuzzTests
{
    private const string Area = "Bad input";
    private const int Commands = 10_000;
    private const int Pairs = 2_000;

    private static readonly HashSet<Type> Intents =
    [
        typeof(ShowCommand), typeof(FindCommand), typeof(CoupleCommand), typeof(CreateCommand), typeof(SyncCommand), typeof(SyncManyCommand),
        typeof(SyncAllCommand), typeof(UncoupleCommand), typeof(RetryCommand), typeof(UndoSyncCommand), typeof(MatchCommand), typeof(StatusCommand),
        typeof(ErrorsCommand), typeof(SkippedCommand), typeof(HelpCommand), typeof(MissingNumberCommand), typeof(InvalidCommand), typeof(UnknownCommand),
    ];

    [Fact]
    public async Task Parse_RandomAndMutatedCommands_NeverThrows_AndAlwaysMapsToACommand()
    {
        var tried = 0;
        var exceptions = 0;
        try
        {
            CommandTexts.Any.Sample(text =>
            {
                Interlocked.Increment(ref tried);
                Command command;
                try
                {
                    command = CommandParser.Parse(text);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref exceptions);
                    throw;
                }

                AssertWellFormed(command);
            }, iter: Commands, threads: 1);
        }
        finally
        {
            await ReliabilityFigures.RecordAsync(Area, "chat commands parsed (random and mutated)", tried);
            await ReliabilityFigures.RecordAsync(Area, "exceptions from the command parser", exceptions);
        }

        Assert.Equal((Commands, 0), (tried, exceptions));
    }

    [Fact]
    public void Parse_NullEmptyOrBlank_IsHelp()
    {
        foreach (var text in new[] { null, "", " ", "\t\r\n", "<at>CouplingBot</at>", "<at>CouplingBot</at> ?!" })
        {
            Assert.IsType<HelpCommand>(CommandParser.Parse(text));
        }
    }

    [Fact]
    public void Parse_ValidCommand_MeansItsIntent_WhateverSurroundsIt()
    {
        CommandTexts.Valid.SelectMany(v => CommandTexts.Harmless(v.Text).Select(h => (v, h))).Sample((valid, surrounded) =>
        {
            var plain = CommandParser.Parse(valid.Text);
            Assert.IsType(valid.Intent, plain);
            Assert.Equal(Describe(plain), Describe(CommandParser.Parse(surrounded)));
        }, iter: Pairs);
    }

    [Fact]
    public void Parse_TypoInTheVerb_NeverMeansAnotherCommand()
    {
        CommandTexts.Valid.SelectMany(v => CommandTexts.VerbTypo(v.Text).Select(t => (v, t))).Sample((valid, typo) =>
        {
            var meant = CommandParser.Parse(valid.Text);
            var read = CommandParser.Parse(typo);

            // Read as meant (a synonym, or a letter the cleaning drops), or not understood; never another command.
            Assert.True(read is UnknownCommand || Describe(read) == Describe(meant) || read is HelpCommand && meant is HelpCommand,
                $"\"{typo}\" (a typo of \"{valid.Text}\") was read as {Describe(read)}");
        }, iter: Pairs);
    }

    [Fact]
    public void Parse_Suggestion_IsAlwaysACommandTheBotUnderstands()
    {
        CommandTexts.Any.Sample(text =>
        {
            if (CommandParser.Parse(text) is UnknownCommand { Suggestion: { } suggestion })
            {
                Assert.IsNotType<UnknownCommand>(CommandParser.Parse(suggestion));
            }
        }, iter: Pairs);
    }

    private static void AssertWellFormed(Command command)
    {
        Assert.NotNull(command);
        Assert.Contains(command.GetType(), Intents);
        var record = command switch
        {
            ShowCommand c => c.Record,
            CoupleCommand c => c.Record,
            CreateCommand c => c.Record,
            SyncCommand c => c.Record,
            UncoupleCommand c => c.Record,
            RetryCommand c => c.Record,
            UndoSyncCommand c => c.Record,
            _ => null,
        };
        if (record is not null)
        {
            Assert.False(string.IsNullOrWhiteSpace(record.Key), $"{command} names no record");
        }
    }

    // A comparable rendering: records compare by value, but a list inside one compares by reference.
    private static string Describe(Command command) => command switch
    {
        SyncManyCommand many => $"{nameof(SyncManyCommand)} {many.Kind} {string.Join(',', many.Numbers)} {many.Direction}",
        _ => command.ToString(),
    };
}
