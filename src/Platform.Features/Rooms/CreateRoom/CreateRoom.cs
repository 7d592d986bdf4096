using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Organizations;

namespace Platform.Features.Rooms;

/// <param name="OrganizationId">An organisation of mine the room belongs to: its owners and admins manage it too.</param>
public sealed record CreateRoomRequest(string Name, string? Description = null, Guid? OrganizationId = null) : IRequest<RoomResponse>;

public sealed class CreateRoomValidator : AbstractValidator<CreateRoomRequest>
{
    public CreateRoomValidator()
    {
        RuleFor(x => x.Name).NotEmpty().Must(n => n is null || n.Trim().Length > 0).WithMessage("'Name' must not be blank.").MaximumLength(100);
        RuleFor(x => x.Description).MaximumLength(2000);
    }
}

public sealed class CreateRoomHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<CreateRoomRequest, RoomResponse>
{
    public async ValueTask<RoomResponse> Handle(CreateRoomRequest request, CancellationToken ct)
    {
        if (request.OrganizationId is { } organization) await session.RequireAsync(organization, caller, OrganizationRole.Member, ct);
        var created = new RoomCreated(Guid.CreateVersion7(), request.Name.Trim(), request.Description?.Trim(), caller.Id, caller.Email, clock.GetUtcNow(),
            request.OrganizationId);
        session.Events.StartStream<Room>(created.RoomId, created);
        await session.SaveChangesAsync(ct);
        var room = await session.LoadAsync<Room>(created.RoomId, ct);
        return RoomResponse.From(room!, caller);
    }
}
