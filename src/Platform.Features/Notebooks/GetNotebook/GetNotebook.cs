using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

public sealed record GetNotebook(Guid NotebookId) : IRequest<NotebookResponse>;

public sealed class GetNotebookHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetNotebook, NotebookResponse>
{
    public async ValueTask<NotebookResponse> Handle(GetNotebook request, CancellationToken ct)
    {
        var notebook = await session.RequireNotebookAsync(request.NotebookId, caller, RoomRole.Viewer, ct);
        var cells = await session.Query<NotebookCell>().Where(c => c.NotebookId == notebook.Id).ToListAsync(ct);
        return NotebookResponse.From(notebook, cells);
    }
}
