using CouplingBot.Sandbox.Dataverse;
using CouplingBot.Sandbox.OData;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.Tests.OData;

public sealed class EdmServiceTests
{
    private static readonly EdmService Service = DvEntitySets.BuildModel();
    private static readonly ODataQueryRules Rules = new(new HashSet<string> { "$select", "$expand", "$filter" }, "E");

    private static ODataQuery Read(string set, string query) =>
        ODataQueryReader.Read(Service[set], new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query)), Rules);

    [Fact]
    public void Read_ExpandWithNestedSelect_NavigationAndColumns()
    {
        var query = Read("contacts", "?$select=fullname&$expand=parentcustomerid_account($select=name,telephone1),ownerid");

        Assert.Equal(["fullname"], query.Select!);
        Assert.Equal(["parentcustomerid_account", "ownerid"], query.Expand.Select(e => e.Navigation));
        Assert.Equal(["name", "telephone1"], query.Expand[0].Select!);
        Assert.Null(query.Expand[1].Select);
    }

    [Fact]
    public void Read_ExpandOnly_AllColumnsSelected()
    {
        var query = Read("accounts", "?$expand=primarycontactid");

        Assert.Null(query.Select);
        Assert.Single(query.Expand);
    }

    [Theory]
    [InlineData("accounts", "?$expand=parentcustomerid_account")]
    [InlineData("contacts", "?$expand=ownerid($top=1)")]
    [InlineData("contacts", "?$expand=parentcustomerid_account($expand=primarycontactid)")]
    public void Read_BadExpand_ApiException400(string set, string query)
    {
        var error = Assert.Throws<ApiException>(() => Read(set, query));

        Assert.Equal(400, error.Status);
        Assert.Equal("E", error.Code);
    }
}
