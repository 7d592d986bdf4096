using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Platform.Features.Common;
using Platform.Features.Models;

namespace Platform.Features.Deployments;

public sealed class DeploymentsRegistration : IAreaRegistration
{
    /// <summary>Rate limiting policy of the predict route: a window per deployment.</summary>
    public const string PredictPolicy = "predict";

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DeploymentGrants>();
        services.AddSingleton<PredictionLogWriter>();
        services.AddSingleton<RefusedPredictionThrottle>();
        services.AddHostedService(sp => sp.GetRequiredService<PredictionLogWriter>());
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(PredictPolicy, context =>
            RateLimitPartition.GetFixedWindowLimiter(context.Request.RouteValues["deploymentId"]?.ToString() ?? "", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = context.RequestServices.GetRequiredService<IOptions<ModelOptions>>().Value.PredictionsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })));
    }
}
