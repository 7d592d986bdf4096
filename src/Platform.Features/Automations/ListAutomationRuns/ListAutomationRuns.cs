using FluentValidation;
using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Jobs;
using Platform.Features.Rooms;

namespace Platform.Features.Automations;

/// <param name="Status">Only runs in this status.</param>
public sealed record ListAutomationRuns(Guid AutomationId, string? Status, int Offset, int Limit) : IRequest<Page<JobSummary>>, IPagedRequest;

public sealed class ListAutomationRunsValidator : AbstractValidator<ListAutomationRuns>
{
    public ListAutomationRunsValidator() =>
        RuleFor(x => x.Status).Must(s => s is null || JobStatus.All.Contains(s)).WithMessage($"'status' must be one of: {string.Join(", ", JobStatus.All)}.");
}

/// <summary>The automation's runs, newest first.</summary>
public sealed class ListAutomationRunsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListAutomationRuns, Page<JobSummary>>
{
    public async ValueTask<Page<JobSummary>> Handle(ListAutomationRuns request, CancellationToken ct)
    {
        var automation = await session.RequireAutomationAsync(request.AutomationId, caller, RoomRole.Viewer, ct);
        var templateId = automation.TemplateId;
        var query = session.Query<Job>().Stats(out QueryStatistics stats).Where(j => j.TemplateId == templateId);
        if (request.Status is { } status) query = query.Where(j => j.Status == status);
        var runs = await query.OrderByDescending(j => j.CreatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(runs.Select(JobSummary.From).ToList(), stats.TotalResults);
    }
}
