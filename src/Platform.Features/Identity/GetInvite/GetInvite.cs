using FluentValidation;
using Mediator;
using Marten;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record GetInvite(string Token) : IRequest<InvitationDetails>;

/// <summary>What an invitation link offers, for the sign-up page to show.</summary>
public sealed record InvitationDetails(string Email, string Role, DateTimeOffset ExpiresAt);

public sealed class GetInviteValidator : AbstractValidator<GetInvite>
{
    public GetInviteValidator() => RuleFor(x => x.Token).NotEmpty().MaximumLength(200);
}

/// <summary>Resolves an open invitation from its link; unknown, used, revoked and expired ones are all simply not found.</summary>
public sealed class GetInviteHandler(IQuerySession session, Invitations invitations) : IRequestHandler<GetInvite, InvitationDetails>
{
    public async ValueTask<InvitationDetails> Handle(GetInvite request, CancellationToken ct) =>
        await invitations.FindOpenAsync(session, request.Token, ct) is { } invite
            ? new InvitationDetails(invite.Email, invite.Role, invite.ExpiresAt)
            : throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "The invitation is unknown, used, revoked or expired.");
}
