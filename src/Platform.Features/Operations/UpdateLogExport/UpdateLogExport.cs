using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Operations;

/// <param name="Settings">Headers, when given, replace the kept ones; left out, the kept ones stay.</param>
public sealed record UpdateLogExport(LogExportRequest Settings) : IRequest<LogExportResponse>;

public sealed class UpdateLogExportValidator : AbstractValidator<UpdateLogExport>
{
    public UpdateLogExportValidator() => RuleFor(x => x.Settings).NotNull().SetValidator(new LogExportRequestValidator());
}

/// <summary>Saves the destination and ships to it from now on (other instances follow within 30 s).</summary>
public sealed class UpdateLogExportHandler(IDocumentSession session, CurrentUser caller, SecretProtection secrets, LogShipper shipper, TimeProvider clock)
    : IRequestHandler<UpdateLogExport, LogExportResponse>
{
    public async ValueTask<LogExportResponse> Handle(UpdateLogExport request, CancellationToken ct)
    {
        var settings = request.Settings.ApplyTo(await session.LoadAsync<LogExportSettings>(LogExportSettings.SingletonId, ct) ?? new LogExportSettings(), secrets);
        settings.UpdatedAt = clock.GetUtcNow();
        settings.UpdatedBy = caller.Id;
        session.Store(settings);
        await session.SaveChangesAsync(ct);
        shipper.Apply(settings);
        return LogExportResponse.From(settings);
    }
}
