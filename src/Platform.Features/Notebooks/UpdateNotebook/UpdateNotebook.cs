using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

public sealed record UpdateNotebookRequest(string? Name, string? Description);

public sealed record UpdateNotebook(Guid NotebookId, UpdateNotebookRequest Changes) : IRequest<NotebookResponse>;

public sealed class UpdateNotebookValidator : AbstractValidator<UpdateNotebook>
{
    public UpdateNotebookValidator()
    {
        RuleFor(x => x.Changes).NotNull();
        RuleFor(x => x.Changes.Name).NotEmpty().MaximumLength(200).When(x => x.Changes?.Name is not null).Configure(r => r.PropertyName = "name");
        RuleFor(x => x.Changes.Description).MaximumLength(4000).When(x => x.Changes is not null).Configure(r => r.PropertyName = "description");
    }
}

public sealed class UpdateNotebookHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<UpdateNotebook, NotebookResponse>
{
    public async ValueTask<NotebookResponse> Handle(UpdateNotebook request, CancellationToken ct)
    {
        var notebook = await session.RequireNotebookAsync(request.NotebookId, caller, RoomRole.Editor, ct);
        if (request.Changes.Name is { } name) notebook.Name = name.Trim();
        if (request.Changes.Description is { } description) notebook.Description = description.Trim();
        notebook.UpdatedAt = clock.GetUtcNow();
        session.Store(notebook);
        await session.SaveChangesAsync(ct);
        return NotebookResponse.From(notebook);
    }
}
