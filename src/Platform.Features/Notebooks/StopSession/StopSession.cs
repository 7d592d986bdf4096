using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Notebooks.Kernels;

namespace Platform.Features.Notebooks;

public sealed record StopSession(Guid SessionId) : IRequest;

/// <summary>Stops the kernel and deletes its scratch folder; its variables are lost, cells keep their outputs.</summary>
public sealed class StopSessionHandler(IQuerySession session, CurrentUser caller, KernelSessions kernels) : IRequestHandler<StopSession>
{
    public async ValueTask<Unit> Handle(StopSession request, CancellationToken ct)
    {
        var kernel = await session.RequireSessionAsync(kernels, request.SessionId, caller, ct);
        await kernels.StopAsync(kernel.Id);
        return Unit.Value;
    }
}
