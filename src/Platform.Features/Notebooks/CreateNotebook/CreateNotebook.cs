using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

/// <param name="RoomId">A room's notebook (its editors change and run it, its cells see the room's datasets); yours alone when left out.</param>
public sealed record CreateNotebook(string Name, string? Description, Guid? RoomId) : IRequest<NotebookResponse>;

public sealed class CreateNotebookValidator : AbstractValidator<CreateNotebook>
{
    public CreateNotebookValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Description).MaximumLength(4000);
    }
}

public sealed class CreateNotebookHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<CreateNotebook, NotebookResponse>
{
    public async ValueTask<NotebookResponse> Handle(CreateNotebook request, CancellationToken ct)
    {
        if (request.RoomId is { } roomId) await session.RequireAsync(roomId, caller, RoomRole.Editor, ct);
        var now = clock.GetUtcNow();
        var notebook = new Notebook
        {
            Id = Guid.CreateVersion7(), OwnerId = caller.Id, RoomId = request.RoomId, Name = request.Name.Trim(), Description = request.Description?.Trim() ?? "",
            CreatedAt = now, UpdatedAt = now,
        };
        session.Insert(notebook);
        await session.SaveChangesAsync(ct);
        return NotebookResponse.From(notebook, []);
    }
}
