namespace Platform.Api;

/// <summary>
/// Cross-origin calls from the web apps listed in <c>Platform:Cors:Origins</c> (none by default). Bearer tokens,
/// not cookies, so credentials stay off; the headers a client sends and reads are named, nothing more.
/// </summary>
public static class Cors
{
    public static IServiceCollection AddPlatformCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Platform:Cors:Origins").Get<string[]>() ?? [];
        return services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .WithOrigins(origins.Select(o => o.TrimEnd('/')).ToArray())
            .AllowAnyMethod()
            .WithHeaders("Authorization", "Content-Type", "Idempotency-Key", "If-Match", "Last-Event-ID", "X-Api-Key")
            .WithExposedHeaders("ETag", "Idempotent-Replayed", "Location", "Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
    }
}
