using Marten;
using Npgsql;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

public static class JobAccess
{
    /// <summary>The job, for its owner or an administrator; 404 for anyone else.</summary>
    public static async Task<Job> RequireJobAsync(this IQuerySession session, Guid id, CurrentUser caller, CancellationToken ct) =>
        await session.LoadAsync<Job>(id, ct) is { } job && (job.OwnerId == caller.Id || caller.IsAdmin)
            ? job
            : throw new ProblemException(StatusCodes.Status404NotFound, "Job not found", $"There is no job {id} you can see.");

    /// <summary>The schedule, for its owner or an administrator; 404 for anyone else.</summary>
    public static async Task<Schedule> RequireScheduleAsync(this IQuerySession session, Guid id, CurrentUser caller, CancellationToken ct) =>
        await session.LoadAsync<Schedule>(id, ct) is { } schedule && (schedule.OwnerId == caller.Id || caller.IsAdmin)
            ? schedule
            : throw new ProblemException(StatusCodes.Status404NotFound, "Schedule not found", $"There is no schedule {id} you can see.");

    public static ProblemException NotNow(Job job, string action) =>
        ProblemException.Conflict($"The job is {job.Status}: it cannot be {action} now.");

    public static bool IsUniqueViolation(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
            if (inner is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }) return true;
        return false;
    }
}

/// <summary>
/// Changes to a job that may race with its worker or another request: read, change, and write under the job's
/// version, again from a fresh read when someone else wrote first.
/// </summary>
public static class JobUpdates
{
    /// <param name="change">Changes the job and returns true, or returns false to leave it as it is.</param>
    /// <returns>The job as written (or as found when unchanged); null when it no longer exists.</returns>
    public static async Task<Job?> ChangeAsync(IDocumentStore store, Guid id, Func<Job, bool> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.LightweightSession();
            if (await session.LoadAsync<Job>(id, ct) is not { } job) return null;
            if (!change(job)) return job;
            session.Update(job);
            try
            {
                await session.SaveChangesAsync(ct);
                return job;
            }
            catch (JasperFx.ConcurrencyException) when (attempt < 20)
            {
            }
        }
    }
}
