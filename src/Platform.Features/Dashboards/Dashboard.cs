namespace Platform.Features.Dashboards;

/// <param name="Type">number, bar, line, pie, scatter or table.</param>
/// <param name="X">The field along x (categories, time), if any.</param>
/// <param name="Y">The measure.</param>
/// <param name="Series">A second grouping drawn as separate series or colours.</param>
public sealed record Visualization(string Type, string? X = null, string? Y = null, string? Series = null);

/// <summary>A pinned answer: the SQL it runs over a dataset or a room's datasets, and how it is drawn.</summary>
public sealed class Panel
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public Guid? DatasetId { get; set; }
    public Guid? RoomId { get; set; }
    public string Sql { get; set; } = "";
    /// <summary>The question the SQL was written for, when it came from plain language.</summary>
    public string? Question { get; set; }
    public Visualization Visualization { get; set; } = new("table");
    public DateTimeOffset CreatedAt { get; set; }
}

/// <param name="X">Grid column, from 0.</param>
/// <param name="Y">Grid row, from 0.</param>
/// <param name="W">Width in grid columns.</param>
/// <param name="H">Height in grid rows.</param>
public sealed record LayoutItem(Guid PanelId, int X, int Y, int W, int H);

/// <summary>Panels and their layout; in a room its members see it, in an organisation its members, else only its owner.</summary>
public sealed class Dashboard
{
    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
    public Guid? RoomId { get; set; }
    /// <summary>The organisation it belongs to (never with a room): its members see it, its owners and admins change it.</summary>
    public Guid? OrganizationId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Goes up with every change: the ETag that guards layout writes against lost updates.</summary>
    public int Version { get; set; }
    public List<Panel> Panels { get; set; } = [];
    public List<LayoutItem> Layout { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public const int GridWidth = 12;

    /// <summary>Gives a panel a half-width place below everything laid out so far.</summary>
    public void PlaceAtBottom(Guid panelId) =>
        Layout.Add(new LayoutItem(panelId, 0, Layout.Count == 0 ? 0 : Layout.Max(l => l.Y + l.H), GridWidth / 2, 4));
}

public sealed record PanelResponse(Guid Id, string Title, Guid? DatasetId, Guid? RoomId, string Sql, string? Question, Visualization Visualization, DateTimeOffset CreatedAt)
{
    public static PanelResponse From(Panel p) => new(p.Id, p.Title, p.DatasetId, p.RoomId, p.Sql, p.Question, p.Visualization, p.CreatedAt);
}

public sealed record DashboardResponse(
    Guid Id, string Name, Guid OwnerId, Guid? RoomId, Guid? OrganizationId, int Version, IReadOnlyList<PanelResponse> Panels, IReadOnlyList<LayoutItem> Layout,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static DashboardResponse From(Dashboard d) =>
        new(d.Id, d.Name, d.OwnerId, d.RoomId, d.OrganizationId, d.Version, d.Panels.Select(PanelResponse.From).ToList(), d.Layout, d.CreatedAt, d.UpdatedAt);
}
