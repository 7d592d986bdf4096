using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

public sealed record ArchiveJob(Guid JobId) : IRequest<JobResponse>;

public sealed record DeleteJob(Guid JobId) : IRequest;

/// <param name="Status">Only jobs in this status; every job but running ones when left out.</param>
public sealed record ClearJobs(string? Status) : IRequest<ClearedJobs>;

public sealed record ClearJobsRequest(string? Status = null);

public sealed record ClearedJobs(int Deleted);

public sealed class ClearJobsValidator : AbstractValidator<ClearJobs>
{
    public ClearJobsValidator() =>
        RuleFor(x => x.Status).Must(s => s is null || (JobStatus.All.Contains(s) && s != JobStatus.Running))
            .WithMessage("'status' is one of the statuses other than running (running jobs are cancelled, not cleared).");
}

/// <summary>Taking jobs off the board: archive (kept, listed only when asked for), delete with its artifacts, or clear (administrators).</summary>
public sealed class RemoveJobHandler(IDocumentStore store, IDocumentSession session, JobArtifacts artifacts, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<ArchiveJob, JobResponse>, IRequestHandler<DeleteJob>, IRequestHandler<ClearJobs, ClearedJobs>
{
    public async ValueTask<JobResponse> Handle(ArchiveJob request, CancellationToken ct)
    {
        await session.RequireJobAsync(request.JobId, caller, ct);
        var job = await JobUpdates.ChangeAsync(store, request.JobId, job =>
        {
            if (job.Status == JobStatus.Archived) return false;
            if (job.Status == JobStatus.Running) throw JobAccess.NotNow(job, "archived (cancel it first)");
            job.ClaimedBy = null;
            job.MoveTo(JobStatus.Archived, clock.GetUtcNow(), "Archived.");
            return true;
        }, ct) ?? throw new ProblemException(StatusCodes.Status404NotFound, "Job not found", "The job was deleted.");
        return JobResponse.From(job);
    }

    public async ValueTask<Unit> Handle(DeleteJob request, CancellationToken ct)
    {
        var job = await session.RequireJobAsync(request.JobId, caller, ct);
        if (job.Status == JobStatus.Running) throw JobAccess.NotNow(job, "deleted (cancel it first)");
        // Not if a worker claimed it since it was read.
        var running = JobStatus.Running;
        session.DeleteWhere<Job>(j => j.Id == job.Id && j.Status != running);
        await session.SaveChangesAsync(ct);
        artifacts.Delete(job.Id);
        return Unit.Value;
    }

    public async ValueTask<ClearedJobs> Handle(ClearJobs request, CancellationToken ct)
    {
        if (!caller.IsAdmin) throw new ProblemException(StatusCodes.Status403Forbidden, "Forbidden", "Only administrators clear the board.");
        IQueryable<Job> query = session.Query<Job>().Where(j => j.Status != JobStatus.Running);
        if (request.Status is { } status) query = query.Where(j => j.Status == status);
        var ids = await query.Select(j => j.Id).ToListAsync(ct);
        if (ids.Count == 0) return new ClearedJobs(0);
        var running = JobStatus.Running;
        session.DeleteWhere<Job>(j => ids.Contains(j.Id) && j.Status != running);
        await session.SaveChangesAsync(ct);
        foreach (var id in ids) artifacts.Delete(id);
        return new ClearedJobs(ids.Count);
    }
}
