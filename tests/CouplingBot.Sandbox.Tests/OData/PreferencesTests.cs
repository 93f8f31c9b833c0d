using CouplingBot.Sandbox.OData;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.Tests.OData;

public sealed class PreferencesTests
{
    private static Preferences From(params string[] headers)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers["Prefer"] = headers;
        return Preferences.From(context.Request);
    }

    [Fact]
    public void From_QuotedListWithCommas_KeepsAnnotationListAndOtherPreferences()
    {
        var preferences = From("odata.include-annotations=\"OData.Community.Display.V1.FormattedValue,Microsoft.Dynamics.CRM.lookuplogicalname\", odata.maxpagesize=10");

        Assert.Equal(10, preferences.MaxPageSize);
        Assert.True(preferences.Includes("Microsoft.Dynamics.CRM.lookuplogicalname"));
        Assert.True(preferences.Includes("OData.Community.Display.V1.FormattedValue"));
        Assert.False(preferences.Includes("Microsoft.Dynamics.CRM.associatednavigationproperty"));
    }

    [Theory]
    [InlineData("odata.include-annotations=\"*\"", "Microsoft.Dynamics.CRM.lookuplogicalname", true)]
    [InlineData("odata.include-annotations=\"Microsoft.Dynamics.CRM.*\"", "Microsoft.Dynamics.CRM.lookuplogicalname", true)]
    [InlineData("odata.include-annotations=\"Microsoft.Dynamics.CRM.*\"", "OData.Community.Display.V1.FormattedValue", false)]
    [InlineData("odata.include-annotations=\"*,-Microsoft.Dynamics.CRM.lookuplogicalname\"", "Microsoft.Dynamics.CRM.lookuplogicalname", false)]
    [InlineData("return=representation", "Microsoft.Dynamics.CRM.lookuplogicalname", false)]
    public void Includes_Patterns(string header, string term, bool expected)
    {
        Assert.Equal(expected, From(header).Includes(term));
    }
}
