using Marten;
using Platform.Features.Common;
using Platform.Features.Notebooks.Kernels;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

/// <param name="StopsIdleAt">When it stops if nothing runs in it before.</param>
public sealed record SessionResponse(
    Guid Id, string State, Guid OwnerId, Guid? NotebookId, Guid? RoomId, IReadOnlyList<string> Datasets, string? Python, int Executions,
    DateTimeOffset StartedAt, DateTimeOffset LastUsedAt, DateTimeOffset StopsIdleAt)
{
    public static SessionResponse From(KernelSession s, NotebookOptions options) =>
        new(s.Id, s.State, s.OwnerId, s.NotebookId, s.RoomId, s.Datasets, s.Process.PythonVersion, s.Executions, s.StartedAt, s.LastUsedAt, s.LastUsedAt + options.IdleTimeout);
}

public static class ExecutionSessions
{
    /// <summary>
    /// A running session the caller may use now: a notebook's kernel needs the editor role on the notebook, a room's
    /// the editor role in the room (so leaving the room ends a person's use of a kernel they started), a personal one
    /// its owner; administrators pass. Anyone else, and a session of another instance or already stopped, gets 404.
    /// </summary>
    public static async Task<KernelSession> RequireSessionAsync(this IQuerySession session, KernelSessions kernels, Guid id, CurrentUser caller, CancellationToken ct)
    {
        var found = kernels.Find(id) ?? throw NotFound(id);
        if (caller.IsAdmin) return found;
        try
        {
            if (found.NotebookId is { } notebookId) await session.RequireNotebookAsync(notebookId, caller, RoomRole.Editor, ct);
            else if (found.RoomId is { } roomId) await session.RequireAsync(roomId, caller, RoomRole.Editor, ct);
            else if (found.OwnerId != caller.Id) throw NotFound(id);
            return found;
        }
        catch (ProblemException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            throw NotFound(id);
        }
    }

    public static ProblemException NotFound(Guid id) =>
        new(StatusCodes.Status404NotFound, "Session not found", $"There is no running session {id} you can use (idle sessions stop on their own).");
}
