using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Platform.Tests.Contract;

/// <summary>Walks every operation of the contract: an anonymous call is refused with 401 unless the route is meant to be public.</summary>
public sealed partial class AnonymousAccessTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly HashSet<string> PublicRoutes =
    [
        "GET /api/health",
        "GET /health/live",
        "GET /health/ready",
        "GET /metrics",
        "GET /api/auth/status",
        "POST /api/auth/setup",
        "POST /api/auth/register",
        "POST /api/auth/login",
        "POST /api/auth/refresh",
        "POST /api/auth/logout",
        "POST /api/auth/forgot-password",
        "POST /api/auth/reset-password",
        "POST /api/auth/verify-email",
        "POST /api/auth/resend-verification",
        "GET /api/auth/invite/{token}",
        "POST /api/auth/pending-signup",
        "GET /api/oidc/login",
        "GET /api/oidc/callback",
        "POST /api/auth/oidc/exchange",
        "POST /api/deployments/{deploymentId}/predict",
        "GET /api/marketplace/knowledge",
        "GET /api/marketplace/agents",
        "POST /api/automations/webhook/{automationId}",
    ];

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    [Fact]
    public async Task Every_route_not_explicitly_public_requires_a_token()
    {
        using var client = factory.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var routes = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(op => (Method: op.Name.ToUpperInvariant(), Path: p.Name)))
            .ToList();

        var failures = new List<string>();
        foreach (var (method, path) in routes)
        {
            var route = $"{method} {path}";
            if (PublicRoutes.Contains(route)) continue;
            using var request = new HttpRequestMessage(new HttpMethod(method), RouteParameter().Replace(path, Guid.NewGuid().ToString()));
            if (method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Unauthorized) failures.Add($"{route} answered {(int)response.StatusCode}");
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Contains(routes, r => !PublicRoutes.Contains($"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task Every_listed_public_route_exists()
    {
        using var client = factory.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var routes = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {p.Name}"))
            .ToHashSet();

        Assert.Empty(PublicRoutes.Except(routes));
    }
}
