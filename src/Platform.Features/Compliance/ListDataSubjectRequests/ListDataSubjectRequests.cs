using FluentValidation;
using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Compliance;

/// <param name="Kind">export or erase.</param>
public sealed record ListDataSubjectRequests(Guid? UserId, string? Kind, int Offset = 0, int Limit = Paging.DefaultLimit)
    : IRequest<Page<DataSubjectRequestResponse>>, IPagedRequest;

public sealed class ListDataSubjectRequestsValidator : AbstractValidator<ListDataSubjectRequests>
{
    public ListDataSubjectRequestsValidator() =>
        RuleFor(x => x.Kind).Must(k => k is null or "export" or "erase").WithMessage("'kind' is export or erase.");
}

/// <summary>Newest first: administrators see every request, anyone else the requests about or made by them.</summary>
public sealed class ListDataSubjectRequestsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListDataSubjectRequests, Page<DataSubjectRequestResponse>>
{
    public async ValueTask<Page<DataSubjectRequestResponse>> Handle(ListDataSubjectRequests request, CancellationToken ct)
    {
        var me = caller.Id;
        IQueryable<DataSubjectRequest> query = session.Query<DataSubjectRequest>().Stats(out QueryStatistics stats);
        if (!caller.IsAdmin) query = query.Where(r => r.SubjectId == me || r.RequestedBy == me);
        if (request.UserId is { } userId) query = query.Where(r => r.SubjectId == userId);
        if (request.Kind is { } named)
        {
            var kind = named == "erase" ? DataSubjectRequestKind.Erase : DataSubjectRequestKind.Export;
            query = query.Where(r => r.Kind == kind);
        }
        var page = await query.OrderByDescending(r => r.CreatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new Page<DataSubjectRequestResponse>(page.Select(r => r.ToResponse()).ToList(), stats.TotalResults);
    }
}
