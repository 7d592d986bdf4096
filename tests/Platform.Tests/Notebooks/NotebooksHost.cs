using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Platform.Tests.Datasets;

namespace Platform.Tests.Notebooks;

/// <summary>
/// One service for the notebook tests: an owner with the stocks dataset in a room where one person edits and one only
/// views, an outsider with a dataset of their own, and a folder holding one pure-Python wheel to install.
/// </summary>
public sealed class NotebooksHost : IAsyncLifetime
{
    public PlatformFactory Factory { get; private set; } = null!;
    public Person Owner { get; private set; } = null!;
    public Person Editor { get; private set; } = null!;
    public Person Viewer { get; private set; } = null!;
    public Person Outsider { get; private set; } = null!;
    public Guid Room { get; private set; }
    public Guid Stocks { get; private set; }
    public long StocksRows { get; private set; }
    public string StocksTable { get; private set; } = "";
    public Guid OutsiderDataset { get; private set; }
    public string WheelFolder { get; } = Path.Combine(Path.GetTempPath(), "platform-tests-wheels", Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(WheelFolder);
        WriteWheel(Path.Combine(WheelFolder, "greeting_tools-1.2.0-py3-none-any.whl"));
        Factory = await new PlatformFactory()
            .With("Platform:Notebooks:KernelsPerUser", "4")
            .With("Platform:Notebooks:IdleTimeout", "00:00:30")
            .With("Platform:Notebooks:WheelFolder", WheelFolder)
            .StartAsync();
        Owner = await Person.RegisterAsync(Factory);
        Editor = await Person.RegisterAsync(Factory);
        Viewer = await Person.RegisterAsync(Factory);
        Outsider = await Person.RegisterAsync(Factory);
        Room = await Owner.CreateRoomAsync("Notebooks room");
        await Owner.AddMemberAsync(Room, Editor.Email, "editor");
        await Owner.AddMemberAsync(Room, Viewer.Email, "viewer");
        var stocks = await (await Owner.Client.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created);
        Stocks = stocks.Id();
        StocksRows = stocks.GetProperty("rowCount").GetInt64();
        StocksTable = stocks.GetProperty("tableName").GetString()!;
        await (await Owner.Client.PostAsJsonAsync($"/api/rooms/{Room}/datasets", new { datasetId = Stocks })).EnsureStatus(HttpStatusCode.OK);
        OutsiderDataset = (await (await Outsider.Client.UploadAsync("secret_salaries.csv", "name,salary\nAda,100\n")).JsonAsync(HttpStatusCode.Created)).Id();
    }

    /// <summary>A wheel as pip would build it: the package, and its dist-info (METADATA, WHEEL, RECORD).</summary>
    private static void WriteWheel(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Add(string name, string text)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(text);
        }
        Add("greeting_tools/__init__.py", "def greet(name):\n    return f'Hello, {name}!'\n");
        Add("greeting_tools-1.2.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: greeting-tools\nVersion: 1.2.0\n");
        Add("greeting_tools-1.2.0.dist-info/WHEEL", "Wheel-Version: 1.0\nGenerator: hand\nRoot-Is-Purelib: true\nTag: py3-none-any\n");
        Add("greeting_tools-1.2.0.dist-info/RECORD", "");
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Directory.Delete(WheelFolder, recursive: true);
    }
}

/// <summary>
/// Run alone, after the collections that run side by side: kernels' starts take both cores for a second or two, which
/// would stretch the timed queries of other tests past their limits.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebooksCollection : ICollectionFixture<NotebooksHost>
{
    public const string Name = "Notebooks";
}
