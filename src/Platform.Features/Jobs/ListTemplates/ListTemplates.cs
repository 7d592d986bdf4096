using System.Text.Json;
using Mediator;

namespace Platform.Features.Jobs;

public sealed record ListTemplates : IRequest<TemplateList>;

public sealed record GetTemplate(string Id) : IRequest<TemplateResponse>;

/// <param name="Inputs">JSON Schema of a job's inputs.</param>
/// <param name="Source">builtin, or the workflow file it was read from.</param>
public sealed record TemplateResponse(string Id, string Name, string Description, JsonElement Inputs, string Source, IReadOnlyList<TemplateStepResponse> Steps)
{
    public static TemplateResponse From(JobTemplate t) =>
        new(t.Id, t.Name, t.Description, t.Inputs, t.Source, t.Steps.Select(s => new TemplateStepResponse(s.Id, s.Kind, s.Needs, s.Approval)).ToList());
}

public sealed record TemplateStepResponse(string Id, string Kind, IReadOnlyList<string> Needs, bool Approval);

/// <param name="Invalid">Workflow files left out, with every reason.</param>
public sealed record TemplateList(IReadOnlyList<TemplateResponse> Items, IReadOnlyList<InvalidTemplate> Invalid);

/// <summary>Built-in kinds first, then the valid workflow files, read again when they change.</summary>
public sealed class ListTemplatesHandler(JobTemplates templates) : IRequestHandler<ListTemplates, TemplateList>, IRequestHandler<GetTemplate, TemplateResponse>
{
    public ValueTask<TemplateList> Handle(ListTemplates request, CancellationToken ct)
    {
        var (found, invalid) = templates.Current();
        return ValueTask.FromResult(new TemplateList(found.Select(TemplateResponse.From).ToList(), invalid));
    }

    public ValueTask<TemplateResponse> Handle(GetTemplate request, CancellationToken ct) =>
        ValueTask.FromResult(TemplateResponse.From(templates.Find(request.Id)
            ?? throw new Common.ProblemException(StatusCodes.Status404NotFound, "Template not found", $"There is no template '{request.Id}'.")));
}
