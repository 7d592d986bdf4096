using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

public sealed class JobsRegistration : IAreaRegistration
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobOptions>(configuration.GetSection("Platform:Jobs"));
        // Every area's job kinds, found here so that contributing one never touches the host.
        services.Scan(scan => scan.FromAssemblyOf<JobsRegistration>()
            .AddClasses(c => c.AssignableTo<IJobKind>()).As<IJobKind>().WithScopedLifetime());
        services.AddSingleton<IEnumerable<JobKindInfo>>(sp =>
        {
            using var scope = sp.CreateScope();
            return scope.ServiceProvider.GetServices<IJobKind>().Select(JobKindInfo.Of).ToList();
        });
        services.AddSingleton<JobTemplates>();
        services.AddSingleton<JobArtifacts>();
        services.AddSingleton<JobDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<JobDispatcher>());
        services.AddHostedService<TemplateReport>();
    }
}

/// <summary>Says at start-up which workflow files were read and which are not valid, and why.</summary>
public sealed class TemplateReport(JobTemplates templates, ILogger<TemplateReport> logger) : Microsoft.Extensions.Hosting.IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var (found, invalid) = templates.Current();
        logger.LogInformation("Job templates: {Count} ({Workflows} workflows from {Directory})", found.Count, found.Count(t => t.Source != "builtin"), templates.Directory);
        foreach (var file in invalid)
            logger.LogWarning("Job template {File} is not valid and is left out: {Errors}", file.File, string.Join(" ", file.Errors));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
