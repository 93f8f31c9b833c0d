using CouplingBot.Bot.Conversation;
using System.Text;
using CouplingBot.Bot.ComposeExtension;

namespace CouplingBot.Bot.Tests.ComposeExtension;

public class RecordLinkParserTests
{
    private const string AccountId = "0f3c5b1e-8d2a-4c6b-9e7f-1a2b3c4d5e6f";

    [Theory]
    [InlineData("https://businesscentral.dynamics.com/?company=CRONUS%20UK%20Ltd.&page=21&filter='No.'%20IS%20'10000'", "10000")]
    [InlineData("https://businesscentral.dynamics.com/5e1b0c2f-1111-2222-3333-444455556666/Production/?company=CRONUS&page=21&filter='No.' IS '10000'", "10000")]
    [InlineData("https://businesscentral.dynamics.com/Sandbox?page=22&filter=No.%20eq%20'20000'", "20000")]
    [InlineData("https://businesscentral.dynamics.com/?page=21&filter=%27No.%27%3D%2730000%27", "30000")]
    [InlineData("https://BusinessCentral.Dynamics.com/?PAGE=21&FILTER='no.' is 'c-100'", "c-100")]
    public void Parse_BusinessCentralCustomerFilter_GivesTheNumber(string url, string number)
    {
        Assert.Equal(new BusinessCentralLink(RecordKind.Customer, number), RecordLinkParser.Parse(url));
    }

    [Theory]
    [InlineData("5050")]
    [InlineData("5052")]
    public void Parse_BusinessCentralContactPages_AreContacts(string page)
    {
        var link = RecordLinkParser.Parse($"https://businesscentral.dynamics.com/?page={page}&filter='No.' IS 'CT000012'");

        Assert.Equal(new BusinessCentralLink(RecordKind.Contact, "CT000012"), link);
    }

    [Fact]
    public void Parse_CustomerBookmark_DecodesTheNumber()
    {
        var url = "https://businesscentral.dynamics.com/?company=CRONUS&page=21&bookmark=" + Uri.EscapeDataString("18;" + Bookmark(18, "10000"));

        Assert.Equal(new BusinessCentralLink(RecordKind.Customer, "10000"), RecordLinkParser.Parse(url));
    }

    [Fact]
    public void Parse_ContactBookmark_DecodesTheNumber()
    {
        var url = "https://businesscentral.dynamics.com/?page=5050&bookmark=" + Uri.EscapeDataString("5050;" + Bookmark(5050, "CT000001"));

        Assert.Equal(new BusinessCentralLink(RecordKind.Contact, "CT000001"), RecordLinkParser.Parse(url));
    }

    [Theory]
    [InlineData(27)]
    [InlineData(5050)]
    public void Parse_BookmarkOfAnotherTable_IsNotACustomer(int table)
    {
        var url = "https://businesscentral.dynamics.com/?page=21&bookmark=" + Uri.EscapeDataString($"{table};" + Bookmark(table, "10000"));

        Assert.Null(RecordLinkParser.Parse(url));
    }

    [Theory]
    [InlineData("https://contoso.crm.dynamics.com/main.aspx?appid=11111111-2222-3333-4444-555555555555&pagetype=entityrecord&etn=account&id=" + AccountId)]
    [InlineData("https://contoso.crm4.dynamics.com/main.aspx?etn=account&pagetype=entityrecord&id=%7B" + AccountId + "%7D")]
    [InlineData("https://contoso.crm11.dynamics.com/main.aspx?etn=account&id={" + AccountId + "}")]
    [InlineData("https://Contoso-Sales.CRM.dynamics.com/Main.aspx?ETN=Account&ID=" + AccountId)]
    [InlineData("https://contoso.crm.dynamics.com/main.aspx?etc=1&pagetype=entityrecord&id=" + AccountId)]
    public void Parse_SalesAccountUrls_GiveTheAccount(string url)
    {
        Assert.Equal(new SalesLink(RecordKind.Customer, Guid.Parse(AccountId)), RecordLinkParser.Parse(url));
    }

    [Theory]
    [InlineData("https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=" + AccountId)]
    [InlineData("https://contoso.crm.dynamics.com/main.aspx?etc=2&id=" + AccountId)]
    public void Parse_SalesContactUrls_GiveTheContact(string url)
    {
        Assert.Equal(new SalesLink(RecordKind.Contact, Guid.Parse(AccountId)), RecordLinkParser.Parse(url));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not a url")]
    [InlineData("/main.aspx?etn=account&id=" + AccountId)]
    [InlineData("http://businesscentral.dynamics.com/?page=21&filter='No.' IS '10000'")]
    [InlineData("ftp://contoso.crm.dynamics.com/main.aspx?etn=account&id=" + AccountId)]
    [InlineData("https://businesscentral.dynamics.com/?page=21")]
    [InlineData("https://businesscentral.dynamics.com/?page=30&filter='No.' IS '1000'")]
    [InlineData("https://businesscentral.dynamics.com/?filter='No.' IS '10000'")]
    [InlineData("https://businesscentral.dynamics.com/?page=21&filter='Name' IS 'Cannon'")]
    [InlineData("https://businesscentral.dynamics.com/?page=21&filter='No.' IS ''")]
    [InlineData("https://businesscentral.dynamics.com/?page=21&filter='No.' IS '123456789012345678901'")]
    [InlineData("https://businesscentral.dynamics.com/?page=21&bookmark=18;not-base64!")]
    [InlineData("https://businesscentral.dynamics.com/?page=21&bookmark=18%3BEgAA")]
    [InlineData("https://businesscentral.dynamics.com.evil.example/?page=21&filter='No.' IS '10000'")]
    [InlineData("https://evilbusinesscentral.dynamics.com/?page=21&filter='No.' IS '10000'")]
    [InlineData("https://contoso.crm.dynamics.com/main.aspx?etn=account")]
    [InlineData("https://contoso.crm.dynamics.com/main.aspx?etn=account&id=not-a-guid")]
    [InlineData("https://contoso.crm.dynamics.com/main.aspx?etn=account&id=00000000-0000-0000-0000-000000000000")]
    [InlineData("https://contoso.crm.dynamics.com/main.aspx?etn=opportunity&id=" + AccountId)]
    [InlineData("https://contoso.crm.dynamics.com/main.aspx?pagetype=entitylist&etn=account&id=" + AccountId)]
    [InlineData("https://contoso.crm.dynamics.com/other.aspx?etn=account&id=" + AccountId)]
    [InlineData("https://contoso.crm.dynamics.com.evil.example/main.aspx?etn=account&id=" + AccountId)]
    [InlineData("https://contoso.dynamics.com/main.aspx?etn=account&id=" + AccountId)]
    [InlineData("https://www.example.com/?page=21&filter='No.' IS '10000'")]
    public void Parse_AnythingElse_IsNull(string? url)
    {
        Assert.Null(RecordLinkParser.Parse(url));
    }

    // A bookmark as the web client writes it: the table number, then a Code key in UTF-16.
    private static string Bookmark(int table, string number)
    {
        var bytes = new List<byte>(BitConverter.GetBytes(table)) { 0x02, 0x7B, (byte)number.Length };
        bytes.AddRange(Encoding.Unicode.GetBytes(number));
        return Convert.ToBase64String([.. bytes]);
    }
}
