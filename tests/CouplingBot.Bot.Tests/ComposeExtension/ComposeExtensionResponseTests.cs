using System.Text.Json;
using CouplingBot.Bot.ComposeExtension;
using CouplingBot.Bot.Protocol;

namespace CouplingBot.Bot.Tests.ComposeExtension;

public class ComposeExtensionResponseTests
{
    [Fact]
    public void List_IsAResultWithAttachmentsAndThumbnailPreviews()
    {
        var card = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[]}""").RootElement.Clone();
        var response = ComposeExtensionResponse.List(
            [new ComposeExtensionAttachment(ActivityTypes.AdaptiveCardContentType, card, new ComposeExtensionPreview(new ThumbnailContent("Customer 10000", "Business Central customer", null)))]);

        var json = response.ToJsonElement().GetProperty("composeExtension");

        Assert.Equal("result", json.GetProperty("type").GetString());
        Assert.Equal("list", json.GetProperty("attachmentLayout").GetString());
        Assert.False(json.TryGetProperty("text", out _));
        var attachment = Assert.Single(json.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        Assert.Equal("AdaptiveCard", attachment.GetProperty("content").GetProperty("type").GetString());
        Assert.Equal("application/vnd.microsoft.card.thumbnail", attachment.GetProperty("preview").GetProperty("contentType").GetString());
        var preview = attachment.GetProperty("preview").GetProperty("content");
        Assert.Equal("Customer 10000", preview.GetProperty("title").GetString());
        Assert.False(preview.TryGetProperty("text", out _));
    }

    [Fact]
    public void Message_IsAMessageWithTextOnly()
    {
        var json = ComposeExtensionResponse.Message("Type at least 2 characters").ToJsonElement().GetProperty("composeExtension");

        Assert.Equal("message", json.GetProperty("type").GetString());
        Assert.Equal("Type at least 2 characters", json.GetProperty("text").GetString());
        Assert.False(json.TryGetProperty("attachments", out _));
    }

    [Fact]
    public void Empty_IsAResultWithNoAttachments()
    {
        var json = ComposeExtensionResponse.Empty.ToJsonElement().GetProperty("composeExtension");

        Assert.Equal("result", json.GetProperty("type").GetString());
        Assert.Equal(0, json.GetProperty("attachments").GetArrayLength());
    }

    [Fact]
    public void InvokeResponseRaw_SerializesAsTheBodyItself()
    {
        var body = ComposeExtensionResponse.Message("hi").ToJsonElement();

        var raw = InvokeResponse.Raw(body);

        Assert.Equal(body, raw.Body);
        Assert.Equal(200, raw.StatusCode);
        Assert.False(JsonSerializer.SerializeToElement(raw, ProtocolJson.Options).TryGetProperty("body", out _));
    }
}
