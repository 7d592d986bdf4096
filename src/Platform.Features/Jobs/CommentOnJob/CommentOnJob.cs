using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

public sealed record CommentOnJobRequest(string Text);

public sealed record CommentOnJob(Guid JobId, string Text) : IRequest<JobComment>;

public sealed class CommentOnJobValidator : AbstractValidator<CommentOnJob>
{
    public CommentOnJobValidator() => RuleFor(x => x.Text).NotEmpty().MaximumLength(4000);
}

public sealed class CommentOnJobHandler(IDocumentStore store, IQuerySession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<CommentOnJob, JobComment>
{
    public async ValueTask<JobComment> Handle(CommentOnJob request, CancellationToken ct)
    {
        await session.RequireJobAsync(request.JobId, caller, ct);
        var comment = new JobComment(Guid.CreateVersion7(), caller.Id, request.Text.Trim(), clock.GetUtcNow());
        await JobUpdates.ChangeAsync(store, request.JobId, job =>
        {
            job.Comments.Add(comment);
            job.Log(comment.At, "comment", comment.Text);
            return true;
        }, ct);
        return comment;
    }
}
