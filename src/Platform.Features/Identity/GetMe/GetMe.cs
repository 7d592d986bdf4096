using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record GetMe : IRequest<UserResponse>;

public sealed class GetMeHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetMe, UserResponse>
{
    public async ValueTask<UserResponse> Handle(GetMe request, CancellationToken ct) =>
        (await session.LoadAsync<User>(caller.Id, ct))?.ToResponse()
        ?? throw ProblemException.Unauthorized("The account no longer exists.");
}
