using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Models;

public sealed record GetTuning(Guid TuningId) : IRequest<TuningResponse>;

public sealed class GetTuningHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetTuning, TuningResponse>
{
    public async ValueTask<TuningResponse> Handle(GetTuning request, CancellationToken ct)
    {
        var run = await session.LoadAsync<TuningRun>(request.TuningId, ct);
        return run is not null && (run.OwnerId == caller.Id || caller.IsAdmin)
            ? TuningResponse.From(run)
            : throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "The tuning run was not found.");
    }
}
