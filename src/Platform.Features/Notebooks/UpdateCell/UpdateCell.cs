using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

/// <param name="Position">Move it here, from 0.</param>
public sealed record UpdateCellRequest(string? Kind, string? Source, int? Position);

public sealed record UpdateCell(Guid CellId, UpdateCellRequest Changes) : IRequest<CellResponse>;

public sealed class UpdateCellValidator : AbstractValidator<UpdateCell>
{
    public UpdateCellValidator()
    {
        RuleFor(x => x.Changes).NotNull();
        When(x => x.Changes is not null, () =>
        {
            RuleFor(x => x.Changes.Kind).Must(k => k is null || CellKind.All.Contains(k)).WithMessage("'kind' must be python, sql or markdown.").Configure(r => r.PropertyName = "kind");
            RuleFor(x => x.Changes.Source).MaximumLength(CellRules.MaxSource).Configure(r => r.PropertyName = "source");
            RuleFor(x => x.Changes.Position).GreaterThanOrEqualTo(0).Configure(r => r.PropertyName = "position");
        });
    }
}

/// <summary>Changes a cell's source, kind or place; its last outputs stay until it runs again.</summary>
public sealed class UpdateCellHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<UpdateCell, CellResponse>
{
    public async ValueTask<CellResponse> Handle(UpdateCell request, CancellationToken ct)
    {
        var (notebook, cell) = await session.RequireCellAsync(request.CellId, caller, RoomRole.Editor, ct);
        var changes = request.Changes;
        if (changes.Kind is { } kind) cell.Kind = kind;
        if (changes.Source is { } source) cell.Source = source;
        cell.UpdatedAt = clock.GetUtcNow();
        session.Store(cell);
        if (changes.Position is { } position) CellOrder.Place(session, await CellOrder.OfAsync(session, notebook.Id, ct), cell, position);
        notebook.UpdatedAt = cell.UpdatedAt;
        session.Store(notebook);
        await session.SaveChangesAsync(ct);
        return CellResponse.From(cell);
    }
}
