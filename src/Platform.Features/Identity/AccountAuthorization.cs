using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Platform.Features.Identity;

/// <summary>Marks a route a person who must change their password may still call (change it, read themselves, sign out).</summary>
public sealed class AllowedBeforePasswordChangeMetadata;

public static class AllowedBeforePasswordChangeExtensions
{
    public static TBuilder AllowedBeforePasswordChange<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AllowedBeforePasswordChangeMetadata());
}

/// <summary>
/// The account rules every authenticated request passes, whatever its route's policy: its access token still
/// matches the account (not disabled, not deleted, issued after the last change of role or password by an
/// administrator); a password an administrator chose is changed first; an API key stays within its scopes.
/// </summary>
public sealed class AccountAuthorization : IAuthorizationMiddlewareResultHandler
{
    public const string MustChangePasswordClaim = "must_change_password";
    public const string SecurityVersionClaim = "sv";
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    /// <summary>Run when an access token's signature and lifetime check out: the account must still agree.</summary>
    public static async Task ValidateAccessTokenAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var access = context.HttpContext.RequestServices.GetRequiredService<AccountAccess>();
        if (!Guid.TryParse(principal.FindFirstValue("sub"), out var userId)
            || await access.AccountAsync(userId, context.HttpContext.RequestAborted) is not { } account)
        {
            context.Fail("The account no longer exists.");
            return;
        }
        if (account.Disabled)
        {
            context.Fail("The account is disabled.");
            return;
        }
        if ((int.TryParse(principal.FindFirstValue(SecurityVersionClaim), out var version) ? version : 0) != account.SecurityVersion)
        {
            context.Fail("The account's access changed since this token was issued; refresh it.");
            return;
        }
        ((ClaimsIdentity)principal.Identity!).AddClaims(account.Claims());
    }

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded && Refusal(context) is { } reason)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden", Detail = reason },
            });
            return;
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private static string? Refusal(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true) return null;
        var endpoint = context.GetEndpoint();
        if (user.HasClaim(MustChangePasswordClaim, "true") && endpoint?.Metadata.GetMetadata<AllowedBeforePasswordChangeMetadata>() is null)
            return "An administrator set this account's password: change it first (POST /api/auth/change-password).";
        if (!user.HasClaim(c => c.Type == ApiKeyAuthentication.KeyClaim)) return null;
        var needed = RequiredScope(context.Request.Method, endpoint);
        return user.HasClaim(ApiKeyAuthentication.ScopeClaim, needed) ? null : $"This API key lacks the '{needed}' scope this request needs.";
    }

    /// <summary>Questions and SQL need <c>query</c>; other reads <c>read</c>; everything else <c>write</c>. Admin rights come with the <c>admin</c> scope (see <see cref="ApiKeyAuthentication"/>).</summary>
    private static string RequiredScope(string method, Endpoint? endpoint)
    {
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)) return ApiKeyScopes.Read;
        if (endpoint?.Metadata.GetMetadata<ITagsMetadata>()?.Tags.Contains("Query") == true) return ApiKeyScopes.Query;
        return ApiKeyScopes.Write;
    }
}
