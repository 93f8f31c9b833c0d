using System.Text.Json;
using CouplingBot.Bot.ComposeExtension;

namespace CouplingBot.Bot.Tests.ComposeExtension;

public class ComposeExtensionQueryTests
{
    [Fact]
    public void Read_SearchCommand_GivesTrimmedText()
    {
        var query = ComposeExtensionQuery.Read(Json("""{"commandId":"findRecords","parameters":[{"name":"searchText","value":"  cannon "}],"queryOptions":{"skip":0,"count":25}}"""));

        Assert.Equal(new ComposeExtensionQuery("findRecords", "cannon"), query);
    }

    [Fact]
    public void Read_SingleParameterWithAnotherName_IsTheSearch()
    {
        Assert.Equal("10000", ComposeExtensionQuery.Read(Json("""{"commandId":"findRecords","parameters":[{"name":"query","value":"10000"}]}""")).SearchText);
    }

    [Theory]
    [InlineData("searchText")]
    [InlineData("query")]
    public void Read_EitherParameterName_BesideInitialRun_IsTheSearch(string name)
    {
        var value = Json($$"""{"commandId":"findRecords","parameters":[{"name":"initialRun","value":"false"},{"name":"{{name}}","value":"cannon"}]}""");

        Assert.Equal("cannon", ComposeExtensionQuery.Read(value).SearchText);
    }

    [Theory]
    [InlineData("""{"commandId":"findRecords","parameters":[{"name":"initialRun","value":"true"}]}""")]
    [InlineData("""{"commandId":"findRecords","parameters":[]}""")]
    [InlineData("""{"commandId":"findRecords"}""")]
    [InlineData("""{"parameters":[{"name":"searchText","value":42}]}""")]
    [InlineData("""{"parameters":"searchText"}""")]
    [InlineData("""{"parameters":[null,1]}""")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    public void Read_NoUsableText_IsAnEmptySearch(string value)
    {
        Assert.Equal("", ComposeExtensionQuery.Read(Json(value)).SearchText);
    }

    [Fact]
    public void Read_NoValue_IsAnEmptySearch()
    {
        Assert.Equal(new ComposeExtensionQuery(null, ""), ComposeExtensionQuery.Read(null));
    }

    [Fact]
    public void Invokes_Handles_OnlyComposeExtensionNames()
    {
        Assert.True(ComposeExtensionInvokes.Handles("composeExtension/query"));
        Assert.True(ComposeExtensionInvokes.Handles("composeExtension/querySettingUrl"));
        Assert.False(ComposeExtensionInvokes.Handles("adaptiveCard/action"));
        Assert.False(ComposeExtensionInvokes.Handles(null));
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
