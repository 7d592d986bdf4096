using FluentValidation;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;
using Platform.Features.Notebooks.Kernels;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

/// <param name="NotebookId">The notebook's kernel (the one its cells run in), started if it is not running.</param>
/// <param name="RoomId">A kernel over the room's datasets (for its editors).</param>
public sealed record StartSession(Guid? NotebookId, Guid? RoomId) : IRequest<SessionStarted>;

public sealed record SessionStarted(SessionResponse Session, bool Created);

public sealed class StartSessionValidator : AbstractValidator<StartSession>
{
    public StartSessionValidator() =>
        RuleFor(x => x.RoomId).Null().When(x => x.NotebookId is not null).WithMessage("Name a notebookId or a roomId, not both.");
}

/// <summary>Starts a sandboxed Python kernel over the datasets the caller names (their own when neither a notebook nor a room is named).</summary>
public sealed class StartSessionHandler(IQuerySession session, CurrentUser caller, KernelSessions kernels, IOptions<NotebookOptions> options)
    : IRequestHandler<StartSession, SessionStarted>
{
    public async ValueTask<SessionStarted> Handle(StartSession request, CancellationToken ct)
    {
        if (request.NotebookId is { } notebookId)
        {
            var notebook = await session.RequireNotebookAsync(notebookId, caller, RoomRole.Editor, ct);
            var running = kernels.RunningFor(notebookId) is not null;
            var kernel = await kernels.ForNotebookAsync(caller.Id, notebook.Id, notebook.RoomId, await session.DatasetsOfAsync(notebook, ct), ct);
            return new SessionStarted(SessionResponse.From(kernel, options.Value), !running);
        }
        if (request.RoomId is { } roomId) await session.RequireAsync(roomId, caller, RoomRole.Editor, ct);
        var datasets = await session.ReadyDatasetsAsync(request.RoomId, caller.Id, ct);
        var started = await kernels.StartAsync(caller.Id, null, request.RoomId, datasets, ct);
        return new SessionStarted(SessionResponse.From(started, options.Value), true);
    }
}
