using Carter;

namespace Platform.Features.Assistant;

public sealed class McpEndpoint : ICarterModule
{
    public const string Path = "/api/mcp";

    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapMcp(Path).RequireAuthorization().WithTags("Assistant")
            .WithSummary("A Model Context Protocol server (streamable HTTP) offering the assistant's tools to other AI clients, signed in with an access token or a personal API key.");
}
