using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Identity;
using Platform.Features.Jobs;

namespace Platform.Features.Compliance;

/// <param name="UserId">Whose data: yourself when left out; anyone's for an administrator (a super_admin's only for a super_admin).</param>
/// <param name="Confirm">An erasure cannot be undone: it must be confirmed with true.</param>
public sealed record CreateDataSubjectRequest(DataSubjectRequestKind Kind, Guid? UserId = null, bool Confirm = false) : IRequest<DataSubjectRequestResponse>;

public sealed class CreateDataSubjectRequestValidator : AbstractValidator<CreateDataSubjectRequest>
{
    public CreateDataSubjectRequestValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Confirm).Equal(true).When(x => x.Kind == DataSubjectRequestKind.Erase)
            .WithMessage("An erasure removes the account and everything it made for good: send \"confirm\": true.");
    }
}

/// <summary>An export runs as a job (the request is processing until its archive is written); an erasure happens at once.</summary>
public sealed class CreateDataSubjectRequestHandler(IDocumentSession session, PersonalDataErasure erasure, IMediator mediator, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<CreateDataSubjectRequest, DataSubjectRequestResponse>
{
    public async ValueTask<DataSubjectRequestResponse> Handle(CreateDataSubjectRequest request, CancellationToken ct)
    {
        var subjectId = request.UserId ?? caller.Id;
        User subject;
        if (subjectId == caller.Id)
            subject = await session.LoadAsync<User>(subjectId, ct) ?? throw ProblemException.Unauthorized("The account no longer exists.");
        else if (!caller.IsAdmin)
            throw ProblemException.Forbidden("Only administrators make requests for someone else.");
        else
            subject = await session.RequireManageableAsync(subjectId, caller, ct);

        var record = new DataSubjectRequest
        {
            Id = Guid.CreateVersion7(), Kind = request.Kind, SubjectId = subject.Id, Subject = subject.Email, RequestedBy = caller.Id,
            Status = DataSubjectRequestStatus.Processing, CreatedAt = clock.GetUtcNow(),
        };
        if (request.Kind == DataSubjectRequestKind.Export)
        {
            session.Insert(record);
            var job = await mediator.Send(new CreateJob(PersonalDataExportJob.Kind, PersonalDataExportJob.Inputs(record.Id)), ct);
            record.JobId = job.Id;
            session.Update(record);
            await session.SaveChangesAsync(ct);
            return record.ToResponse();
        }

        record.Subject = PersonalDataErasure.PseudonymOf(subject.Id);
        record.Status = DataSubjectRequestStatus.Completed;
        record.CompletedAt = record.CreatedAt;
        session.Insert(record);
        await erasure.EraseAsync(subject, ct);
        return record.ToResponse();
    }
}
