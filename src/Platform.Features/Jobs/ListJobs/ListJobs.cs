using FluentValidation;
using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <param name="Status">Only jobs in this status; archived jobs are listed only when asked for.</param>
/// <param name="Mine">Administrators see everyone's jobs unless this is true; others only ever see theirs.</param>
public sealed record ListJobs(string? Status, bool Mine, Guid? ScheduleId, int Offset, int Limit) : IRequest<Page<JobSummary>>, IPagedRequest;

public sealed class ListJobsValidator : AbstractValidator<ListJobs>
{
    public ListJobsValidator()
    {
        RuleFor(x => x.Status).Must(s => s is null || JobStatus.All.Contains(s)).WithMessage($"'status' is one of {string.Join(", ", JobStatus.All)}.");
    }
}

/// <summary>The board: newest first.</summary>
public sealed class ListJobsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListJobs, Page<JobSummary>>
{
    public async ValueTask<Page<JobSummary>> Handle(ListJobs request, CancellationToken ct)
    {
        IQueryable<Job> query = session.Query<Job>().Stats(out QueryStatistics stats);
        var me = caller.Id;
        if (request.Mine || !caller.IsAdmin) query = query.Where(j => j.OwnerId == me);
        if (request.ScheduleId is { } scheduleId) query = query.Where(j => j.ScheduleId == scheduleId);
        query = request.Status is { } status ? query.Where(j => j.Status == status) : query.Where(j => j.Status != JobStatus.Archived);
        var jobs = await query.OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(jobs.Select(JobSummary.From).ToList(), stats.TotalResults);
    }
}
