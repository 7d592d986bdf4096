using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

public sealed record CreateSavepointRequest(string? Name);

public sealed record CreateSavepoint(Guid NotebookId, CreateSavepointRequest? Savepoint) : IRequest<SavepointResponse>;

public sealed class CreateSavepointValidator : AbstractValidator<CreateSavepoint>
{
    public CreateSavepointValidator() =>
        RuleFor(x => x.Savepoint!.Name).MaximumLength(200).When(x => x.Savepoint is not null).Configure(r => r.PropertyName = "name");
}

/// <summary>Keeps the whole notebook as it is now: every cell's kind, source, place and outputs.</summary>
public sealed class CreateSavepointHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<CreateSavepoint, SavepointResponse>
{
    public async ValueTask<SavepointResponse> Handle(CreateSavepoint request, CancellationToken ct)
    {
        var notebook = await session.RequireNotebookAsync(request.NotebookId, caller, RoomRole.Editor, ct);
        var now = clock.GetUtcNow();
        var name = request.Savepoint?.Name?.Trim() is { Length: > 0 } given ? given : $"Savepoint {now:yyyy-MM-dd HH:mm:ss}";
        var savepoint = Savepoints.Take(session, notebook.Id, await CellOrder.OfAsync(session, notebook.Id, ct), name, caller.Id, now);
        await session.SaveChangesAsync(ct);
        return SavepointResponse.From(savepoint);
    }
}
