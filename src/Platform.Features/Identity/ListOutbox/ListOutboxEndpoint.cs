using Carter;
using Mediator;
using Microsoft.Extensions.Hosting;

namespace Platform.Features.Identity;

/// <summary>Development only: lets a person or a test read the mail the outbox kept (reset links).</summary>
public sealed class ListOutboxEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment()) return;
        app.MapGet("/api/dev/outbox", async (string? to, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListOutbox(to), ct)))
            .WithName("ListOutbox").WithTags("Development").WithSummary("Emails kept in the outbox (development environment only).")
            .AllowAnonymous();
    }
}
