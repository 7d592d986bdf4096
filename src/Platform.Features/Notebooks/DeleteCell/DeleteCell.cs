using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

public sealed record DeleteCell(Guid CellId) : IRequest;

public sealed class DeleteCellHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<DeleteCell>
{
    public async ValueTask<Unit> Handle(DeleteCell request, CancellationToken ct)
    {
        var (notebook, cell) = await session.RequireCellAsync(request.CellId, caller, RoomRole.Editor, ct);
        session.Delete(cell);
        session.DeleteWhere<CellRun>(r => r.CellId == cell.Id);
        var rest = await CellOrder.OfAsync(session, notebook.Id, ct);
        rest.RemoveAll(c => c.Id == cell.Id);
        CellOrder.Renumber(session, rest);
        notebook.UpdatedAt = clock.GetUtcNow();
        session.Store(notebook);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
