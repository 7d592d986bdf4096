using Marten;
using Mediator;

namespace Platform.Features.Identity;

/// <summary>Messages kept in the outbox (no SMTP configured), newest first, optionally for one recipient.</summary>
public sealed record ListOutbox(string? To) : IRequest<OutboxResponse>;

public sealed record OutboxResponse(IReadOnlyList<OutboxEmailResponse> Items);

public sealed record OutboxEmailResponse(Guid Id, string To, string Subject, string Body, DateTimeOffset CreatedAt);

public sealed class ListOutboxHandler(IQuerySession session) : IRequestHandler<ListOutbox, OutboxResponse>
{
    public async ValueTask<OutboxResponse> Handle(ListOutbox request, CancellationToken ct)
    {
        var query = session.Query<OutboxEmail>().AsQueryable();
        if (!string.IsNullOrWhiteSpace(request.To))
        {
            var to = User.NormalizeEmail(request.To);
            query = query.Where(e => e.To == to);
        }
        var items = await query.OrderByDescending(e => e.CreatedAt).Take(50).ToListAsync(ct);
        return new(items.Select(e => new OutboxEmailResponse(e.Id, e.To, e.Subject, e.Body, e.CreatedAt)).ToList());
    }
}
