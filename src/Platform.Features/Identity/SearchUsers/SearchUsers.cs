using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record SearchUsers(string Q, int Limit) : IRequest<IReadOnlyList<PersonResponse>>, ILimitedRequest;

/// <summary>Someone found by a search: enough to add them to a room or organisation.</summary>
public sealed record PersonResponse(Guid Id, string Email, string DisplayName);

public sealed class SearchUsersValidator : AbstractValidator<SearchUsers>
{
    public SearchUsersValidator() => RuleFor(x => x.Q).NotEmpty().MinimumLength(2).MaximumLength(254);
}

/// <summary>
/// People to add to a room or organisation, without enumerating strangers: those I already share something with
/// whose address or name contains the text, and anyone whose address is exactly the text.
/// </summary>
public sealed class SearchUsersHandler(IQuerySession session, CurrentUser caller, IEnumerable<IAcquaintances> acquaintances)
    : IRequestHandler<SearchUsers, IReadOnlyList<PersonResponse>>
{
    public async ValueTask<IReadOnlyList<PersonResponse>> Handle(SearchUsers request, CancellationToken ct)
    {
        var text = request.Q.Trim();
        var email = User.NormalizeEmail(text);
        var known = new HashSet<Guid>();
        foreach (var source in acquaintances) known.UnionWith(await source.OfAsync(session, caller.Id, ct));
        var knownIds = known.ToArray();
        var me = caller.Id;
        var found = await session.Query<User>()
            .Where(u => u.Id != me && !u.Disabled && (u.Email == email
                || (knownIds.Contains(u.Id) && (u.Email.Contains(text, StringComparison.OrdinalIgnoreCase) || u.DisplayName.Contains(text, StringComparison.OrdinalIgnoreCase)))))
            .OrderBy(u => u.Email).Take(request.Limit).ToListAsync(ct);
        return found.Select(u => new PersonResponse(u.Id, u.Email, u.DisplayName)).ToList();
    }
}
