using Xunit;

namespace CouplingBot.Testing.Azurite;

/// <summary>
/// Shares one <see cref="AzuriteServer"/> per test class (<c>IClassFixture&lt;AzuriteFixture&gt;</c>)
/// or per test assembly (<c>[assembly: AssemblyFixture(typeof(AzuriteFixture))]</c>).
/// Tests that share it should use their own table and queue names.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;

    /// <summary>The running server; available once the fixture was initialized.</summary>
    public AzuriteServer Server => _server ?? throw new InvalidOperationException("The Azurite fixture was not initialized.");

    /// <summary>Shortcut for <see cref="AzuriteServer.ConnectionString"/>.</summary>
    public string ConnectionString => Server.ConnectionString;

    /// <inheritdoc />
    public async ValueTask InitializeAsync() =>
        _server = await AzuriteServer.StartAsync(TestContext.Current.CancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
