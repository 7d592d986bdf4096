using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

/// <param name="Version">When given, the write is refused with 409 if the room changed since that version.</param>
public sealed record UpdateRoomRequest(string? Name = null, string? Description = null, long? Version = null);

public sealed record UpdateRoom(Guid RoomId, string? Name, string? Description, long? Version) : IRequest<RoomResponse>;

public sealed class UpdateRoomValidator : AbstractValidator<UpdateRoom>
{
    public UpdateRoomValidator()
    {
        RuleFor(x => x.Name).Must(n => n is null || n.Trim().Length > 0).WithMessage("'Name' must not be blank.").MaximumLength(100);
        RuleFor(x => x.Description).MaximumLength(2000);
        RuleFor(x => x.Version).GreaterThan(0);
    }
}

/// <summary>Renames or re-describes a room (editors and owners).</summary>
public sealed class UpdateRoomHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<UpdateRoom, RoomResponse>
{
    public async ValueTask<RoomResponse> Handle(UpdateRoom request, CancellationToken ct)
    {
        var stream = await session.Events.FetchForExclusiveWriting<Room>(request.RoomId, ct);
        var room = RoomAccess.Require(stream.Aggregate, caller, RoomRole.Editor);
        if (request.Version is { } expected && expected != room.Version)
            throw ProblemException.Conflict($"The room is at version {room.Version}, not {expected}; reload it and try again.");

        var name = request.Name?.Trim() ?? room.Name;
        var description = request.Description is null ? room.Description : request.Description.Trim();
        if (name != room.Name || description != room.Description)
        {
            stream.AppendOne(new RoomUpdated(name, description, caller.Id, clock.GetUtcNow()));
            await session.SaveChangesAsync(ct);
            room = (await session.LoadAsync<Room>(request.RoomId, ct))!;
        }
        return RoomResponse.From(room, caller);
    }
}
