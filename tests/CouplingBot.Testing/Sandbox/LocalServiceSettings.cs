namespace CouplingBot.Testing.Sandbox;

/// <summary>
/// The command-line settings that point the bot or the engine at a local sandbox (Business Central and Dataverse, in
/// the seeded CRONUS UK company) and at a storage account (Azurite): what every local product stack in the tests shares.
/// </summary>
public static class LocalServiceSettings
{
    /// <summary>The settings for a sandbox at <paramref name="sandboxUrl"/> and storage at <paramref name="storageConnectionString"/>.</summary>
    public static string[] For(Uri sandboxUrl, string storageConnectionString) =>
    [
        $"--BusinessCentral:ApiUrl={sandboxUrl}bc/v2.0/",
        "--BusinessCentral:Tenant=sandbox",
        "--BusinessCentral:Environment=production",
        "--BusinessCentral:CompanyName=CRONUS UK Ltd.",
        $"--Dataverse:Url={sandboxUrl}dataverse/",
        $"--Storage:ConnectionString={storageConnectionString}",
    ];
}
