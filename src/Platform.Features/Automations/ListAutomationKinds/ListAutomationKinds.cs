using System.Text.Json;
using Carter;
using Platform.Features.Jobs;

namespace Platform.Features.Automations;

/// <param name="Schema">JSON Schema of the node's inputs.</param>
public sealed record AutomationKind(string Id, string Name, string Description, JsonElement Schema);

public sealed class ListAutomationKindsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/automations/kinds", (JobTemplates templates) =>
                TypedResults.Ok(templates.Kinds.OrderBy(k => k.Id, StringComparer.Ordinal).Select(k => new AutomationKind(k.Id, k.Name, k.Description, k.Schema)).ToList()))
            .WithName("ListAutomationKinds").WithTags("Automations")
            .WithSummary("The kinds a node may have (every job kind, http.request, condition, room.message, approval, wait…) with their input schemas.");
}
