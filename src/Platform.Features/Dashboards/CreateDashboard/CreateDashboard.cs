using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Organizations;
using Platform.Features.Rooms;

namespace Platform.Features.Dashboards;

/// <param name="RoomId">Make it the room's (you must be its editor or owner); without it or an organisation, it is personal.</param>
/// <param name="OrganizationId">Make it an organisation's (you must be a member): its members see it.</param>
public sealed record CreateDashboard(string Name, Guid? RoomId = null, Guid? OrganizationId = null) : IRequest<DashboardResponse>;

public sealed class CreateDashboardValidator : AbstractValidator<CreateDashboard>
{
    public CreateDashboardValidator()
    {
        RuleFor(x => x.Name).NotEmpty().Must(n => n.Trim().Length > 0).WithMessage("'Name' must not be blank.").MaximumLength(200);
        RuleFor(x => x.OrganizationId).Null().When(x => x.RoomId is not null).WithMessage("A dashboard belongs to a room or to an organisation, not both.");
    }
}

public sealed class CreateDashboardHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<CreateDashboard, DashboardResponse>
{
    public async ValueTask<DashboardResponse> Handle(CreateDashboard request, CancellationToken ct)
    {
        if (request.RoomId is { } room) await session.RequireAsync(room, caller, RoomRole.Editor, ct);
        if (request.OrganizationId is { } organization) await session.RequireAsync(organization, caller, OrganizationRole.Member, ct);
        var now = clock.GetUtcNow();
        var dashboard = new Dashboard { Id = Guid.CreateVersion7(), OwnerId = caller.Id, RoomId = request.RoomId, OrganizationId = request.OrganizationId, Name = request.Name.Trim(), Version = 1, CreatedAt = now, UpdatedAt = now };
        session.Insert(dashboard);
        await session.SaveChangesAsync(ct);
        return DashboardResponse.From(dashboard);
    }
}
