using Microsoft.Playwright;

namespace CouplingBot.Testing.Browser;

/// <summary>
/// The playground's web UI, driven as a user would. Selectors were learned from the rendered DOM of
/// @microsoft/m365agentsplayground 0.2.28 (Fluent UI v9 and the adaptivecards renderer); see the README.
/// Card methods act on the newest card of the open conversation (the personal chat at start).
/// </summary>
public sealed partial class PlaygroundPage
{
    /// <summary>The message box (a Lexical editor).</summary>
    public const string MessageBox = "[data-lexical-editor=\"true\"]";

    /// <summary>The root element of every rendered Adaptive Card.</summary>
    public const string Card = ".ac-adaptiveCard";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private PlaygroundPage(IPage page) => Page = page;

    /// <summary>The underlying Playwright page, for anything not covered here.</summary>
    public IPage Page { get; }

    /// <summary>All cards on screen, oldest first.</summary>
    public ILocator Cards => Page.Locator(Card);

    /// <summary>The newest card on screen.</summary>
    public ILocator NewestCard => Cards.Last;

    /// <summary>Types <paramref name="text"/> into the message box and presses Enter.</summary>
    public async Task SendMessageAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var box = Page.Locator(MessageBox);
        await box.ClickAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        await box.PressSequentiallyAsync(text).WaitAsync(cancellationToken).ConfigureAwait(false);
        await box.PressAsync("Enter").WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits until a card containing <paramref name="text"/> is visible and returns it.</summary>
    /// <exception cref="TimeoutException">No such card appeared in time (default 10 s).</exception>
    public async Task<ILocator> WaitForCardAsync(string text, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        var card = Cards.Filter(new LocatorFilterOptions { HasText = text }).Last;
        await card.WaitForAsync(new LocatorWaitForOptions { Timeout = Milliseconds(timeout) }).WaitAsync(cancellationToken).ConfigureAwait(false);
        return card;
    }

    /// <summary>Clicks the button titled <paramref name="title"/> (Action.Execute, Action.Submit, ...) in the newest card.</summary>
    public Task ClickCardButtonAsync(string title, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(title);
        return NewestCard.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = title, Exact = true })
            .ClickAsync().WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Chooses <paramref name="choiceTitle"/> in the <paramref name="index"/>-th Input.ChoiceSet of the newest card:
    /// a compact choice set renders as a combobox (open it, click the option); an expanded one as radio buttons
    /// (or checkboxes when multi-select), clicked by their label.
    /// </summary>
    public async Task ChooseAsync(string choiceTitle, int index = 0, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(choiceTitle);
        var comboboxes = NewestCard.GetByRole(AriaRole.Combobox);
        if (await comboboxes.CountAsync().WaitAsync(cancellationToken).ConfigureAwait(false) > index)
        {
            await comboboxes.Nth(index).ClickAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            // The listbox renders in a portal outside the card.
            await Page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = choiceTitle, Exact = true })
                .ClickAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await NewestCard.GetByLabel(choiceTitle, new LocatorGetByLabelOptions { Exact = true })
            .CheckAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets the Input.Toggle titled <paramref name="title"/> in the newest card.</summary>
    public Task SetToggleAsync(string title, bool on, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(title);
        return NewestCard.GetByRole(AriaRole.Checkbox, new LocatorGetByRoleOptions { Name = title, Exact = true })
            .SetCheckedAsync(on).WaitAsync(cancellationToken);
    }

    /// <summary>Saves a full-page PNG to <paramref name="path"/> (folders are created).</summary>
    public async Task ScreenshotAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true }).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<PlaygroundPage> OpenAsync(IPage page, Uri baseUrl, CancellationToken cancellationToken)
    {
        await page.GotoAsync(baseUrl.ToString()).WaitAsync(cancellationToken).ConfigureAwait(false);
        await page.Locator(MessageBox).WaitForAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        return new PlaygroundPage(page);
    }

    private static float Milliseconds(TimeSpan? timeout) => (float)(timeout ?? DefaultTimeout).TotalMilliseconds;
}
