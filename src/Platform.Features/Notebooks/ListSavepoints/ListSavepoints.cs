using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

public sealed record ListSavepoints(Guid NotebookId) : IRequest<IReadOnlyList<SavepointResponse>>;

public sealed class ListSavepointsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListSavepoints, IReadOnlyList<SavepointResponse>>
{
    public async ValueTask<IReadOnlyList<SavepointResponse>> Handle(ListSavepoints request, CancellationToken ct)
    {
        var notebook = await session.RequireNotebookAsync(request.NotebookId, caller, RoomRole.Viewer, ct);
        var savepoints = await session.Query<NotebookSavepoint>().Where(s => s.NotebookId == notebook.Id).OrderByDescending(s => s.CreatedAt).ToListAsync(ct);
        return savepoints.Select(SavepointResponse.From).ToList();
    }
}
