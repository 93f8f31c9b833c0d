using Microsoft.Playwright;

namespace CouplingBot.Testing.Browser;

/// <summary>
/// Debian's chromium (<c>/usr/bin/chromium</c>), headless, through Playwright, with a fresh profile in a
/// temporary folder. Playwright never downloads a browser here. Disposing closes the browser and
/// deletes the profile.
/// </summary>
public sealed class ChromiumBrowser : IAsyncDisposable
{
    /// <summary>Where Debian's chromium package installs the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly string _profile;

    private ChromiumBrowser(IPlaywright playwright, IBrowserContext context, string profile)
    {
        _playwright = playwright;
        Context = context;
        _profile = profile;
    }

    /// <summary>The browser's (persistent) context; open pages with <see cref="IBrowserContext.NewPageAsync"/>.</summary>
    public IBrowserContext Context { get; }

    /// <summary>Launches chromium headless with a new profile.</summary>
    public static async Task<ChromiumBrowser> LaunchAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new FileNotFoundException("Chromium is not installed: apt-get install -y chromium", ExecutablePath);
        }

        var profile = Directory.CreateTempSubdirectory("chromium-").FullName;
        var playwright = await Playwright.CreateAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
                ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            }).WaitAsync(cancellationToken).ConfigureAwait(false);
            return new ChromiumBrowser(playwright, context, profile);
        }
        catch
        {
            playwright.Dispose();
            Directory.Delete(profile, recursive: true);
            throw;
        }
    }

    /// <summary>Opens the playground UI at <paramref name="baseUrl"/> in a new tab and waits for its message box.</summary>
    public async Task<PlaygroundPage> OpenPlaygroundAsync(Uri baseUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var page = await Context.NewPageAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        return await PlaygroundPage.OpenAsync(page, baseUrl, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the browser, stops Playwright's driver and deletes the profile.</summary>
    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync().ConfigureAwait(false);
        _playwright.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be flushing its profile; the OS cleans temp folders.
        }
    }
}
