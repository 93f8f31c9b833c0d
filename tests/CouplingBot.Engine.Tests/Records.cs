using System.Globalization;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Tests;

/// <summary>Builds records for tests.</summary>
internal static class Records
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static EntityRecord Make(string id, DateTimeOffset? modifiedOn = null, params (string Field, string? Value)[] fields) =>
        new(id, fields.ToDictionary(f => f.Field, f => f.Value), modifiedOn ?? T0, $"W/\"{(modifiedOn ?? T0).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}\"");

    public static EntityRecord Cannon(DateTimeOffset? modifiedOn = null) => Make("bc-10000", modifiedOn,
        ("number", "10000"), ("displayName", "The Cannon Group PLC"), ("addressLine1", "192 Market Square"),
        ("addressLine2", ""), ("city", "Birmingham"), ("postalCode", "B27 4KT"), ("state", ""), ("country", "GB"),
        ("phoneNumber", "+44 121 555 0100"), ("email", "andy.teal@cannongroup.example"),
        ("website", "www.cannongroup.example"), ("blocked", " "));

    public static EntityRecord CannonAccount(DateTimeOffset? modifiedOn = null) => Make("acc-cannon", modifiedOn,
        ("name", "Cannon Group"), ("address1_line1", "190 Market Square"), ("address1_line2", null),
        ("address1_city", "Birmingham"), ("address1_postalcode", "B27 4KT"), ("address1_stateorprovince", null),
        ("address1_country", "United Kingdom"), ("telephone1", "+44 (121) 555-0100"),
        ("emailaddress1", "info@cannongroup.example"), ("websiteurl", "https://cannongroup.example"),
        ("accountnumber", null), ("statecode", "0"));
}
