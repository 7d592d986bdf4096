using FluentValidation;
using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

public sealed record ListRooms(string? Search, int Offset, int Limit) : IRequest<Page<RoomResponse>>, IPagedRequest;

public sealed class ListRoomsValidator : AbstractValidator<ListRooms>
{
    public ListRoomsValidator()
    {
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

/// <summary>Rooms the caller belongs to (in any role, as a member or through a group), most recently active first.</summary>
public sealed class ListRoomsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListRooms, Page<RoomResponse>>
{
    public async ValueTask<Page<RoomResponse>> Handle(ListRooms request, CancellationToken ct)
    {
        IQueryable<Room> query = session.Visible(caller).Stats(out QueryStatistics stats);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim();
            query = query.Where(r => r.Name.Contains(search, StringComparison.OrdinalIgnoreCase));
        }
        var rooms = await query.OrderByDescending(r => r.UpdatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(rooms.Select(r => RoomResponse.From(r, caller)).ToList(), stats.TotalResults);
    }
}
