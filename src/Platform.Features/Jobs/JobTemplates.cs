using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Options;
using NJsonSchema;
using Platform.Features.Common;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Platform.Features.Jobs;

/// <summary>
/// The templates jobs are made from: one per job kind the areas contribute, and one per valid
/// <c>*.job_workflow.yaml</c> in <see cref="JobOptions.TemplatesDirectory"/>, read again when a file changes.
/// A file that is not a valid workflow is reported with its reasons, never thrown.
/// </summary>
public sealed partial class JobTemplates(IEnumerable<JobKindInfo> kinds, IOptions<JobOptions> options, Microsoft.Extensions.Hosting.IHostEnvironment host)
{
    public const string WorkflowSuffix = ".job_workflow.yaml";
    private readonly Dictionary<string, JobKindInfo> _kinds = kinds.ToDictionary(k => k.Id);
    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, JobTemplate? Template, InvalidTemplate? Invalid)> _files = new();

    public IReadOnlyCollection<JobKindInfo> Kinds => _kinds.Values;

    /// <summary>The configured folder; a relative one is taken from the repository root (the folder holding Platform.sln), else the content root.</summary>
    public string Directory { get; } = Path.Combine(DataFolder.RepositoryRootOr(host.ContentRootPath), options.Value.TemplatesDirectory);

    public (IReadOnlyList<JobTemplate> Templates, IReadOnlyList<InvalidTemplate> Invalid) Current()
    {
        var templates = _kinds.Values.OrderBy(k => k.Id, StringComparer.Ordinal).Select(Builtin).ToList();
        var invalid = new List<InvalidTemplate>();
        var files = System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.GetFiles(Directory, "*" + WorkflowSuffix).Order(StringComparer.Ordinal).ToArray()
            : [];
        foreach (var file in files)
        {
            var info = new FileInfo(file);
            if (!_files.TryGetValue(file, out var read) || read.Written != info.LastWriteTimeUtc || read.Length != info.Length)
                _files[file] = read = Read(file, info);
            if (read.Template is { } template) templates.Add(template);
            else invalid.Add(read.Invalid!);
        }
        foreach (var gone in _files.Keys.Except(files)) _files.TryRemove(gone, out _);
        return (templates, invalid);
    }

    public JobTemplate? Find(string id) => Current().Templates.FirstOrDefault(t => t.Id == id);

    /// <exception cref="ValidationException">No template has this id (a 400 on <c>templateId</c>).</exception>
    public JobTemplate Require(string id) => Find(id)
        ?? throw new ValidationException([new ValidationFailure("templateId", $"There is no template '{id}'; see GET /api/templates.")]);

    private static JobTemplate Builtin(JobKindInfo kind) =>
        new(kind.Id, kind.Name, kind.Description, kind.Schema, [new StepTemplate("main", kind.Id, [], null, false)], "builtin");

    private (DateTime, long, JobTemplate?, InvalidTemplate?) Read(string file, FileInfo info)
    {
        var name = Path.GetFileName(file);
        var errors = new List<string>();
        JobTemplate? template = null;
        try
        {
            template = Parse(name[..^WorkflowSuffix.Length], name, File.ReadAllText(file), errors);
        }
        catch (YamlException e)
        {
            errors.Add($"Not valid YAML (line {e.Start.Line}, column {e.Start.Column}): {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"Could not be read: {e.Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            errors.Add($"Not valid YAML: {e.Message}");
        }
        return errors.Count == 0 && template is not null
            ? (info.LastWriteTimeUtc, info.Length, template, null)
            : (info.LastWriteTimeUtc, info.Length, null, new InvalidTemplate(name, errors));
    }

    /// <summary>A workflow from its YAML text, or null with the reasons in <paramref name="errors"/>.</summary>
    public JobTemplate? Parse(string id, string source, string yaml, List<string> errors)
    {
        if (_kinds.ContainsKey(id)) errors.Add($"The id '{id}' is a built-in template's; rename the file.");
        if (!TemplateId().IsMatch(id)) errors.Add($"The id '{id}' (from the file name) may hold only letters, digits, '-', '_' and '.'.");
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || YamlJson.ToJson(stream.Documents[0].RootNode) is not JsonObject root)
        {
            errors.Add("The file must be a mapping with name, steps and, optionally, description and inputs.");
            return null;
        }
        foreach (var key in root.Select(p => p.Key).Where(k => k is not ("name" or "description" or "inputs" or "steps")))
            errors.Add($"Unknown key '{key}' (expected name, description, inputs, steps).");
        var name = root["name"] is JsonValue n && n.TryGetValue(out string? text) && text.Trim().Length > 0 ? text.Trim() : null;
        if (name is null) errors.Add("'name' is required.");
        var description = root["description"]?.ToString() ?? "";

        var inputs = root["inputs"] ?? new JsonObject { ["type"] = "object", ["properties"] = new JsonObject() };
        HashSet<string> inputNames = [];
        if (inputs is not JsonObject schema || schema["type"]?.ToString() != "object")
            errors.Add("'inputs' must be a JSON Schema of type object.");
        else
        {
            try
            {
                _ = JsonSchema.FromJsonAsync(schema.ToJsonString()).GetAwaiter().GetResult();
                inputNames = (schema["properties"] as JsonObject)?.Select(p => p.Key).ToHashSet() ?? [];
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                errors.Add($"'inputs' is not a valid JSON Schema: {e.Message}");
            }
        }

        var steps = new List<StepTemplate>();
        if (root["steps"] is not JsonArray { Count: > 0 } list) errors.Add("'steps' must be a list of at least one step.");
        else
        {
            foreach (var (node, index) in list.Select((node, index) => (node, index)))
            {
                var at = $"steps[{index}]";
                if (node is not JsonObject step) { errors.Add($"{at} must be a mapping with id and kind."); continue; }
                foreach (var key in step.Select(p => p.Key).Where(k => k is not ("id" or "kind" or "needs" or "inputs" or "approval")))
                    errors.Add($"{at}: unknown key '{key}' (expected id, kind, needs, inputs, approval).");
                var stepId = step["id"]?.ToString() ?? "";
                if (!StepId().IsMatch(stepId)) errors.Add($"{at}: 'id' is required: lowercase letters, digits, '-' and '_'.");
                else if (steps.Any(s => s.Id == stepId)) errors.Add($"{at}: the id '{stepId}' is used twice.");
                else at = $"step '{stepId}'";
                var kind = step["kind"]?.ToString() ?? "";
                if (!_kinds.ContainsKey(kind))
                    errors.Add($"{at}: unknown kind '{kind}' (known: {string.Join(", ", _kinds.Keys.Order(StringComparer.Ordinal))}).");
                var needs = step["needs"] switch
                {
                    null => [],
                    JsonArray array => array.Select(x => x?.ToString() ?? "").ToList(),
                    JsonValue single => [single.ToString()],
                    _ => null,
                };
                if (needs is null) { errors.Add($"{at}: 'needs' must be a step id or a list of them."); needs = []; }
                var stepInputs = step["inputs"] ?? new JsonObject();
                if (stepInputs is not JsonObject) errors.Add($"{at}: 'inputs' must be a mapping.");
                foreach (var used in JobPlaceholders.In(stepInputs).Where(p => p.Root == JobPlaceholders.Inputs && !inputNames.Contains(p.Segments[0])))
                    errors.Add($"{at}: '{used.Text}' names no property of the template's inputs.");
                var approval = step["approval"] switch
                {
                    null => false,
                    JsonValue v when v.TryGetValue(out bool b) => b,
                    _ => (bool?)null,
                };
                if (approval is null) errors.Add($"{at}: 'approval' must be true or false.");
                steps.Add(new StepTemplate(stepId, kind, needs, stepInputs.DeepClone(), approval ?? false));
            }
            foreach (var step in steps)
                foreach (var need in step.Needs.Where(need => steps.All(s => s.Id != need)))
                    errors.Add($"step '{step.Id}' needs '{need}', which is not a step of this workflow.");
            if (errors.Count == 0 && JobGraph.TryOrder(steps, s => s.Id, s => s.Needs) is null)
                errors.Add("The steps' needs form a cycle.");
            if (errors.Count == 0)
                foreach (var step in steps)
                    errors.AddRange(UnknownStepPlaceholders(step.Id, step.Inputs, JobGraph.Ancestors(steps, step.Id, s => s.Id, s => s.Needs)).Select(e => $"step '{step.Id}': {e}"));
        }
        return errors.Count > 0 ? null : new JobTemplate(id, name!, description, JsonSerializer.SerializeToElement(inputs), steps, source);
    }

    /// <summary>
    /// The job's steps from the template and the given inputs: the inputs checked against the template's schema,
    /// placeholders filled in, and each step's inputs checked against its kind's schema.
    /// </summary>
    /// <exception cref="ValidationException">Inputs the schemas refuse, each under <c>inputs.…</c> or <c>steps.{id}.…</c>.</exception>
    public List<JobStep> StepsFor(JobTemplate template, JsonElement inputs)
    {
        var failures = Check(template.Inputs, inputs, "inputs");
        if (failures.Count > 0) throw new ValidationException(failures);
        var context = new JsonObject { [JobPlaceholders.Inputs] = JsonNode.Parse(inputs.GetRawText()) };
        var steps = new List<JobStep>();
        foreach (var step in template.Steps)
        {
            var stepInputs = step.Inputs is null ? inputs : JsonSerializer.SerializeToElement(JobPlaceholders.Fill(step.Inputs.DeepClone(), context, JobPlaceholders.Inputs));
            // Inputs naming earlier steps' outputs are checked when the step starts, once they are filled in.
            if (step.Inputs is not null && !JobPlaceholders.Any(stepInputs, JobPlaceholders.Steps))
                failures.AddRange(CheckStepInputs(step.Kind, stepInputs, $"steps.{step.Id}"));
            steps.Add(new JobStep { Id = step.Id, Kind = step.Kind, Needs = [.. step.Needs], Inputs = stepInputs, Approval = step.Approval });
        }
        if (failures.Count > 0) throw new ValidationException(failures);
        return steps;
    }

    /// <summary>What the kind's schema refuses in a step's inputs, each under <paramref name="prefix"/>.</summary>
    public List<ValidationFailure> CheckStepInputs(string kind, JsonElement inputs, string prefix) => Check(_kinds[kind].Schema, inputs, prefix);

    /// <summary>
    /// Problems with a step's <c>{{ steps.… }}</c> placeholders: each must name a step that finishes before it
    /// (one it needs, directly or not), then <c>output</c> or <c>status</c>.
    /// </summary>
    public static IEnumerable<string> UnknownStepPlaceholders(string stepId, JsonNode? inputs, IReadOnlySet<string> before)
    {
        foreach (var placeholder in JobPlaceholders.In(inputs).Where(p => p.Root == JobPlaceholders.Steps))
        {
            var named = placeholder.Segments[0];
            if (!before.Contains(named))
                yield return named == stepId
                    ? $"'{placeholder.Text}' names the step itself."
                    : $"'{placeholder.Text}' names no step that runs before this one (add an edge or need from '{named}').";
            else if (placeholder.Segments.Count < 2 || placeholder.Segments[1] is not ("output" or "status"))
                yield return $"'{placeholder.Text}' must go on with .output or .status after the step's id.";
        }
    }

    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new();

    private static List<ValidationFailure> Check(JsonElement schema, JsonElement value, string prefix)
    {
        var text = schema.GetRawText();
        var compiled = Schemas.GetOrAdd(text, t => JsonSchema.FromJsonAsync(t).GetAwaiter().GetResult());
        return compiled.Validate(value.GetRawText())
            .Select(e => new ValidationFailure(string.IsNullOrEmpty(e.Path) || e.Path == "#" ? prefix : $"{prefix}.{e.Path.TrimStart('#', '/').Replace('/', '.')}", Describe(e)))
            .DistinctBy(f => (f.PropertyName, f.ErrorMessage))
            .ToList();
    }

    private static string Describe(NJsonSchema.Validation.ValidationError e) => e.Kind switch
    {
        NJsonSchema.Validation.ValidationErrorKind.PropertyRequired => $"'{e.Property}' is required.",
        NJsonSchema.Validation.ValidationErrorKind.NoAdditionalPropertiesAllowed => $"'{e.Property}' is not an input of this template.",
        NJsonSchema.Validation.ValidationErrorKind.NotOneOf => "Give exactly one of the alternatives the schema names (see the template's inputs).",
        _ => $"{Words().Replace(e.Kind.ToString(), " $1").Trim().ToLowerInvariant()}{(e.Property is { Length: > 0 } p ? $" ('{p}')" : "")}.",
    };

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex TemplateId();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex StepId();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex Words();
}

/// <summary>A job kind as the catalog knows it, with its schema read once.</summary>
public sealed record JobKindInfo(string Id, string Name, string Description, JsonElement Schema)
{
    public static JobKindInfo Of(IJobKind kind) =>
        new(kind.Id, kind.Name, kind.Description, JsonDocument.Parse(kind.InputSchema).RootElement.Clone());
}
