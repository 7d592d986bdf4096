using System.Text.Json;

namespace Platform.Features.Automations;

public static class AutomationVersions
{
    /// <summary>The automation's current graph and inputs as a version document.</summary>
    public static AutomationVersion Of(Automation automation, Guid savedBy, DateTimeOffset at) => new()
    {
        Id = AutomationVersion.IdOf(automation.Id, automation.Version), AutomationId = automation.Id, Number = automation.Version, Name = automation.Name,
        Enabled = automation.Enabled, Graph = automation.Graph, Triggers = [.. automation.Triggers], Inputs = automation.Inputs, SavedBy = savedBy, SavedAt = at,
    };

    public static JsonElement? SchemaOrNull(JsonElement? schema) =>
        schema is { ValueKind: JsonValueKind.Object } given ? given.Clone() : null;
}
