using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record UpdateProfileRequest(string? DisplayName = null) : IRequest<UserResponse>;

public sealed class UpdateProfileValidator : AbstractValidator<UpdateProfileRequest>
{
    public UpdateProfileValidator() =>
        RuleFor(x => x.DisplayName).Must(n => n is null || n.Trim().Length > 0).WithMessage("'Display Name' must not be blank.").MaximumLength(100);
}

public sealed class UpdateProfileHandler(IDocumentSession session, CurrentUser caller) : IRequestHandler<UpdateProfileRequest, UserResponse>
{
    public async ValueTask<UserResponse> Handle(UpdateProfileRequest request, CancellationToken ct)
    {
        var user = await session.LoadAsync<User>(caller.Id, ct) ?? throw ProblemException.Unauthorized("The account no longer exists.");
        if (request.DisplayName is { } displayName && displayName.Trim() != user.DisplayName)
        {
            user.DisplayName = displayName.Trim();
            session.Update(user);
            session.Events.Append(user.Id, new ProfileUpdated(user.DisplayName));
            await session.SaveChangesAsync(ct);
        }
        return user.ToResponse();
    }
}
