using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

/// <param name="Kind">python (the default), sql or markdown.</param>
/// <param name="Position">Where it goes, from 0; at the end when left out.</param>
public sealed record AddCellRequest(string? Kind, string? Source, int? Position);

public sealed record AddCell(Guid NotebookId, AddCellRequest Cell) : IRequest<CellResponse>;

public sealed class AddCellValidator : AbstractValidator<AddCell>
{
    public AddCellValidator()
    {
        RuleFor(x => x.Cell).NotNull();
        When(x => x.Cell is not null, () =>
        {
            RuleFor(x => x.Cell.Kind).Must(k => k is null || CellKind.All.Contains(k)).WithMessage("'kind' must be python, sql or markdown.").Configure(r => r.PropertyName = "kind");
            RuleFor(x => x.Cell.Source).MaximumLength(CellRules.MaxSource).Configure(r => r.PropertyName = "source");
            RuleFor(x => x.Cell.Position).GreaterThanOrEqualTo(0).Configure(r => r.PropertyName = "position");
        });
    }
}

public sealed class AddCellHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<AddCell, CellResponse>
{
    public async ValueTask<CellResponse> Handle(AddCell request, CancellationToken ct)
    {
        var notebook = await session.RequireNotebookAsync(request.NotebookId, caller, RoomRole.Editor, ct);
        var cells = await CellOrder.OfAsync(session, notebook.Id, ct);
        if (cells.Count >= CellRules.MaxCells)
            throw new ProblemException(StatusCodes.Status409Conflict, "Notebook full", $"A notebook holds at most {CellRules.MaxCells} cells.");
        var now = clock.GetUtcNow();
        var cell = new NotebookCell
        {
            Id = Guid.CreateVersion7(), NotebookId = notebook.Id, Kind = request.Cell.Kind ?? CellKind.Python, Source = request.Cell.Source ?? "",
            CreatedAt = now, UpdatedAt = now,
        };
        session.Insert(cell);
        CellOrder.Place(session, cells, cell, request.Cell.Position);
        notebook.UpdatedAt = now;
        session.Store(notebook);
        await session.SaveChangesAsync(ct);
        return CellResponse.From(cell);
    }
}

public static class CellRules
{
    public const int MaxSource = 100_000;
    public const int MaxCells = 1000;
}
