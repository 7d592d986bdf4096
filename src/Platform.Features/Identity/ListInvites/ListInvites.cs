using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record ListInvites(int Offset, int Limit) : IRequest<Page<InviteResponse>>, IPagedRequest;

/// <summary>Invitations, newest first, with whether each is open, used, revoked or expired.</summary>
public sealed class ListInvitesHandler(IQuerySession session, TimeProvider clock) : IRequestHandler<ListInvites, Page<InviteResponse>>
{
    public async ValueTask<Page<InviteResponse>> Handle(ListInvites request, CancellationToken ct)
    {
        var invites = await session.Query<Invite>().Stats(out QueryStatistics stats).OrderByDescending(i => i.CreatedAt)
            .Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return new(invites.Select(i => i.ToResponse(now)).ToList(), stats.TotalResults);
    }
}
