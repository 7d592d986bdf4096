using Carter;
using Mediator;

namespace Platform.Features.Assistant;

public sealed class ListLanguageModelsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/llm/models", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListLanguageModels(), ct)))
            .WithName("ListLanguageModels").WithTags("Assistant")
            .WithSummary("The models that can answer me: the built-in offline assistant, always, and the configured endpoint's models (listed once every five minutes).");
}
