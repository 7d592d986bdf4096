using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

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

/// <summary>Administrators clear the board: every job that is not running (or those of one status) goes, with its artifacts.</summary>
public sealed class ClearJobsHandler(IDocumentSession session, JobArtifacts artifacts, CurrentUser caller) : IRequestHandler<ClearJobs, ClearedJobs>
{
    public async ValueTask<ClearedJobs> Handle(ClearJobs request, CancellationToken ct)
    {
        if (!caller.IsAdmin) throw ProblemException.Forbidden("Only administrators clear the board.");
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
