using CouplingBot.Bot.Proactive;
using CouplingBot.Bot.Protocol;

namespace CouplingBot.Bot.Tests.Proactive;

public sealed class JobConversationReferenceTests
{
    private static readonly Activity Message = new()
    {
        Type = ActivityTypes.Message,
        Id = "m-1",
        ReplyToId = "earlier",
        Conversation = new ConversationAccount("19:abc@thread.v2;messageid=1|x\"y"),
    };

    [Fact]
    public void For_Message_NamesTheConversation_AndNoCard()
    {
        Assert.True(JobConversationReference.TryParse(JobConversationReference.For(Message), out var reference));

        Assert.Equal(new JobConversationReference("19:abc@thread.v2;messageid=1|x\"y"), reference);
    }

    [Fact]
    public void For_CardActionInvoke_NamesTheTappedCard()
    {
        var tap = Message with { Type = ActivityTypes.Invoke, Name = ActivityTypes.AdaptiveCardAction, ReplyToId = "card-1" };

        Assert.True(JobConversationReference.TryParse(JobConversationReference.For(tap), out var reference));

        Assert.Equal("card-1", reference?.CardActivityId);
    }

    [Fact]
    public void For_ExplicitCard_WinsOverTheInvokesReplyTo()
    {
        var tap = Message with { Type = ActivityTypes.Invoke, ReplyToId = "card-1" };

        Assert.True(JobConversationReference.TryParse(JobConversationReference.For(tap, "progress-card"), out var reference));

        Assert.Equal("progress-card", reference?.CardActivityId);
    }

    [Fact]
    public void For_NoConversation_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => JobConversationReference.For(new Activity { Type = ActivityTypes.Message }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("conversation-ref")]
    [InlineData("{not json")]
    [InlineData("{}")]
    [InlineData("""{"conversationId":" "}""")]
    public void TryParse_NotAReference_IsFalse(string? value)
    {
        Assert.False(JobConversationReference.TryParse(value, out var reference));
        Assert.Null(reference);
    }
}
