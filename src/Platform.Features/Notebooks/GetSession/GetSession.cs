using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;
using Platform.Features.Notebooks.Kernels;

namespace Platform.Features.Notebooks;

public sealed record GetSession(Guid SessionId) : IRequest<SessionResponse>;

public sealed class GetSessionHandler(IQuerySession session, CurrentUser caller, KernelSessions kernels, IOptions<NotebookOptions> options)
    : IRequestHandler<GetSession, SessionResponse>
{
    public async ValueTask<SessionResponse> Handle(GetSession request, CancellationToken ct) =>
        SessionResponse.From(await session.RequireSessionAsync(kernels, request.SessionId, caller, ct), options.Value);
}
