using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <param name="Mine">Administrators see every schedule unless this is true; others only ever see theirs.</param>
public sealed record ListSchedules(bool Mine, int Offset, int Limit) : IRequest<Page<ScheduleResponse>>, IPagedRequest;

public sealed record GetSchedule(Guid ScheduleId) : IRequest<ScheduleResponse>;

public sealed record ListScheduleJobs(Guid ScheduleId, int Offset, int Limit) : IRequest<Page<JobSummary>>, IPagedRequest;

public sealed class ListSchedulesHandler(IQuerySession session, CurrentUser caller)
    : IRequestHandler<ListSchedules, Page<ScheduleResponse>>, IRequestHandler<GetSchedule, ScheduleResponse>, IRequestHandler<ListScheduleJobs, Page<JobSummary>>
{
    public async ValueTask<Page<ScheduleResponse>> Handle(ListSchedules request, CancellationToken ct)
    {
        IQueryable<Schedule> query = session.Query<Schedule>().Stats(out QueryStatistics stats);
        var me = caller.Id;
        if (request.Mine || !caller.IsAdmin) query = query.Where(s => s.OwnerId == me);
        var schedules = await query.OrderBy(s => s.Name).ThenBy(s => s.Id).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(schedules.Select(ScheduleResponse.From).ToList(), stats.TotalResults);
    }

    public async ValueTask<ScheduleResponse> Handle(GetSchedule request, CancellationToken ct) =>
        ScheduleResponse.From(await session.RequireScheduleAsync(request.ScheduleId, caller, ct));

    /// <summary>The jobs the schedule spawned, newest slot first.</summary>
    public async ValueTask<Page<JobSummary>> Handle(ListScheduleJobs request, CancellationToken ct)
    {
        var schedule = await session.RequireScheduleAsync(request.ScheduleId, caller, ct);
        var jobs = await session.Query<Job>().Stats(out QueryStatistics stats).Where(j => j.ScheduleId == schedule.Id)
            .OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(jobs.Select(JobSummary.From).ToList(), stats.TotalResults);
    }
}
