using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Compliance;

public sealed record GetDataSubjectRequest(Guid RequestId) : IRequest<DataSubjectRequestResponse>;

public sealed class GetDataSubjectRequestHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetDataSubjectRequest, DataSubjectRequestResponse>
{
    public async ValueTask<DataSubjectRequestResponse> Handle(GetDataSubjectRequest request, CancellationToken ct) =>
        await session.LoadAsync<DataSubjectRequest>(request.RequestId, ct) is { } found && (caller.IsAdmin || found.SubjectId == caller.Id || found.RequestedBy == caller.Id)
            ? found.ToResponse()
            : throw new ProblemException(StatusCodes.Status404NotFound, "Request not found", $"There is no data subject request {request.RequestId} you can see.");
}
