using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Hosting;

/// <summary>Requests written to break in: they get a 4xx, never a 5xx and never a file from outside wwwroot/.</summary>
[Trait("Suite", "InProcess")]
public sealed class HostileRequestTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    // Text that only appears in files that must never be served: the content sources, settings and the project.
    internal static readonly string[] Secrets = ["emergency_number:", "quick_exit_url", "\"AllowedHosts\"",
        "<PackageReference", "[core]", "root:x:0:0", "term: Sex trafficking"];

    public static TheoryData<string> HostilePaths => new()
    {
        "/../content/site.yml",
        "/..%2fcontent%2fsite.yml",
        "/..%2F..%2F..%2Fetc%2Fpasswd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%252e%252e%252fetc%252fpasswd",
        "/..%5c..%5cappsettings.json",
        "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "/css/..%2f..%2fcontent/learn.md",
        "/learn%00.md",
        "/learn%00",
        "/%ff%fe",
        "/appsettings.json",
        "/appsettings.Development.json",
        "/HumanTraffickingAwareness.dll",
        "/HumanTraffickingAwareness.staticwebassets.endpoints.json",
        "/.git/config",
        "/.git/HEAD",
        "/content/site.yml",
        "/content/learn.md",
        "/site.yml",
        "/statistics.yml",
        "/learn.md",
        "/_definitions/sex-trafficking.md",
        "/wwwroot/css/site.css",
        "/web.config",
        "/etc/passwd",
        "/status/500",
        "/error",
        "/learn?x=<script>alert(1)</script>",
        "/<script>alert(1)</script>",
        "/learn/../../../../etc/passwd",
    };

    [Theory]
    [MemberData(nameof(HostilePaths))]
    public async Task Hostile_paths_get_a_client_error_and_no_file(string path)
    {
        var response = await site.CreatePlainClient().GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
        Assert.All(Secrets, secret => Assert.DoesNotContain(secret, body));
        Assert.DoesNotContain("<script>alert(1)</script>", body);
    }

    [Theory]
    [InlineData("../../")]
    [InlineData("javascript")]
    [InlineData("ftp")]
    [InlineData("<script>")]
    public async Task A_nonsense_forwarded_scheme_never_reaches_the_page(string scheme)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/learn");
        request.Headers.Add("X-Forwarded-Proto", scheme);

        var response = await site.CreatePlainClient().SendAsync(request);

        // Either refused, or ignored by the forwarded-headers check; never used to build the page's links.
        Assert.True((int)response.StatusCode is 200 or 400, $"answered {(int)response.StatusCode}");
        if (response.IsSuccessStatusCode)
        {
            var document = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
            Assert.StartsWith("http://", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task An_overlong_address_is_refused()
    {
        var response = await site.CreatePlainClient().GetAsync("/learn?" + new string('x', 5000));

        Assert.Equal(414, (int)response.StatusCode);
    }

    [Fact]
    public async Task A_bounded_fuzz_of_paths_and_headers_never_gets_a_server_error_or_a_file()
    {
        var random = new Random(20261125);
        var client = site.CreatePlainClient();
        string[] pieces = ["..", "%2e", "%2f", "%5c", "%00", "%ff", "%c0%ae", "/", "\\", "learn", "content", "site.yml",
            ".git", "css", "js",
            "%252e", "~", ";", "%3b", "?", "#", "*", ":", "%", "%zz", "a", "é", "🙂", "statistics", "definitions",
                "_definitions", "%20", "+"];
        string[] headerNames = ["X-Forwarded-Proto", "X-Forwarded-For", "X-Forwarded-Host", "Accept", "Accept-Encoding",
            "Accept-Language", "If-None-Match", "If-Modified-Since", "Range", "Referer", "Cookie", "User-Agent"];
        string[] headerValues = ["https", "http", "../../", "<script>", "bytes=0-1,5-", "*", "gzip, br", "en;q=abc",
            "999.999.999.999", "W/\"x\"", "Thu, 01 Jan 1970 00:00:00 GMT", "a=b; c=d", "\u00e9t\u00e9"];

        for (var i = 0; i < 2000; i++)
        {
            var path = "/" + string.Concat(Enumerable.Range(0,
                random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            if (!Uri.TryCreate(site.Address, path, out var address) || address.Authority != site.Address.Authority)
            {
                continue;
            }

            using var request = new HttpRequestMessage(random.Next(10) == 0 ? HttpMethod.Head : HttpMethod.Get,
                address);
            for (var h = random.Next(0, 4); h > 0; h--)
            {
                request.Headers.TryAddWithoutValidation(headerNames[random.Next(headerNames.Length)],
                    headerValues[random.Next(headerValues.Length)]);
            }

            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request);
            }
            catch (UriFormatException)
            {
                continue;
            }

            var body = await response.Content.ReadAsStringAsync();
            var headers = string.Join("; ", request.Headers.Select(h => $"{h.Key}: {string.Join(",", h.Value)}"));
            Assert.True((int)response.StatusCode < 500, $"{path} with [{headers}] answered {(int)response.StatusCode}");
            Assert.All(Secrets, secret => Assert.DoesNotContain(secret, body));
        }
    }
}
