using CouplingBot.Sandbox.BusinessCentral;
using CouplingBot.Sandbox.Control;
using CouplingBot.Sandbox.Dataverse;
using CouplingBot.Sandbox.Faults;
using CouplingBot.Sandbox.Page;
using CouplingBot.Sandbox.Protection;
using CouplingBot.Sandbox.Storage;
using CouplingBot.Sandbox.Webhooks;
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
        builder.Services.AddSingleton<SandboxStats>();
        builder.Services.AddSingleton<FaultStore>();
        builder.Services.AddSingleton<DataverseProtection>();
        builder.Services.AddSingleton<BusinessCentralProtection>();
        builder.Services.AddSandboxWebhooksAndBatch();
        configure?.Invoke(builder);

        var app = builder.Build();
        _ = app.Services.GetRequiredService<SandboxData>();
        app.UseMiddleware<JournalMiddleware>();
        app.UseMiddleware<StatsMiddleware>(); // counts what the client finally got
        app.UseMiddleware<BearerTokenMiddleware>();
        app.UseMiddleware<ProtectionMiddleware>();
        app.UseMiddleware<FaultMiddleware>(); // inside the limits: a fault is the service itself misbehaving
        app.Map(BcApi.Route, (HttpContext context, BcApi api) => api.HandleAsync(context));
        app.Map(DvApi.Route, (HttpContext context, DvApi api) => api.HandleAsync(context));
        app.MapSandboxWebhooksAndBatch();
        app.MapSandboxControl();
        app.MapSandboxFaults();
        app.MapSandboxPage();
        return app;
    }
}
