using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed class IdentityRegistration : IAreaRegistration
{
    /// <summary>Rate limiting policy of the sign-in routes (per client address).</summary>
    public const string SignInPolicy = "sign-in";

    /// <summary>Authorization policy of routes only administrators (admin, super_admin) may call.</summary>
    public const string AdminPolicy = "admin";

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthOptions>(configuration.GetSection("Platform:Auth"));
        services.Configure<SmtpOptions>(configuration.GetSection("Platform:Smtp"));
        services.Configure<OidcOptions>(configuration.GetSection("Platform:Oidc"));
        services.AddSingleton<OidcSettingsStore>();
        services.AddSingleton<OidcClient>();
        services.AddSingleton<SigningKey>();
        services.AddHealthChecks().AddCheck<SmtpHealthCheck>(SmtpHealthCheck.Name, tags: [Reachability.IntegrationTag]);
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<SetupToken>();
        services.AddSingleton<AccountAccess>();
        services.Scan(scan => scan.FromAssemblyOf<IdentityRegistration>()
            .AddClasses(c => c.AssignableTo<IAccountHandover>()).As<IAccountHandover>().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IAcquaintances>()).As<IAcquaintances>().WithScopedLifetime());
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccountAuthorization>();
        services.AddSingleton<VerificationMail>();
        services.AddSingleton<Invitations>();
        services.AddHostedService<SetupTokenAnnouncer>();
        services.AddSingleton<ExpiredSignInRecords>();
        services.AddHostedService(provider => provider.GetRequiredService<ExpiredSignInRecords>());
        if (string.IsNullOrEmpty(configuration["Platform:Smtp:Host"])) services.AddSingleton<IEmailSender, OutboxEmailSender>();
        else services.AddSingleton<IEmailSender, SmtpEmailSender>();

        // The access token is the default scheme and hands a request carrying an API key to that scheme: one handler a
        // request, not a policy scheme in front of both.
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddJwtBearer();
        services.AddSingleton<RememberedAccessTokens>();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<SigningKey, RememberedAccessTokens>((o, key, remembered) =>
        {
            o.ForwardDefaultSelector = context => ApiKeyAuthentication.IsPresented(context.Request) ? ApiKeyAuthentication.SchemeName : null;
            o.MapInboundClaims = false;
            o.TokenHandlers.Clear();
            o.TokenHandlers.Add(remembered);
            o.Events = new JwtBearerEvents { OnMessageReceived = TokenFromQueryOnStreamRoutes, OnTokenValidated = AccountAuthorization.ValidateAccessTokenAsync };
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = TokenIssuer.Issuer,
                ValidAudience = TokenIssuer.Issuer,
                IssuerSigningKey = key.AccessTokenKey,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = "name",
                RoleClaimType = "role",
            };
        });
        // Every endpoint requires a signed-in caller unless it says AllowAnonymous.
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireClaim("role", Roles.Admin, Roles.SuperAdmin));

        services.Configure<RateLimiterOptions>(o =>
        {
            o.AddPolicy(SignInPolicy, context =>
                RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.RequestsPerMinutePerClient,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            // Every request made with an API key counts against that key's minute.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.User.FindFirst(ApiKeyAuthentication.KeyClaim)?.Value is { } key
                    ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.ApiKeyRequestsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
        });
    }

    /// <summary>On GET stream routes that allow it (and the event socket), the token may come in the query; it is then taken out of it.</summary>
    private static Task TokenFromQueryOnStreamRoutes(MessageReceivedContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) && context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<AccessTokenInQueryMetadata>() is not null
            && string.IsNullOrEmpty(request.Headers.Authorization)
            && (request.Query[AccessTokenInQueryMetadata.Parameter].FirstOrDefault() ?? request.Query[AccessTokenInQueryMetadata.ShortParameter].FirstOrDefault()) is { Length: > 0 } token)
        {
            context.Token = token;
            request.QueryString = QueryString.Create(request.Query.Where(q => q.Key is not (AccessTokenInQueryMetadata.Parameter or AccessTokenInQueryMetadata.ShortParameter)));
        }
        return Task.CompletedTask;
    }
}
