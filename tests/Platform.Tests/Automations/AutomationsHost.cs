namespace Platform.Tests.Automations;

/// <summary>
/// One service for the automation and webhook tests: its automations and webhooks may call loopback (as an operator
/// would allow a receiver beside it), webhooks retry quickly and give up soon; a receiver standing in for the outside
/// world; an owner with a room where one person edits and one only views; and an outsider.
/// </summary>
public sealed class AutomationsHost : IAsyncLifetime
{
    public PlatformFactory Factory { get; private set; } = null!;
    public HttpReceiver Receiver { get; private set; } = null!;
    public Person Owner { get; private set; } = null!;
    public Person Editor { get; private set; } = null!;
    public Person Viewer { get; private set; } = null!;
    public Person Outsider { get; private set; } = null!;
    public Guid Room { get; private set; }

    public async Task InitializeAsync()
    {
        Receiver = await HttpReceiver.StartAsync();
        Factory = await new PlatformFactory()
            .With("Platform:Automations:AllowedHosts:0", "127.0.0.1")
            .With("Platform:Jobs:PollIntervalMs", "100")
            .With("Platform:Jobs:HeartbeatMs", "200")
            .With("Platform:Webhooks:PollIntervalMs", "100")
            .With("Platform:Webhooks:RetryBaseMs", "200")
            .With("Platform:Webhooks:MaxAttempts", "3")
            .With("Platform:Webhooks:DisableAfterFailures", "2")
            .StartAsync();
        Owner = await Person.RegisterAsync(Factory);
        Editor = await Person.RegisterAsync(Factory);
        Viewer = await Person.RegisterAsync(Factory);
        Outsider = await Person.RegisterAsync(Factory);
        Room = await Owner.CreateRoomAsync("Automations room");
        await Owner.AddMemberAsync(Room, Editor.Email, "editor");
        await Owner.AddMemberAsync(Room, Viewer.Email, "viewer");
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AutomationsCollection : ICollectionFixture<AutomationsHost>
{
    public const string Name = "Automations";
}
