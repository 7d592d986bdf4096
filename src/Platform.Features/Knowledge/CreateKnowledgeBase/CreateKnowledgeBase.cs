using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Organizations;

namespace Platform.Features.Knowledge;

/// <param name="Language">PostgreSQL's text search configuration for stemming (english by default; simple for none).</param>
/// <param name="OrganizationId">An organisation of mine it belongs to: its members read it, its owners and admins manage it.</param>
public sealed record CreateKnowledgeBase(
    string Name, string? Description = null, string? Language = null, KnowledgeVisibility? Visibility = null, ChunkingSettings? Chunking = null,
    Guid? OrganizationId = null) : IRequest<KnowledgeBaseResponse>;

/// <summary>The rules a knowledge base's settings keep, on creation and on change.</summary>
public static class KnowledgeRules
{
    /// <summary>The text search configurations PostgreSQL 15 ships.</summary>
    public static readonly HashSet<string> Languages =
    [
        "simple", "arabic", "armenian", "basque", "catalan", "danish", "dutch", "english", "finnish", "french", "german", "greek", "hindi", "hungarian",
        "indonesian", "irish", "italian", "lithuanian", "nepali", "norwegian", "portuguese", "romanian", "russian", "serbian", "spanish", "swedish", "tamil",
        "turkish", "yiddish",
    ];

    public static IRuleBuilderOptions<T, string?> KnownLanguage<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(l => l is null || Languages.Contains(l)).WithMessage($"'Language' must be one of: {string.Join(", ", Languages.Order())}.");

    public sealed class ChunkingValidator : AbstractValidator<ChunkingSettings>
    {
        public ChunkingValidator()
        {
            RuleFor(x => x.MaxTokens).InclusiveBetween(50, 2000);
            RuleFor(x => x.OverlapTokens).GreaterThanOrEqualTo(0).Must((c, overlap) => overlap <= c.MaxTokens / 2)
                .WithMessage("'Overlap Tokens' must be at most half of 'Max Tokens'.");
        }
    }
}

public sealed class CreateKnowledgeBaseValidator : AbstractValidator<CreateKnowledgeBase>
{
    public CreateKnowledgeBaseValidator()
    {
        RuleFor(x => x.Name).NotEmpty().Must(n => n is null || n.Trim().Length > 0).WithMessage("'Name' must not be blank.").MaximumLength(200);
        RuleFor(x => x.Description).MaximumLength(2000);
        RuleFor(x => x.Language).KnownLanguage();
        RuleFor(x => x.Visibility).IsInEnum();
        RuleFor(x => x.Chunking!).SetValidator(new KnowledgeRules.ChunkingValidator()).When(x => x.Chunking is not null);
    }
}

public sealed class CreateKnowledgeBaseHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<CreateKnowledgeBase, KnowledgeBaseResponse>
{
    public async ValueTask<KnowledgeBaseResponse> Handle(CreateKnowledgeBase request, CancellationToken ct)
    {
        if (request.OrganizationId is { } organization) await session.RequireAsync(organization, caller, OrganizationRole.Member, ct);
        var now = clock.GetUtcNow();
        var knowledgeBase = new KnowledgeBase
        {
            Id = Guid.CreateVersion7(), OwnerId = caller.Id, OrganizationId = request.OrganizationId, Name = request.Name.Trim(),
            Description = request.Description?.Trim() is { Length: > 0 } description ? description : null, Language = request.Language ?? "english",
            Visibility = request.Visibility ?? KnowledgeVisibility.Private, Chunking = request.Chunking ?? ChunkingSettings.Default, CreatedAt = now, UpdatedAt = now,
        };
        session.Insert(knowledgeBase);
        await session.SaveChangesAsync(ct);
        return KnowledgeBaseResponse.From(knowledgeBase, 0);
    }
}
