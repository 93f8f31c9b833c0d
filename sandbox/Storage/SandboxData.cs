using CouplingBot.Sandbox.BusinessCentral;
using CouplingBot.Sandbox.Dataverse;
using Microsoft.Extensions.Options;

namespace CouplingBot.Sandbox.Storage;

/// <summary>The two stores of the sandbox, persisted under <see cref="SandboxOptions.DataPath"/> when set.</summary>
public sealed class SandboxData
{
    /// <summary>Creates and loads both stores (from the data folder, else from the seed).</summary>
    public SandboxData(IOptions<SandboxOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = options.Value.DataPath;
        var persist = !string.IsNullOrWhiteSpace(folder);
        BusinessCentral = new EntityStore(
            BcSchema.StoreName,
            SandboxSeed.BusinessCentral,
            persist ? new StoreFile(folder!, BcSchema.StoreName, BcSchema.SchemaOfTable) : null);
        Dataverse = new EntityStore(
            DvSchema.StoreName,
            SandboxSeed.Dataverse,
            persist ? new StoreFile(folder!, DvSchema.StoreName, DvSchema.SchemaOfTable) : null,
            DvSchema.VersionColumn);
        BusinessCentral.Load();
        Dataverse.Load();
    }

    /// <summary>Business Central: companies, customers, contacts and setup tables.</summary>
    public EntityStore BusinessCentral { get; }

    /// <summary>Dataverse: accounts, contacts, system users and transaction currencies.</summary>
    public EntityStore Dataverse { get; }

    /// <summary>Reseeds both stores.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await BusinessCentral.ResetAsync(cancellationToken).ConfigureAwait(false);
        await Dataverse.ResetAsync(cancellationToken).ConfigureAwait(false);
    }
}
