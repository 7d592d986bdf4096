using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

public sealed record ListCells(Guid NotebookId) : IRequest<IReadOnlyList<CellResponse>>;

public sealed class ListCellsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListCells, IReadOnlyList<CellResponse>>
{
    public async ValueTask<IReadOnlyList<CellResponse>> Handle(ListCells request, CancellationToken ct)
    {
        var notebook = await session.RequireNotebookAsync(request.NotebookId, caller, RoomRole.Viewer, ct);
        return (await CellOrder.OfAsync(session, notebook.Id, ct)).Select(CellResponse.From).ToList();
    }
}
