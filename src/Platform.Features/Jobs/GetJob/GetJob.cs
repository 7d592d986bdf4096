using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

public sealed record GetJob(Guid JobId) : IRequest<JobResponse>;

public sealed record GetJobGraph(Guid JobId) : IRequest<JobGraphResponse>;

/// <param name="Level">Steps of one level need only steps of lower levels.</param>
public sealed record JobGraphNode(string Id, string Kind, string Status, int Level, IReadOnlyList<string> Needs, bool Approval);

public sealed record JobGraphEdge(string From, string To);

/// <param name="Steps">In dependency order.</param>
public sealed record JobGraphResponse(Guid JobId, IReadOnlyList<JobGraphNode> Steps, IReadOnlyList<JobGraphEdge> Edges);

/// <summary>The job with its steps, runs, log, comments and result; and its steps as a graph.</summary>
public sealed class GetJobHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetJob, JobResponse>, IRequestHandler<GetJobGraph, JobGraphResponse>
{
    public async ValueTask<JobResponse> Handle(GetJob request, CancellationToken ct) =>
        JobResponse.From(await session.RequireJobAsync(request.JobId, caller, ct));

    public async ValueTask<JobGraphResponse> Handle(GetJobGraph request, CancellationToken ct)
    {
        var job = await session.RequireJobAsync(request.JobId, caller, ct);
        var levels = new Dictionary<string, int>();
        var nodes = new List<JobGraphNode>();
        foreach (var step in JobGraph.Ordered(job.Steps))
        {
            levels[step.Id] = step.Needs.Count == 0 ? 0 : step.Needs.Max(n => levels.GetValueOrDefault(n)) + 1;
            nodes.Add(new JobGraphNode(step.Id, step.Kind, step.Status, levels[step.Id], step.Needs, step.Approval));
        }
        return new JobGraphResponse(job.Id, nodes, nodes.SelectMany(n => n.Needs.Select(need => new JobGraphEdge(need, n.Id))).ToList());
    }
}
