using AngleSharp.Dom;

namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>What every page, however it was served, must offer at its top: the hotline as real links.</summary>
public static class HotlineBanner
{
    public static void AssertOffersTheHotline(IDocument document)
    {
        var banner = document.QuerySelector("aside.hotline");
        Assert.NotNull(banner);
        Assert.Equal("National Human Trafficking Hotline", banner.GetAttribute("aria-label"));

        var call = banner.QuerySelector("a[href='tel:+18883737888']");
        Assert.NotNull(call);
        Assert.Contains("1-888-373-7888", call.ReadableText());

        var text = banner.QuerySelector("a[href^='sms:']");
        Assert.NotNull(text);
        Assert.Equal("sms:233733?&body=HELP", text.GetAttribute("href"));
        Assert.Contains("233733", text.ReadableText());
        Assert.Contains("HELP", text.ReadableText());

        var emergency = banner.QuerySelector("a[href='tel:911']");
        Assert.NotNull(emergency);
        Assert.Contains("immediate danger", emergency.ReadableText());
        Assert.Contains("911", emergency.ReadableText());
    }
}
