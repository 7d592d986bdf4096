using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Platform.Features.Common;

namespace Platform.Api.OpenApi;

/// <summary>
/// Keeps <c>/openapi/v1.json</c> a stable contract: fixed info, no server URLs, bearer security where it applies, and
/// paths in order of their route and tags by name, so adding or moving an endpoint does not reorder the document.
/// </summary>
public static class ContractTransformers
{
    private const string Bearer = "Bearer";
    private const string ApiKey = "ApiKey";

    public static OpenApiOptions AddContractTransformers(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Platform API",
                Version = "v1",
                Description = "Self-hostable AI data workspace: rooms, datasets, questions in plain language, dashboards, models and schedules.",
            };
            document.Servers = [];
            document.Paths.Add(Metrics.Path, MetricsPath());
            var paths = new OpenApiPaths();
            foreach (var (route, item) in document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal)) paths.Add(route, item);
            document.Paths = paths;
            if (document.Tags is { } tags)
                document.Tags = new SortedSet<OpenApiTag>(tags, Comparer<OpenApiTag>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)));
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT",
                Description = "Access token from /api/auth/login, /api/auth/register or /api/auth/refresh (a personal API key pk_… is accepted here too).",
            };
            document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "X-Api-Key",
                Description = "A personal API key from POST /api/api-keys, limited to its scopes (read, write, query, admin).",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
                operation.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKey, context.Document)] = [] },
                ];
            if (Idempotency.AppliesTo(context.Description.ActionDescriptor.EndpointMetadata))
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = Idempotency.Header, In = ParameterLocation.Header, Required = false, Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 255 },
                    Description = "Makes a retry safe: the first successful response is kept 24 hours and replayed (Idempotent-Replayed: true); " +
                                  "the same key with a different request is 422, and 409 while the first is still running.",
                });
            }
            return Task.CompletedTask;
        });
        return options;
    }

    /// <summary>The scraping endpoint is plain middleware, which API descriptions do not see: described here.</summary>
    private static OpenApiPathItem MetricsPath() => new()
    {
        Operations = new Dictionary<HttpMethod, OpenApiOperation>
        {
            [HttpMethod.Get] = new()
            {
                OperationId = "GetMetrics", Tags = new HashSet<OpenApiTagReference> { new("Health") },
                Summary = "Prometheus text format: HTTP, HttpClient, runtime, Npgsql and platform instruments (Basic auth when Platform:Metrics:BasicAuth is set).",
                Responses = new OpenApiResponses
                {
                    ["200"] = new OpenApiResponse { Description = "OK", Content = new Dictionary<string, OpenApiMediaType> { ["text/plain"] = new() } },
                    ["401"] = new OpenApiResponse { Description = "Unauthorized" },
                },
            },
        },
    };
}
