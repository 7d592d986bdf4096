using DuckDB.NET.Data;
using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

public sealed record UpdateColumnRequest(string? Name = null, string? Description = null);

public sealed record UpdateColumn(Guid DatasetId, string Column, string? Name, string? Description) : IRequest<DatasetResponse>;

public sealed class UpdateColumnValidator : AbstractValidator<UpdateColumn>
{
    public UpdateColumnValidator()
    {
        RuleFor(x => x.Name).Must(n => n is null || n.Trim().Length > 0).WithMessage("'Name' must not be blank.").MaximumLength(255);
        RuleFor(x => x.Description).MaximumLength(2000);
    }
}

/// <summary>
/// Renames or describes a column (the dataset's owner). A rename makes a new version of the data, so readers
/// of the current one are not disturbed; a description only changes the metadata.
/// </summary>
public sealed class UpdateColumnHandler(IDocumentSession session, DatasetVersions versions, DatasetFiles files, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<UpdateColumn, DatasetResponse>
{
    public async ValueTask<DatasetResponse> Handle(UpdateColumn request, CancellationToken ct)
    {
        var dataset = (await session.RequireOwnAsync(request.DatasetId, caller, ct)).RequireReady();
        var index = dataset.Columns.FindIndex(c => c.Name == request.Column);
        if (index < 0) throw new ProblemException(StatusCodes.Status404NotFound, "Not found", $"The dataset has no column '{request.Column}'.");
        var column = dataset.Columns[index];
        var description = request.Description is null ? column.Description : request.Description.Trim() is { Length: > 0 } text ? text : null;
        var name = request.Name?.Trim() ?? column.Name;
        if (name != column.Name && dataset.Columns.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase) && c != column))
            throw ProblemException.Conflict($"The dataset already has a column named '{name}'.");

        if (name == column.Name)
        {
            dataset.Columns[index] = column with { Description = description };
            dataset.UpdatedAt = clock.GetUtcNow();
            session.Update(dataset);
            await session.SaveChangesAsync(ct);
            return DatasetResponse.From(dataset);
        }

        var current = files.Data(dataset);
        await versions.ReplaceAsync(dataset,
            path =>
            {
                File.Copy(current, path);
                using var connection = new DuckDBConnection($"Data Source={path}");
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = $"alter table {DatasetStorage.Identifier(dataset.TableName)} rename column {DatasetStorage.Identifier(column.Name)} to {DatasetStorage.Identifier(name)}; checkpoint;";
                command.ExecuteNonQuery();
            },
            d => d.Columns[index] = column with { Name = name, Description = description },
            ct);
        return DatasetResponse.From(dataset);
    }
}
