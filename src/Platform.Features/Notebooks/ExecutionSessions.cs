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
    /// A running session the caller may use: their own, or the kernel of a notebook they may run; administrators pass.
    /// Anyone else, and a session of another instance or already stopped, gets 404.
    /// </summary>
    public static async Task<KernelSession> RequireSessionAsync(this IQuerySession session, KernelSessions kernels, Guid id, CurrentUser caller, CancellationToken ct)
    {
        var found = kernels.Find(id) ?? throw NotFound(id);
        if (found.OwnerId == caller.Id || caller.IsAdmin) return found;
        if (found.NotebookId is { } notebookId)
        {
            try
            {
                await session.RequireNotebookAsync(notebookId, caller, RoomRole.Editor, ct);
                return found;
            }
            catch (ProblemException e) when (e.Status == StatusCodes.Status403Forbidden)
            {
                throw;
            }
            catch (ProblemException)
            {
                throw NotFound(id);
            }
        }
        throw NotFound(id);
    }

    public static ProblemException NotFound(Guid id) =>
        new(StatusCodes.Status404NotFound, "Session not found", $"There is no running session {id} you can use (idle sessions stop on their own).");
}
