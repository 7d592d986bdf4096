using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

public sealed record UpdateDatasetRequest(string? Name = null, string? Description = null);

public sealed record UpdateDataset(Guid DatasetId, string? Name, string? Description) : IRequest<DatasetResponse>;

public sealed class UpdateDatasetValidator : AbstractValidator<UpdateDataset>
{
    public UpdateDatasetValidator()
    {
        RuleFor(x => x.Name).Must(n => n is null || n.Trim().Length > 0).WithMessage("'Name' must not be blank.").MaximumLength(200);
        RuleFor(x => x.Description).MaximumLength(2000);
    }
}

/// <summary>Renames or describes a dataset (its owner). The table name stays, so queries and panels keep working.</summary>
public sealed class UpdateDatasetHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<UpdateDataset, DatasetResponse>
{
    public async ValueTask<DatasetResponse> Handle(UpdateDataset request, CancellationToken ct)
    {
        var dataset = await session.RequireOwnAsync(request.DatasetId, caller, ct);
        dataset.Name = request.Name?.Trim() ?? dataset.Name;
        dataset.Description = request.Description is null ? dataset.Description : request.Description.Trim() is { Length: > 0 } text ? text : null;
        dataset.UpdatedAt = clock.GetUtcNow();
        session.Update(dataset);
        await session.SaveChangesAsync(ct);
        return DatasetResponse.From(dataset);
    }
}
