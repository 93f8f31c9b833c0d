using CouplingBot.Sandbox.BusinessCentral;
using CouplingBot.Sandbox.Control;
using CouplingBot.Sandbox.Dataverse;
using CouplingBot.Sandbox.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CouplingBot.Sandbox;

/// <summary>
/// Builds the sandbox web app: Business Central under <c>/bc/v2.0/{tenant}/{environment}/api/v2.0/</c>, Dataverse
/// under <c>/dataverse/api/data/v9.2/</c>, control endpoints under <c>/_sandbox/</c>. Configuration comes from args,
/// environment and appsettings; section <c>Sandbox</c> binds <see cref="SandboxOptions"/>.
/// </summary>
public static class SandboxApp
{
    /// <summary>Builds the app; <paramref name="configure"/> may change the builder (e.g. replace the TimeProvider) first.</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddOptions<SandboxOptions>().BindConfiguration("Sandbox");
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SandboxData>();
        builder.Services.AddSingleton<RequestJournal>();
        builder.Services.AddSingleton<BcApi>();
        builder.Services.AddSingleton<DvApi>();
        configure?.Invoke(builder);

        var app = builder.Build();
        _ = app.Services.GetRequiredService<SandboxData>();
        app.UseMiddleware<JournalMiddleware>();
        app.Map(BcApi.Route, (HttpContext context, BcApi api) => api.HandleAsync(context));
        app.Map(DvApi.Route, (HttpContext context, DvApi api) => api.HandleAsync(context));
        app.MapSandboxControl();
        app.MapGet("/", () => Results.Text(
            "CouplingBot sandbox: /bc/v2.0/{tenant}/{environment}/api/v2.0/companies, /dataverse/api/data/v9.2/accounts, /_sandbox/requests"));
        return app;
    }
}
