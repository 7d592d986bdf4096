using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Audit;

/// <param name="Cursor">The <c>nextCursor</c> of the previous page.</param>
/// <param name="Limit">Entries per page: 50 unless given, at most 200.</param>
public sealed record ListAuditEntries(AuditFilter Filter, string? Cursor, int? Limit) : IRequest<AuditPage>;

/// <param name="NextCursor">Pass as <c>cursor</c> for older entries; null on the last page.</param>
public sealed record AuditPage(IReadOnlyList<AuditEntryResponse> Items, string? NextCursor);

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntries>
{
    public ListAuditEntriesValidator()
    {
        RuleFor(x => x.Filter).SetValidator(new AuditFilterValidator());
        RuleFor(x => x.Limit).InclusiveBetween(1, 200);
        RuleFor(x => x.Cursor).Must(c => c is null || AuditCursor.TryParse(c, out _)).WithMessage("'cursor' is not a cursor this API gave.");
    }
}

/// <summary>Newest first, a page at a time.</summary>
public sealed class ListAuditEntriesHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListAuditEntries, AuditPage>
{
    public async ValueTask<AuditPage> Handle(ListAuditEntries request, CancellationToken ct)
    {
        await request.Filter.RequireReadableAsync(session, caller, ct);
        var limit = request.Limit ?? 50;
        var entries = request.Filter.Apply(session.Query<AuditEntry>());
        if (request.Cursor is { } cursor && AuditCursor.TryParse(cursor, out var before)) entries = entries.Where(e => e.At < before);
        var page = await entries.OrderByDescending(e => e.At).Take(limit + 1).ToListAsync(ct);
        var more = page.Count > limit;
        var items = page.Take(limit).ToList();
        return new AuditPage(items.Select(e => e.ToResponse()).ToList(), more ? AuditCursor.Of(items[^1].At) : null);
    }
}

/// <summary>A page ends at an entry's time (kept to the microsecond, as PostgreSQL keeps it).</summary>
public static class AuditCursor
{
    public static string Of(DateTimeOffset at) => at.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParse(string cursor, out DateTimeOffset at)
    {
        at = default;
        if (!long.TryParse(cursor, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks) return false;
        at = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }
}
