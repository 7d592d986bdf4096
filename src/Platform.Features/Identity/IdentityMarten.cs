using Marten;

namespace Platform.Features.Identity;

public sealed class IdentityMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Schema.For<User>().UniqueIndex(u => u.Email);
        options.Schema.For<RefreshToken>().Index(t => t.FamilyId).Index(t => t.UserId);
        options.Schema.For<PasswordResetToken>().UseOptimisticConcurrency(true);
        options.Schema.For<OutboxEmail>().Index(e => e.To);
        options.Schema.For<EmailVerificationToken>().UseOptimisticConcurrency(true);
        options.Schema.For<PersonalApiKey>().UniqueIndex(k => k.Hash).Index(k => k.UserId);
        options.Schema.For<Invite>().UseOptimisticConcurrency(true).UniqueIndex(i => i.TokenHash).Index(i => i.Email);
        options.Schema.For<WaitlistEntry>().Index(w => w.Email);
        options.Schema.For<FailedSignIn>().Index(f => f.Email);
        // Single use: marking one used conflicts with a second use at the same moment.
        options.Schema.For<OidcLoginAttempt>().UseOptimisticConcurrency(true);
        options.Schema.For<OidcSignInCode>().UseOptimisticConcurrency(true);
        options.Schema.For<ExternalLogin>().Index(l => l.UserId);
        options.Schema.For<OidcSettings>();

        options.Events.AddEventTypes([
            typeof(UserRegistered), typeof(EmailVerified), typeof(UserLoggedIn), typeof(LoginFailed), typeof(RefreshTokenReuseDetected),
            typeof(PasswordResetRequested), typeof(PasswordReset), typeof(PasswordChanged), typeof(ProfileUpdated),
            typeof(UserCreatedByAdmin), typeof(UserRoleChanged), typeof(UserDisabled), typeof(UserEnabled), typeof(PasswordSetByAdmin),
            typeof(UserDeleted), typeof(ApiKeyCreated), typeof(ApiKeyRevoked), typeof(SignedInWithOidc), typeof(ExternalLoginLinked), typeof(RoleSetBySignOn),
        ]);
    }
}
