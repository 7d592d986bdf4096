using System.Net;
using System.Net.Http.Json;
using System.Text;
using static Platform.Tests.Knowledge.KnowledgeTests;

namespace Platform.Tests.Knowledge;

/// <summary>Who reaches a knowledge base: outsiders get 404, readers 403 on changes; rooms, organisations and the marketplace open it.</summary>
public sealed class KnowledgeAccessTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static byte[] Note => Encoding.UTF8.GetBytes("The lighthouse keeper lights the lamp at dusk.");

    [Fact]
    public async Task Outsiders_get_404_on_every_route_and_room_members_read_a_linked_one_but_change_nothing()
    {
        var owner = await Person.RegisterAsync(factory);
        var member = await Person.RegisterAsync(factory);
        var outsider = await Person.RegisterAsync(factory);
        var kb = await CreateAsync(owner, new { name = "Coast", visibility = "rooms" });
        await (await UploadAsync(owner, kb, ("lighthouse.txt", Note))).EnsureStatus(HttpStatusCode.Accepted);
        var document = (await IndexedAsync(owner, kb))[0].Id();
        var room = await owner.CreateRoomAsync();
        await owner.AddMemberAsync(room, member.Email, "editor");

        async Task ExpectAsync(Person person, HttpStatusCode read, HttpStatusCode change)
        {
            await (await person.Client.GetAsync($"/api/knowledge/{kb}")).EnsureStatus(read);
            await (await person.Client.GetAsync($"/api/knowledge/{kb}/documents")).EnsureStatus(read);
            await (await person.Client.GetAsync($"/api/knowledge/{kb}/documents/{document}")).EnsureStatus(read);
            await (await person.Client.GetAsync($"/api/knowledge/{kb}/documents/{document}/download")).EnsureStatus(read);
            await (await person.Client.PostAsJsonAsync($"/api/knowledge/{kb}/search", new { query = "lamp" })).EnsureStatus(read);
            await (await person.Client.PatchAsJsonAsync($"/api/knowledge/{kb}", new { name = "Mine" })).EnsureStatus(change);
            await (await UploadAsync(person, kb, ("more.txt", Note))).EnsureStatus(change);
            await (await person.Client.DeleteAsync($"/api/knowledge/{kb}/documents/{document}")).EnsureStatus(change);
            await (await person.Client.PostAsync($"/api/knowledge/{kb}/reindex", null)).EnsureStatus(change);
            await (await person.Client.DeleteAsync($"/api/knowledge/{kb}")).EnsureStatus(change);
        }

        await ExpectAsync(outsider, HttpStatusCode.NotFound, HttpStatusCode.NotFound);
        var viewer = await Person.RegisterAsync(factory);
        await owner.AddMemberAsync(room, viewer.Email, "viewer");
        var viewersOwn = await CreateAsync(viewer, new { name = "Viewer's", visibility = "rooms" });
        await (await viewer.Client.PostAsJsonAsync($"/api/rooms/{room}/knowledge", new { knowledgeBaseId = viewersOwn })).ProblemAsync(HttpStatusCode.Forbidden);
        await ExpectAsync(member, HttpStatusCode.NotFound, HttpStatusCode.NotFound);
        await (await member.Client.PostAsJsonAsync($"/api/rooms/{room}/knowledge", new { knowledgeBaseId = kb })).ProblemAsync(HttpStatusCode.NotFound);

        var linked = await (await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/knowledge", new { knowledgeBaseId = kb })).JsonAsync();
        Assert.Contains(room, linked.GetProperty("roomIds").EnumerateArray().Select(r => r.GetGuid()));
        await member.RoomEventAsync(room, "knowledge.linked");
        await ExpectAsync(member, HttpStatusCode.OK, HttpStatusCode.Forbidden);
        Assert.Contains(kb, (await (await member.Client.GetAsync("/api/knowledge")).JsonAsync()).GetProperty("items").EnumerateArray().Select(k => k.Id()));
        Assert.Equal(kb, (await (await member.Client.GetAsync($"/api/rooms/{room}/knowledge")).JsonAsync())[0].Id());
        await (await outsider.Client.GetAsync($"/api/rooms/{room}/knowledge")).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.DeleteAsync($"/api/rooms/{room}/knowledge/{kb}")).ProblemAsync(HttpStatusCode.NotFound);

        // A document indexed later is announced in the room.
        await (await UploadAsync(owner, kb, ("fog.txt", Encoding.UTF8.GetBytes("Foghorns sound when the fog rolls in.")))).EnsureStatus(HttpStatusCode.Accepted);
        var ready = await member.RoomEventAsync(room, "knowledge.document.ready", "fog.txt");
        Assert.Equal("ready", ready.GetProperty("status").GetString());

        // Private again: the links go, and so does the members' access.
        await (await owner.Client.PatchAsJsonAsync($"/api/knowledge/{kb}", new { visibility = "private" })).EnsureStatus(HttpStatusCode.OK);
        await ExpectAsync(member, HttpStatusCode.NotFound, HttpStatusCode.NotFound);
        await (await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/knowledge", new { knowledgeBaseId = kb })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Empty((await (await owner.Client.GetAsync($"/api/rooms/{room}/knowledge")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Public_ones_are_listed_for_anyone_and_searched_by_anyone_signed_in()
    {
        var owner = await Person.RegisterAsync(factory);
        var stranger = await Person.RegisterAsync(factory);
        var kb = await CreateAsync(owner, new { name = "Open lighthouse manual " + Guid.NewGuid().ToString("N")[..6], visibility = "public" });
        await (await UploadAsync(owner, kb, ("lighthouse.txt", Note))).EnsureStatus(HttpStatusCode.Accepted);
        await IndexedAsync(owner, kb);
        var privateOne = await CreateAsync(owner, new { name = "Closed lighthouse manual" });

        using var anonymous = factory.CreateClient();
        var listed = await (await anonymous.GetAsync("/api/marketplace/knowledge?q=lighthouse&limit=100")).JsonAsync();
        var ids = listed.GetProperty("items").EnumerateArray().Select(k => k.Id()).ToList();
        Assert.Contains(kb, ids);
        Assert.DoesNotContain(privateOne, ids);
        Assert.False(listed.GetProperty("items")[0].TryGetProperty("ownerId", out _));
        await (await anonymous.PostAsJsonAsync($"/api/knowledge/{kb}/search", new { query = "lamp" })).EnsureStatus(HttpStatusCode.Unauthorized);

        Assert.NotEmpty(await SearchAsync(stranger, kb, "lamp"));
        await (await stranger.Client.PatchAsJsonAsync($"/api/knowledge/{kb}", new { name = "Mine" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await stranger.Client.GetAsync($"/api/knowledge/{privateOne}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_organisations_members_read_its_knowledge_its_admins_manage_it_and_it_cannot_be_deleted_while_it_holds_any()
    {
        var owner = await Person.RegisterAsync(factory);
        var member = await Person.RegisterAsync(factory);
        var outsider = await Person.RegisterAsync(factory);
        var organization = (await (await owner.Client.PostAsJsonAsync("/api/organizations", new { name = "Lighthouse service" })).JsonAsync(HttpStatusCode.Created)).Id();
        await (await owner.Client.PostAsJsonAsync($"/api/organizations/{organization}/members", new { email = member.Email })).EnsureStatus(HttpStatusCode.Created);
        await (await outsider.Client.PostAsJsonAsync("/api/knowledge", new { name = "Sneaky", organizationId = organization })).ProblemAsync(HttpStatusCode.NotFound);
        var kb = await CreateAsync(member, new { name = "Procedures", organizationId = organization });

        Assert.Contains(kb, (await (await owner.Client.GetAsync($"/api/knowledge?organizationId={organization}")).JsonAsync()).GetProperty("items").EnumerateArray().Select(k => k.Id()));
        await (await owner.Client.PatchAsJsonAsync($"/api/knowledge/{kb}", new { description = "How we keep the lights on" })).EnsureStatus(HttpStatusCode.OK);
        await (await outsider.Client.GetAsync($"/api/knowledge/{kb}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.GetAsync($"/api/knowledge?organizationId={organization}")).ProblemAsync(HttpStatusCode.NotFound);

        var refused = await (await owner.Client.DeleteAsync($"/api/organizations/{organization}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("1 knowledge bases", refused.GetProperty("detail").GetString());
        await (await owner.Client.DeleteAsync($"/api/knowledge/{kb}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await owner.Client.DeleteAsync($"/api/organizations/{organization}")).EnsureStatus(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Context_documents_are_a_knowledge_base_of_ones_own()
    {
        var me = await Person.RegisterAsync(factory);
        var other = await Person.RegisterAsync(factory);
        Assert.Equal(0, (await (await me.Client.GetAsync("/api/documents")).JsonAsync()).GetProperty("total").GetInt64());
        Assert.Empty((await (await me.Client.GetAsync("/api/docs/search?q=lamp")).JsonAsync()).GetProperty("hits").EnumerateArray());

        var form = new MultipartFormDataContent { { new ByteArrayContent(Note), "file", "lighthouse.txt" }, { new StringContent("""{"topic":"coast"}"""), "metadata" } };
        var uploaded = (await (await me.Client.PostAsync("/api/upload/doc", form)).JsonAsync(HttpStatusCode.Accepted))[0];
        Assert.Equal("coast", uploaded.GetProperty("metadata").GetProperty("topic").GetString());
        var documents = await Eventually.Until(async () => (await (await me.Client.GetAsync("/api/documents")).JsonAsync()).GetProperty("items")[0],
            d => d.GetProperty("status").GetString() == "ready");
        Assert.Equal(uploaded.Id(), documents.Id());
        var hits = (await (await me.Client.GetAsync("/api/docs/search?q=when%20is%20the%20lamp%20lit&topK=3")).JsonAsync()).GetProperty("hits");
        Assert.Equal(uploaded.Id(), hits[0].GetProperty("documentId").GetGuid());
        Assert.Equal(Note, await (await me.Client.GetAsync($"/api/documents/{uploaded.Id()}/download")).Content.ReadAsByteArrayAsync());
        var mine = await (await me.Client.GetAsync("/api/knowledge")).JsonAsync();
        Assert.Contains("My documents", mine.GetProperty("items").EnumerateArray().Select(k => k.GetProperty("name").GetString()));

        await (await other.Client.GetAsync($"/api/documents/{uploaded.Id()}/download")).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.Client.DeleteAsync($"/api/documents/{uploaded.Id()}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await me.Client.GetAsync("/api/docs/search?q=")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await me.Client.GetAsync("/api/docs/search?q=lamp&topK=500")).ProblemAsync(HttpStatusCode.BadRequest);

        await (await me.Client.DeleteAsync($"/api/documents/{uploaded.Id()}")).EnsureStatus(HttpStatusCode.NoContent);
        Assert.Equal(0, (await (await me.Client.GetAsync("/api/documents")).JsonAsync()).GetProperty("total").GetInt64());
    }
}
