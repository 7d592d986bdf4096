using FluentValidation;
using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <param name="Q">Words to find in titles.</param>
/// <param name="Name">Only the conversation of this name (how named sessions are found).</param>
public sealed record ListConversations(string? Q, string? Name, Guid? RoomId, int Offset, int Limit) : IRequest<Page<ConversationResponse>>, IPagedRequest;

public sealed class ListConversationsValidator : AbstractValidator<ListConversations>
{
    public ListConversationsValidator()
    {
        RuleFor(x => x.Q).MaximumLength(200);
        RuleFor(x => x.Name).MaximumLength(200);
    }
}

/// <summary>My conversations, the latest active first.</summary>
public sealed class ListConversationsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListConversations, Page<ConversationResponse>>
{
    public async ValueTask<Page<ConversationResponse>> Handle(ListConversations request, CancellationToken ct)
    {
        var me = caller.Id;
        var query = session.Query<Conversation>().Stats(out QueryStatistics stats).Where(c => c.OwnerId == me && c.DeletedAt == null);
        if (request.Q?.Trim() is { Length: > 0 } q) query = query.Where(c => c.Title.Contains(q, StringComparison.OrdinalIgnoreCase));
        if (request.Name?.Trim() is { Length: > 0 } name) query = query.Where(c => c.Name == name);
        if (request.RoomId is { } room) query = query.Where(c => c.RoomId == room);
        var conversations = await query.OrderByDescending(c => c.UpdatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(conversations.Select(ConversationResponse.From).ToList(), stats.TotalResults);
    }
}
