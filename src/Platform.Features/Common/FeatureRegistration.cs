using System.Threading.RateLimiting;
using Carter;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;

namespace Platform.Features.Common;

public static class FeatureRegistration
{
    private static readonly System.Reflection.Assembly Features = typeof(FeatureRegistration).Assembly;

    /// <summary>Everything the feature areas contribute: Marten configuration, validators, Carter modules, area services.</summary>
    public static IServiceCollection AddPlatformFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.Scan(scan => scan.FromAssemblies(Features)
            .AddClasses(c => c.AssignableTo<IConfigureMarten>(), publicOnly: false).As<IConfigureMarten>().WithSingletonLifetime());
        // A rule stops at its first failure: later checks of the same value may assume the earlier ones held (not null, not empty).
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        services.AddValidatorsFromAssembly(Features, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddCarter(new FeaturesCatalog());

        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AccessRevocations>();
        SecretProtection.Register(services, configuration);
        services.AddSingleton(_ => new OutboundHttp(configuration));
        services.AddSingleton<Idempotency>();
        services.AddHostedService<ExpiredIdempotentRequests>();
        ConfiguredLanguageModels.Register(services, configuration);
        services.AddSingleton<ResumableStreams>();
        services.AddScoped<PlatformEvents>();
        services.Scan(scan => scan.FromAssemblies(Features).AddClasses(c => c.AssignableTo<IPlatformEventHandler>()).As<IPlatformEventHandler>().WithScopedLifetime());
        services.AddSingleton<WorkLeases>();
        services.AddHostedService(provider => provider.GetRequiredService<WorkLeases>());
        services.AddHostedService(provider => provider.GetRequiredService<AccessRevocations>());
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = "Slow down and retry after the time given in Retry-After." },
                });
            };
        });

        foreach (var area in Features.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IAreaRegistration))))
            ((IAreaRegistration)Activator.CreateInstance(area)!).Register(services, configuration);
        return services;
    }
}

/// <summary>Carter finds modules in the features assembly only, named explicitly: scanning the dependency context misses them under test runners.</summary>
internal sealed class FeaturesCatalog : DependencyContextAssemblyCatalog
{
    public override IReadOnlyCollection<System.Reflection.Assembly> GetAssemblies() => [typeof(FeaturesCatalog).Assembly];
}
