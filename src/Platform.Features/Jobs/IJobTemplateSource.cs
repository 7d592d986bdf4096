using System.Text.Json;
using Marten;

namespace Platform.Features.Jobs;

/// <summary>
/// Templates another area keeps with versions of their own (automations, <c>automation:{id}</c>): a schedule naming one
/// asks the area for the job when its slot fires. Implementations are registered by their area.
/// </summary>
public interface IJobTemplateSource
{
    /// <summary>The start of the template ids it answers for.</summary>
    string Prefix { get; }

    /// <summary>A new job of the template for the schedule's owner and inputs, not yet stored.</summary>
    /// <exception cref="Common.ProblemException">The template is gone or may not run now (the schedule records why).</exception>
    /// <exception cref="FluentValidation.ValidationException">The inputs no longer fit.</exception>
    Task<Job> NewScheduledJobAsync(IQuerySession session, string templateId, Guid ownerId, JsonElement inputs, DateTimeOffset now, CancellationToken ct);
}
