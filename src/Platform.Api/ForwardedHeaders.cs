using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Platform.Api;

/// <summary>
/// Behind a reverse proxy the client's address (login throttling, rate limits, audit) comes from
/// <c>X-Forwarded-For</c>, but only when the request arrives from a proxy listed in
/// <c>Platform:ForwardedHeaders:KnownProxies</c> (addresses or CIDR networks); from anyone else the header is ignored,
/// so a client cannot choose its own address. None are trusted by default, loopback included.
/// </summary>
public static class ForwardedHeaders
{
    /// <summary>Only with proxies listed: ASP.NET's middleware with an empty list trusts every sender.</summary>
    public static IApplicationBuilder UsePlatformForwardedHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        return options.KnownProxies.Count + options.KnownIPNetworks.Count > 0 ? app.UseForwardedHeaders() : app;
    }

    public static IServiceCollection AddPlatformForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("Platform:ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in proxies.Select(p => p.Trim()).Where(p => p.Length > 0))
                if (proxy.Contains('/')) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                else options.KnownProxies.Add(IPAddress.Parse(proxy));
        });
    }
}
