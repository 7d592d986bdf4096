using System.Runtime.CompilerServices;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <param name="After">The last log event the client has (Last-Event-ID): the stream resumes after it; from the start when null.</param>
public sealed record StreamJob(Guid JobId, int? After) : IStreamRequest<JobStreamFrame>;

/// <param name="Event">A log event, or null for a heartbeat.</param>
/// <param name="Final">The job's status once it settled: the last frame.</param>
public sealed record JobStreamFrame(JobEvent? Event, string? Final = null);

/// <summary>
/// The job's log and status changes as they are written, by whichever instance runs it: read back from the job
/// every <see cref="PollEvery"/>, a heartbeat every 15 s, and a final frame once the job settles.
/// </summary>
public sealed class StreamJobHandler(IDocumentStore store, IQuerySession session, CurrentUser caller, AccessRevocations revocations, TimeProvider clock)
    : IStreamRequestHandler<StreamJob, JobStreamFrame>
{
    public static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(15);

    public async IAsyncEnumerable<JobStreamFrame> Handle(StreamJob request, [EnumeratorCancellation] CancellationToken ct)
    {
        var job = await session.RequireJobAsync(request.JobId, caller, ct);
        using var access = revocations.WatchUser(caller.Id);
        yield return new JobStreamFrame(null);
        var sent = request.After ?? 0;
        var quietSince = clock.GetUtcNow();
        while (true)
        {
            foreach (var e in job.Events.Where(e => e.Id > sent))
            {
                yield return new JobStreamFrame(e);
                sent = e.Id;
                quietSince = clock.GetUtcNow();
            }
            if (JobStatus.IsSettled(job.Status))
            {
                yield return new JobStreamFrame(null, job.Status);
                yield break;
            }
            if (clock.GetUtcNow() - quietSince >= HeartbeatEvery)
            {
                yield return new JobStreamFrame(null);
                quietSince = clock.GetUtcNow();
            }
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct, access.Revoked);
            try
            {
                await Task.Delay(PollEvery, clock, wait.Token);
            }
            catch (OperationCanceledException) when (access.Revoked.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                throw AccessRevocations.Ended("Your sign-in is no longer valid (password changed or account closed); sign in again.");
            }
            await using var read = store.QuerySession();
            if (await read.LoadAsync<Job>(request.JobId, ct) is not { } fresh)
            {
                yield return new JobStreamFrame(null, "deleted");
                yield break;
            }
            job = fresh;
        }
    }
}
