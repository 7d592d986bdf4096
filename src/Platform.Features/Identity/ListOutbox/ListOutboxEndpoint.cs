using Carter;
using Mediator;
using Microsoft.Extensions.Configuration;

namespace Platform.Features.Identity;

/// <summary>
/// Where no SMTP server is configured, mail is kept instead of sent: administrators read it here (reset and
/// verification links of a local installation). Never anonymous, whatever the environment; absent with SMTP.
/// </summary>
public sealed class ListOutboxEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        if (!string.IsNullOrEmpty(app.ServiceProvider.GetRequiredService<IConfiguration>()["Platform:Smtp:Host"])) return;
        app.MapGet("/api/dev/outbox", async (string? to, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListOutbox(to), ct)))
            .WithName("ListOutbox").WithTags("Development").WithSummary("Emails kept in the outbox when no SMTP server is configured (administrators only).")
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
