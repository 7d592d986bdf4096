using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record CheckUserDeletion(Guid UserId) : IRequest<UserDeletionCheck>;

/// <param name="CanDelete">False with the <paramref name="Reason"/> when the deletion would be refused.</param>
/// <param name="Owned">What would pass to <paramref name="SuccessorEmail"/>, by kind.</param>
public sealed record UserDeletionCheck(bool CanDelete, string? Reason, Guid? SuccessorId, string? SuccessorEmail, IReadOnlyList<Holding> Owned);

/// <summary>What deleting the account would do, without doing it.</summary>
public sealed class CheckUserDeletionHandler(IDocumentSession session, CurrentUser caller, IEnumerable<IAccountHandover> handovers)
    : IRequestHandler<CheckUserDeletion, UserDeletionCheck>
{
    public async ValueTask<UserDeletionCheck> Handle(CheckUserDeletion request, CancellationToken ct)
    {
        var user = await session.RequireManageableAsync(request.UserId, caller, ct);
        var owned = new List<Holding>();
        foreach (var area in handovers) owned.AddRange(await area.OwnedAsync(session, user.Id, ct));
        try
        {
            var successor = await session.RequireDeletableAsync(user, caller, ct);
            return new UserDeletionCheck(true, null, successor.Id, successor.Email, owned);
        }
        catch (ProblemException refused)
        {
            return new UserDeletionCheck(false, refused.Detail, null, null, owned);
        }
    }
}
