using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Platform.Tests.Datasets;

public sealed class RoomDatasetTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private async Task<(Person Owner, Person Editor, Person Viewer, Person Outsider, Guid Room, Guid Dataset)> RoomWithDataset()
    {
        var owner = await Person.RegisterAsync(factory);
        var editor = await Person.RegisterAsync(factory);
        var viewer = await Person.RegisterAsync(factory);
        var outsider = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        await owner.AddMemberAsync(room, editor.Email, "editor");
        await owner.AddMemberAsync(room, viewer.Email, "viewer");
        var dataset = (await (await owner.Client.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created)).Id();
        await (await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/datasets", new { datasetId = dataset })).EnsureStatus(HttpStatusCode.OK);
        return (owner, editor, viewer, outsider, room, dataset);
    }

    [Fact]
    public async Task Room_members_read_a_linked_dataset_and_only_its_owner_changes_it()
    {
        var (_, _, viewer, outsider, room, dataset) = await RoomWithDataset();

        foreach (var path in new[] { $"/api/datasets/{dataset}", $"/api/datasets/{dataset}/sample", $"/api/datasets/{dataset}/rows?limit=5" })
        {
            await (await viewer.Client.GetAsync(path)).EnsureStatus(HttpStatusCode.OK);
            await (await outsider.Client.GetAsync(path)).ProblemAsync(HttpStatusCode.NotFound);
        }
        await (await viewer.Client.DeleteAsync($"/api/datasets/{dataset}")).ProblemAsync(HttpStatusCode.Forbidden);
        var linked = await (await viewer.Client.GetAsync($"/api/rooms/{room}/datasets")).JsonAsync();
        var listed = await (await viewer.Client.GetAsync($"/api/datasets?roomId={room}")).JsonAsync();
        Assert.Equal(dataset, Assert.Single(linked.GetProperty("items").EnumerateArray()).Id());
        Assert.Equal(1, listed.GetProperty("total").GetInt64());
        await (await outsider.Client.GetAsync($"/api/datasets?roomId={room}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Linking_needs_an_editor_and_ones_own_dataset()
    {
        var (owner, editor, viewer, _, room, dataset) = await RoomWithDataset();
        var editorsOwn = (await (await editor.Client.UploadSharedAsync("iowa-electricity.csv")).JsonAsync(HttpStatusCode.Created)).Id();
        var viewersOwn = (await (await viewer.Client.UploadSharedAsync("iowa-electricity.csv")).JsonAsync(HttpStatusCode.Created)).Id();

        await (await editor.Client.PostAsJsonAsync($"/api/rooms/{room}/datasets", new { datasetId = editorsOwn })).EnsureStatus(HttpStatusCode.OK);
        await (await viewer.Client.PostAsJsonAsync($"/api/rooms/{room}/datasets", new { datasetId = viewersOwn })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await editor.Client.PostAsJsonAsync($"/api/rooms/{room}/datasets", new { datasetId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.NotFound);
        var otherRoom = await editor.CreateRoomAsync();
        // The editor reads the room's dataset but may not spread it further.
        await (await editor.Client.PostAsJsonAsync($"/api/rooms/{otherRoom}/datasets", new { datasetId = dataset })).ProblemAsync(HttpStatusCode.Forbidden);
        var linked = await (await owner.Client.GetAsync($"/api/rooms/{room}/datasets")).JsonAsync();
        Assert.Equal(2, linked.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Unlinking_ends_the_rooms_access_and_deleting_the_room_leaves_the_dataset()
    {
        var (owner, _, viewer, _, room, dataset) = await RoomWithDataset();

        await (await owner.Client.DeleteAsync($"/api/rooms/{room}/datasets/{dataset}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await viewer.Client.GetAsync($"/api/datasets/{dataset}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.DeleteAsync($"/api/rooms/{room}/datasets/{dataset}")).ProblemAsync(HttpStatusCode.NotFound);

        await (await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/datasets", new { datasetId = dataset })).EnsureStatus(HttpStatusCode.OK);
        await (await owner.Client.DeleteAsync($"/api/rooms/{room}")).EnsureStatus(HttpStatusCode.NoContent);
        var kept = await (await owner.Client.GetAsync($"/api/datasets/{dataset}")).JsonAsync();
        Assert.Equal("ready", kept.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_upload_can_link_to_a_room_and_the_room_hears_of_it()
    {
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("a,b\n1,2\n")), "file", "tiny.csv" },
            { new StringContent(room.ToString()), "roomId" },
        };

        var dataset = await (await owner.Client.PostAsync("/api/datasets", form)).JsonAsync(HttpStatusCode.Created);

        var status = await (await owner.Client.GetAsync($"/api/rooms/{room}/status")).JsonAsync();
        Assert.Equal(1, status.GetProperty("holds").EnumerateArray().Single(h => h.GetProperty("kind").GetString() == "datasets").GetProperty("count").GetInt64());
        var linked = await owner.RoomEventAsync(room, "dataset.linked");
        Assert.Contains(dataset.Id().ToString(), linked.GetRawText());
    }

    [Fact]
    public async Task An_upload_to_a_room_one_cannot_write_in_creates_nothing()
    {
        var (_, _, viewer, _, room, _) = await RoomWithDataset();
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("a,b\n1,2\n")), "file", "tiny.csv" },
            { new StringContent(room.ToString()), "roomId" },
        };

        await (await viewer.Client.PostAsync("/api/datasets", form)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, (await (await viewer.Client.GetAsync("/api/datasets")).JsonAsync()).GetProperty("total").GetInt64());
    }
}
