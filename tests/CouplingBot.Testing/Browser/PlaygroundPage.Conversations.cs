using Microsoft.Playwright;

namespace CouplingBot.Testing.Browser;

/// <summary>
/// Group chats and channels in the playground UI: the conversation list on the left (tree items named
/// "Personal Chat", "Group Chat", "My Team - General", ...), @mentions picked from the mention menu,
/// and channel posts (a "Start a new post" editor with a Post button; replies appear under the post).
/// </summary>
public sealed partial class PlaygroundPage
{
    /// <summary>The channel's new-post button.</summary>
    public const string PostButton = "Post";

    /// <summary>
    /// Opens the conversation named <paramref name="name"/> in the list on the left, e.g. "Group Chat" or
    /// "My Team - General" (team, dash, channel), and waits for its message box.
    /// </summary>
    public async Task OpenConversationAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        await Page.GetByRole(AriaRole.Treeitem, new PageGetByRoleOptions { Name = name, Exact = true })
            .ClickAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        await Page.Locator(MessageBox).WaitForAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Types an @mention of <paramref name="botName"/> as a person does (<c>@</c>, the first letters, then the
    /// name picked from the mention menu), then <paramref name="text"/>, and presses Enter (a chat message).
    /// </summary>
    public async Task SendMentionAsync(string botName, string text, CancellationToken cancellationToken = default)
    {
        await TypeMentionAsync(Page.Locator(MessageBox), botName, text, cancellationToken).ConfigureAwait(false);
        await Page.Locator(MessageBox).PressAsync("Enter").WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts a new channel post that @mentions <paramref name="botName"/> followed by <paramref name="text"/>
    /// and presses Post. The bot's replies appear under the post.
    /// </summary>
    public async Task PostMentionAsync(string botName, string text, CancellationToken cancellationToken = default)
    {
        // Once a post has replies, its thread has a reply box too: the new-post editor is the first one.
        await TypeMentionAsync(Page.Locator(MessageBox).First, botName, text, cancellationToken).ConfigureAwait(false);
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = PostButton, Exact = true }).First
            .ClickAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task TypeMentionAsync(ILocator box, string botName, string text, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(botName);
        ArgumentNullException.ThrowIfNull(text);
        await box.ClickAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        await box.PressSequentiallyAsync("@" + botName[..Math.Min(3, botName.Length)]).WaitAsync(cancellationToken).ConfigureAwait(false);
        // The mention menu renders in a portal outside the editor; its items carry an avatar, so match by text.
        await Page.GetByRole(AriaRole.Menuitem).Filter(new LocatorFilterOptions { HasText = botName }).First
            .ClickAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        await box.PressSequentiallyAsync(" " + text).WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
