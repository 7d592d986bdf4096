using FluentValidation;
using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <param name="Search">Part of an e-mail address or name, any case.</param>
public sealed record ListUsers(string? Search, int Offset, int Limit) : IRequest<Page<AdminUserResponse>>, IPagedRequest;

public sealed class ListUsersValidator : AbstractValidator<ListUsers>
{
    public ListUsersValidator() => RuleFor(x => x.Search).MaximumLength(254);
}

/// <summary>Every account, oldest first, for administrators.</summary>
public sealed class ListUsersHandler(IQuerySession session) : IRequestHandler<ListUsers, Page<AdminUserResponse>>
{
    public async ValueTask<Page<AdminUserResponse>> Handle(ListUsers request, CancellationToken ct)
    {
        IQueryable<User> query = session.Query<User>().Stats(out QueryStatistics stats);
        if (request.Search?.Trim() is { Length: > 0 } search)
            query = query.Where(u => u.Email.Contains(search, StringComparison.OrdinalIgnoreCase) || u.DisplayName.Contains(search, StringComparison.OrdinalIgnoreCase));
        var users = await query.OrderBy(u => u.CreatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(users.Select(AdminUserResponse.From).ToList(), stats.TotalResults);
    }
}
