using System.Text.Json;
using Carter;

namespace Platform.Features.Assistant;

/// <param name="Parameters">The JSON Schema of its arguments.</param>
public sealed record ToolResponse(string Name, string Description, JsonElement Parameters);

public sealed class ListToolsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/llm/tools", (IEnumerable<IAssistantTool> tools) =>
                TypedResults.Ok(tools.OrderBy(t => t.Name).Select(t => new ToolResponse(t.Name, t.Description, t.Parameters)).ToList()))
            .WithName("ListTools").WithTags("Assistant").WithSummary("The assistant's tools with the JSON Schemas of their arguments; each runs with the caller's own access.");
}
