using FluentValidation;
using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <param name="Status">waiting (default), approved or rejected.</param>
public sealed record ListWaitlist(string Status, int Offset, int Limit) : IRequest<Page<WaitlistEntryResponse>>, IPagedRequest;

public sealed class ListWaitlistValidator : AbstractValidator<ListWaitlist>
{
    public ListWaitlistValidator() => RuleFor(x => x.Status).Must(s => s is "waiting" or "approved" or "rejected").WithMessage("'status' must be waiting, approved or rejected.");
}

/// <summary>People asking to join, oldest first.</summary>
public sealed class ListWaitlistHandler(IQuerySession session) : IRequestHandler<ListWaitlist, Page<WaitlistEntryResponse>>
{
    public async ValueTask<Page<WaitlistEntryResponse>> Handle(ListWaitlist request, CancellationToken ct)
    {
        var entries = await session.Query<WaitlistEntry>().Stats(out QueryStatistics stats).Where(w => w.Status == request.Status)
            .OrderBy(w => w.CreatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(entries.Select(e => e.ToResponse()).ToList(), stats.TotalResults);
    }
}
