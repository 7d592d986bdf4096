using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Notebooks.Kernels;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

public sealed record DeleteNotebook(Guid NotebookId) : IRequest;

/// <summary>Deletes the notebook with its cells, runs and savepoints, and stops its kernel.</summary>
public sealed class DeleteNotebookHandler(IDocumentSession session, CurrentUser caller, KernelSessions kernels) : IRequestHandler<DeleteNotebook>
{
    public async ValueTask<Unit> Handle(DeleteNotebook request, CancellationToken ct)
    {
        var notebook = await session.RequireNotebookAsync(request.NotebookId, caller, RoomRole.Editor, ct);
        NotebookRemoval.Delete(session, notebook.Id);
        await session.SaveChangesAsync(ct);
        await kernels.StopNotebookAsync(notebook.Id);
        return Unit.Value;
    }
}
